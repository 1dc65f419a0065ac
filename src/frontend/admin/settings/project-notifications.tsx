import React from 'react';
import { Heading, Inline, Label, Stack, Text, Toggle } from '@forge/react';
import type { SettingsView } from '../../../resolvers/api';
import type { SettingsDraft } from './settings-draft';

export function ProjectNotifications(props: { projects: SettingsView['projects']; draft: SettingsDraft; onChange: (patch: Partial<SettingsDraft>) => void }): React.JSX.Element {
  const { draft, onChange } = props;
  return (
    <Stack space="space.100">
      <Heading size="small">Notifications per project</Heading>
      {props.projects.length === 0 ? <Text>No projects synced yet.</Text> : null}
      {props.projects.map((project) => {
        const explicit = draft.projectNotify[project.key];
        const on = explicit ?? draft.notify;
        const id = `notify-${project.key}`;
        return (
          <Inline key={project.key} space="space.100" alignBlock="center">
            <Toggle id={id} name={id} isChecked={on} onChange={() => onChange({ projectNotify: { ...draft.projectNotify, [project.key]: !on } })} />
            <Label labelFor={id}>{`${project.name} (${project.key})`}</Label>
            <Text color="color.text.subtle">{explicit === undefined ? 'follows the default' : on ? 'on' : 'off'}</Text>
          </Inline>
        );
      })}
    </Stack>
  );
}
