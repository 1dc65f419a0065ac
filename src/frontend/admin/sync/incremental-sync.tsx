import React from 'react';
import { Heading, Stack, Text } from '@forge/react';
import type { SyncView } from '../../../resolvers/api';
import { Fact } from '../../shared/fact';
import { formatTime } from '../../shared/format';

export function IncrementalSync(props: { incremental: SyncView['incremental']; intervalMinutes: number }): React.JSX.Element {
  const { incremental } = props;
  return (
    <Stack space="space.100">
      <Heading size="small">Incremental sync</Heading>
      <Text>{`Runs every ${props.intervalMinutes} minutes and recovers changes whose events never arrived.`}</Text>
      {incremental === null ? (
        <Text>No incremental sync has run yet.</Text>
      ) : (
        <Stack space="space.050">
          <Fact label="Last run" value={formatTime(incremental.lastRunAt)} />
          <Fact label="Last success" value={formatTime(incremental.lastSuccessAt)} />
          <Fact label="Next run" value={formatTime(incremental.nextRunAt)} />
          <Fact label="Issues read in the last run" value={incremental.lastRead} />
          <Fact label="Recovered by the last run" value={incremental.lastRecovered} />
          <Fact label="Events recovered in total" value={incremental.totalRecovered} />
          <Fact label="Deletions found in total" value={incremental.totalDeleted} />
        </Stack>
      )}
    </Stack>
  );
}
