import React from 'react';
import { Heading, ProgressBar, Stack, Text } from '@forge/react';
import type { SyncView } from '../../../resolvers/api';
import { Fact } from '../../shared/fact';
import { formatPercent, formatTime, humanize } from '../../shared/format';

export function FullSyncProgress(props: { full: SyncView['full'] }): React.JSX.Element {
  const { full } = props;
  if (full === null) {
    return (
      <Stack space="space.100">
        <Heading size="small">Full sync</Heading>
        <Text>No full sync has run yet.</Text>
      </Stack>
    );
  }
  const finished = full.finishedAt !== null;
  // The estimate is Jira's count at the start; issues created meanwhile can push "done" past it.
  const ratio = full.issuesEstimated === null || full.issuesEstimated === 0 ? (finished ? 1 : null) : Math.min(1, full.issuesDone / full.issuesEstimated);
  return (
    <Stack space="space.100">
      <Heading size="small">Full sync</Heading>
      <Fact label="Phase" value={humanize(full.phase)} />
      {ratio === null ? <ProgressBar ariaLabel="Full sync progress" isIndeterminate /> : <ProgressBar ariaLabel="Full sync progress" value={ratio} appearance={finished ? 'success' : 'default'} />}
      <Text>{full.issuesEstimated === null ? `${full.issuesDone} issues synced` : `${full.issuesDone} of about ${full.issuesEstimated} issues synced (${formatPercent(ratio)})`}</Text>
      <Fact label="Started" value={formatTime(full.startedAt)} />
      <Fact label="Finished" value={finished ? formatTime(full.finishedAt) : 'still running'} />
    </Stack>
  );
}
