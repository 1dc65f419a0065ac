import React, { useEffect, useState } from 'react';
import { Lozenge, SectionMessage, Spinner, Stack, Text } from '@forge/react';
import { invoke } from '@forge/bridge';
import { setupStatusViewSchema, type SetupStatusView } from '../resolvers/setup-status-view';


type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; view: SetupStatusView };

const LABELS: Record<SetupStatusView['status'], { text: string; appearance: 'success' | 'inprogress' | 'moved' | 'default' }> = {
  connected: { text: 'Connected to Jira', appearance: 'success' },
  installed: { text: 'Installed, connecting', appearance: 'inprogress' },
  'waiting-for-permissions': { text: 'Waiting for Jira permissions', appearance: 'moved' },
  'not-installed': { text: 'Not set up', appearance: 'default' },
};

/** The setup status both UI modules show until their full screens land. */
export function SetupStatus(): React.JSX.Element {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    invoke('getSetupStatus')
      .then((raw) => setLoad({ state: 'ready', view: setupStatusViewSchema.parse(raw) }))
      .catch((error: unknown) => setLoad({ state: 'error', message: error instanceof Error ? error.message : 'Unknown error' }));
  }, []);
  if (load.state === 'loading') return <Spinner label="Loading setup status" />;
  if (load.state === 'error') {
    return (
      <SectionMessage appearance="error" title="Could not load the setup status">
        <Text>{load.message}</Text>
      </SectionMessage>
    );
  }
  const label = LABELS[load.view.status];
  return (
    <Stack space="space.100">
      <Text>SIAS for Jira</Text>
      <Lozenge appearance={label.appearance}>{label.text}</Lozenge>
    </Stack>
  );
}
