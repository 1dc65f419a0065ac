import React from 'react';
import { Heading, Stack } from '@forge/react';
import { Fact } from '../../shared/fact';
import { formatTime } from '../../shared/format';
import { Loaded } from '../../shared/states';
import { useAction } from '../../shared/use-action';
import { HealthSummary } from './health-summary';
import { SetupSteps } from './setup-steps';
import { TabHeader } from '../../shared/tab-header';

/** getOverview counts at most this many open alerts (read-overview.ts); a full page means "or more". */
const OPEN_ALERTS_COUNTED = 100;

export function OverviewTab(): React.JSX.Element {
  const overview = useAction('getOverview', {});
  return (
    <Loaded result={overview} what="the overview">
      {(view) => (
        <Stack space="space.300">
          <TabHeader title="Overview" result={overview} />
          <SetupSteps setup={view.setup} />
          <HealthSummary health={view.health} />
          <Stack space="space.050">
            <Heading size="small">Alerts and sync</Heading>
            <Fact label="Open alerts" value={view.alerts.open >= OPEN_ALERTS_COUNTED ? `${OPEN_ALERTS_COUNTED}+` : view.alerts.open} />
            <Fact label="Installed" value={formatTime(view.setup.installedAt)} />
            <Fact label="Sync interval" value={`${view.sync.intervalMinutes} minutes`} />
          </Stack>
        </Stack>
      )}
    </Loaded>
  );
}
