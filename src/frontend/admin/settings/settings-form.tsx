import React, { useState } from 'react';
import { Button, Checkbox, Heading, Inline, Label, Select, Stack, Text } from '@forge/react';
import type { SettingsView } from '../../../resolvers/api';
import { Outcome } from '../../shared/states';
import { useCommand } from '../../shared/use-command';
import { BoardsList } from './boards-list';
import { NumberField, TextField } from './draft-fields';
import { FeatureFields } from './feature-fields';
import { ProjectNotifications } from './project-notifications';
import { draftOf, inputOf, type SettingsDraft } from './settings-draft';
import { ThresholdFields } from './threshold-fields';

interface ProjectOption {
  label: string;
  value: string;
}

function projectOptions(view: SettingsView, selected: readonly string[]): ProjectOption[] {
  const options = view.projects.map((p) => ({ label: `${p.name} (${p.key})`, value: p.key }));
  // A chosen key that is not synced (yet) must stay listed, or saving would silently drop it.
  for (const key of selected) if (!options.some((o) => o.value === key)) options.push({ label: key, value: key });
  return options;
}

export function SettingsForm(props: { view: SettingsView }): React.JSX.Element {
  const [view, setView] = useState(props.view);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(props.view));
  const [problems, setProblems] = useState<string[]>([]);
  const save = useCommand('saveSettings');
  const patch = (change: Partial<SettingsDraft>): void => setDraft((current) => ({ ...current, ...change }));

  const submit = async (): Promise<void> => {
    const checked = inputOf(draft, view);
    setProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) return;
    const answer = await save.run(checked.input);
    if (answer?.ok === true) {
      setView(answer.data);
      setDraft(draftOf(answer.data));
    }
  };

  const options = projectOptions(view, draft.projectKeys);
  const outcome = save.last?.answer;
  return (
    <Stack space="space.300">
      <Heading size="medium">Settings</Heading>
      <Stack space="space.150">
        <Heading size="small">Sync</Heading>
        <Label labelFor="settings-projects">Projects (leave empty for every project)</Label>
        <Select
          inputId="settings-projects"
          name="projectKeys"
          isMulti
          options={options}
          value={options.filter((o) => draft.projectKeys.includes(o.value))}
          onChange={(chosen: readonly ProjectOption[] | null) => patch({ projectKeys: (chosen ?? []).map((o) => o.value) })}
        />
        <TextField name="issueTypes" label="Issue types (comma-separated; empty for every type)" placeholder="Story, Bug, Task" draft={draft} onChange={patch} />
        <NumberField field="syncIntervalMinutes" draft={draft} onChange={patch} />
        <Checkbox name="notifyOnConflict" label="Tell the person on the issue when their change lost to a newer change in Jira" isChecked={draft.notifyOnConflict} onChange={() => patch({ notifyOnConflict: !draft.notifyOnConflict })} />
      </Stack>
      <FeatureFields view={view} draft={draft} onChange={patch} />
      <ThresholdFields draft={draft} onChange={patch} />
      <ProjectNotifications projects={view.projects} draft={draft} onChange={patch} />
      {problems.length === 0 ? null : <Outcome ok={false} title="Check these settings" message={problems.join(' ')} />}
      {outcome === undefined ? null : outcome.ok ? (
        <Outcome ok title="Settings saved" />
      ) : (
        <Outcome ok={false} title={outcome.error.code === 'INVALID_PAYLOAD' ? 'Some settings are out of range' : 'Could not save the settings'} message={outcome.error.message} />
      )}
      <Inline>
        <Button appearance="primary" isDisabled={save.running !== undefined} onClick={() => void submit()}>
          Save settings
        </Button>
      </Inline>
      <BoardsList boards={view.boards} />
      <Text color="color.text.subtle">Projects and boards are those SIAS has synced; start a full sync to refresh them.</Text>
    </Stack>
  );
}
