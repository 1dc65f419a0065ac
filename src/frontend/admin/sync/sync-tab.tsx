import React from 'react';
import { Button, Stack } from '@forge/react';
import { Loaded, Outcome } from '../../shared/states';
import { useAction } from '../../shared/use-action';
import { useCommand } from '../../shared/use-command';
import { FullSyncProgress } from './full-sync-progress';
import { IncrementalSync } from './incremental-sync';
import { TabHeader } from '../../shared/tab-header';

export function SyncTab(): React.JSX.Element {
  // The sync view comes with the overview; there is no separate sync action.
  const overview = useAction('getOverview', {});
  const start = useCommand('startFullSync');

  const startFullSync = async (): Promise<void> => {
    const answer = await start.run({});
    if (answer?.ok === true) overview.reload();
  };

  const failure = start.last?.answer.ok === false ? start.last.answer.error : undefined;
  return (
    <Stack space="space.300">
      <TabHeader title="Sync" result={overview}>
        <Button appearance="primary" isDisabled={start.running !== undefined} onClick={() => void startFullSync()}>
          Start full sync
        </Button>
      </TabHeader>
      {failure === undefined ? null : <Outcome ok={false} title="Could not start a full sync" message={failure.message} />}
      {start.last?.answer.ok === true ? <Outcome ok title="Full sync requested" message="It runs in the background; refresh to follow its progress." /> : null}
      <Loaded result={overview} what="the sync status">
        {(view) => (
          <Stack space="space.300">
            <FullSyncProgress full={view.sync.full} />
            <IncrementalSync incremental={view.sync.incremental} intervalMinutes={view.sync.intervalMinutes} />
          </Stack>
        )}
      </Loaded>
    </Stack>
  );
}
