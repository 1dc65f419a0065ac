import React from 'react';
import { Heading, Inline, Lozenge, Stack, Text } from '@forge/react';
import type { ComponentHealth, HealthView } from '../../../resolvers/api';
import { HEALTH_APPEARANCE } from '../../shared/appearance';
import { Fact } from '../../shared/fact';
import { formatPercent, formatTime } from '../../shared/format';

const BREAKER: Record<HealthView['breaker'], string> = {
  closed: 'closed (calls to Jira flow normally)',
  open: 'open (calls to Jira are paused after repeated failures)',
  'half-open': 'half-open (trying Jira again)',
};

function ComponentRow(props: { name: string; health: ComponentHealth }): React.JSX.Element {
  return (
    <Inline space="space.100" alignBlock="center">
      <Text>{props.name}</Text>
      <Lozenge appearance={HEALTH_APPEARANCE[props.health.status]}>{props.health.status}</Lozenge>
      <Text color="color.text.subtle">{props.health.reason}</Text>
    </Inline>
  );
}

export function HealthSummary(props: { health: HealthView }): React.JSX.Element {
  const { health } = props;
  const pause = health.rateLimitPause;
  return (
    <Stack space="space.100">
      <Heading size="small">Health</Heading>
      <ComponentRow name="Jira client" health={health.jiraClient} />
      <ComponentRow name="Events" health={health.events} />
      <ComponentRow name="Sync" health={health.sync} />
      <Fact label="Last successful sync" value={formatTime(health.lastSuccessfulSync)} />
      <Fact label="Queue depth" value={health.queueDepth} />
      <Fact label="Error rate" value={formatPercent(health.errorRate)} />
      <Fact label="Circuit breaker" value={BREAKER[health.breaker]} />
      <Fact label="Rate-limit pause" value={pause === null ? 'none' : `until ${formatTime(pause.until)}: ${pause.reason}`} />
      <Fact label="Jira points used" value={`${health.points.used} of ${health.points.budget}`} />
    </Stack>
  );
}
