/** The optional features, and the boards whose sprints SIAS follows. */
import React from 'react';
import { Checkbox, Heading, Label, Select, Stack, Text } from '@forge/react';
import type { SettingsView } from '../../../resolvers/api';
import type { OptionalFeature } from '../../../settings/features';
import { boardOptions, withFeature, type BoardOption, type SettingsDraft } from './settings-draft';

/** Every optional feature (the Record makes a new one a compile error here until it is described). */
const FEATURES: Record<OptionalFeature, { label: string; explanation: string }> = {
  sprints: { label: 'Sprints', explanation: 'Syncs the sprints of the boards below, writes sprint reports and raises sprint alerts.' },
  comments: { label: 'Comments', explanation: 'Reads issue comments and raises an alert when someone is mentioned.' },
};

const FEATURE_ORDER = Object.keys(FEATURES) as OptionalFeature[];

export function FeatureFields(props: { view: SettingsView; draft: SettingsDraft; onChange: (patch: Partial<SettingsDraft>) => void }): React.JSX.Element {
  const { draft, onChange } = props;
  const options = boardOptions(props.view, draft.sprintBoards);
  return (
    <Stack space="space.150">
      <Heading size="small">Optional features</Heading>
      {FEATURE_ORDER.map((feature) => {
        const on = draft.enabledFeatures.includes(feature);
        return (
          <Stack key={feature} space="space.025">
            <Checkbox
              id={`feature-${feature}`}
              name={`feature-${feature}`}
              label={FEATURES[feature].label}
              isChecked={on}
              onChange={() => onChange({ enabledFeatures: withFeature(draft.enabledFeatures, feature, !on) })}
            />
            <Text color="color.text.subtle">{FEATURES[feature].explanation}</Text>
          </Stack>
        );
      })}
      <Label labelFor="settings-sprint-boards">Boards whose sprints are followed</Label>
      <Select
        inputId="settings-sprint-boards"
        name="sprintBoards"
        isMulti
        placeholder="Every scrum board"
        options={options}
        value={options.filter((o) => draft.sprintBoards.includes(o.value))}
        onChange={(chosen: readonly BoardOption[] | null) => onChange({ sprintBoards: (chosen ?? []).map((o) => o.value) })}
      />
      <Text color="color.text.subtle">
        {draft.enabledFeatures.includes('sprints')
          ? 'None chosen means every scrum board of the synced projects.'
          : 'None chosen means every scrum board of the synced projects. Used only while Sprints is on.'}
      </Text>
    </Stack>
  );
}
