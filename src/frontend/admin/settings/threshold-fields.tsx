import React from 'react';
import { Checkbox, Heading, Stack, Text } from '@forge/react';
import { NumberField, TextField } from './draft-fields';
import type { SettingsDraft } from './settings-draft';

/** The site-wide alert thresholds; a project follows them unless it has overrides. */
export function ThresholdFields(props: { draft: SettingsDraft; onChange: (patch: Partial<SettingsDraft>) => void }): React.JSX.Element {
  const { draft, onChange } = props;
  return (
    <Stack space="space.150">
      <Heading size="small">Alert thresholds (defaults)</Heading>
      <TextField name="estimatedIssueTypes" label="Issue types that need an estimate (comma-separated)" placeholder="Story, Bug" draft={draft} onChange={onChange} />
      <NumberField field="missingEstimateGraceMinutes" draft={draft} onChange={onChange} />
      <NumberField field="stuckDays" draft={draft} onChange={onChange} />
      <NumberField field="overEstimateRatio" draft={draft} onChange={onChange} />
      <TextField name="skippedTransitions" label="Transitions that must not be skipped (From > To, comma-separated)" placeholder="In Progress > Done" draft={draft} onChange={onChange} />
      <NumberField field="velocitySprints" draft={draft} onChange={onChange} />
      <NumberField field="velocityTolerance" draft={draft} onChange={onChange} />
      <NumberField field="cooldownMinutes" draft={draft} onChange={onChange} />
      <Checkbox name="notify" label="Notify people on the issue when an alert is raised" isChecked={draft.notify} onChange={() => onChange({ notify: !draft.notify })} />
      <Text color="color.text.subtle">Per-project notification choices below override this default.</Text>
    </Stack>
  );
}
