import React from 'react';
import { Heading, Inline, Lozenge, Stack, Text } from '@forge/react';
import type { LozengeProps } from '@forge/react';
import type { OverviewView, SetupStep } from '../../../resolvers/api';

const STATUS: Record<string, { text: string; appearance: NonNullable<LozengeProps['appearance']> }> = {
  connected: { text: 'Connected to Jira', appearance: 'success' },
  installed: { text: 'Installed, connecting', appearance: 'inprogress' },
  'waiting-for-permissions': { text: 'Waiting for Jira permissions', appearance: 'moved' },
  'not-installed': { text: 'Not set up', appearance: 'default' },
};

/** What the admin does about a step that is not done; the steps' labels only say what "done" means. */
const TO_DO: Record<SetupStep['key'], string> = {
  connected: 'SIAS is waiting for Jira to let it in; this takes a few minutes after install.',
  'fields-discovered': 'Discovery runs once SIAS is connected; check again in a few minutes.',
  'mapping-confirmed': 'Open "Field mapping", check the suggestions and confirm the mapping.',
  'first-sync': 'Open "Sync" and start a full sync, or wait for the one in progress to finish.',
};

export function SetupSteps(props: { setup: OverviewView['setup'] }): React.JSX.Element {
  const { setup } = props;
  const status = STATUS[setup.status] ?? { text: setup.status, appearance: 'default' };
  const left = setup.steps.filter((step) => !step.done).length;
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center">
        <Heading size="small">Setup</Heading>
        <Lozenge appearance={status.appearance}>{status.text}</Lozenge>
      </Inline>
      <Text>{left === 0 ? 'Setup is complete.' : `${left} of ${setup.steps.length} setup steps left.`}</Text>
      {setup.steps.map((step) => (
        <Stack key={step.key} space="space.050">
          <Inline space="space.100" alignBlock="center">
            <Lozenge appearance={step.done ? 'success' : 'default'}>{step.done ? 'Done' : 'To do'}</Lozenge>
            <Text>{step.label}</Text>
          </Inline>
          {step.done ? null : <Text color="color.text.subtle">{TO_DO[step.key]}</Text>}
        </Stack>
      ))}
    </Stack>
  );
}
