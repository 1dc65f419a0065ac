import React from 'react';
import { Heading, Stack, Text } from '@forge/react';
import type { IssuePanelView } from '../../resolvers/api';
import { Fact } from '../shared/fact';
import { formatDate, formatHours, formatNumber, humanize } from '../shared/format';

/** What SIAS read from the issue through the field mapping, and the sprint it is in. */
export function IssueFacts(props: { mapped: IssuePanelView['mapped']; sprint: IssuePanelView['sprint'] }): React.JSX.Element {
  const { mapped, sprint } = props;
  return (
    <Stack space="space.150">
      <Stack space="space.050">
        <Heading size="small">As SIAS sees it</Heading>
        <Fact label="Story points" value={formatNumber(mapped.storyPoints)} />
        <Fact label="Original estimate" value={formatHours(mapped.originalEstimate)} />
        <Fact label="Remaining estimate" value={formatHours(mapped.remainingEstimate)} />
        <Fact label="Time spent" value={formatHours(mapped.timeSpent)} />
        <Fact label="Status" value={mapped.status ?? '—'} />
      </Stack>
      <Stack space="space.050">
        <Heading size="small">Sprint</Heading>
        {sprint === null ? (
          <Text>Not in a sprint.</Text>
        ) : (
          <>
            <Fact label="Name" value={sprint.name} />
            <Fact label="State" value={humanize(sprint.state)} />
            <Fact label="Dates" value={`${formatDate(sprint.startDate)} to ${formatDate(sprint.endDate)}`} />
          </>
        )}
      </Stack>
    </Stack>
  );
}
