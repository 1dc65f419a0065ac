import React from 'react';
import { DynamicTable, Lozenge, Stack, Text } from '@forge/react';
import type { AlertView } from '../../../resolvers/api';
import { SEVERITY_APPEARANCE } from '../../shared/appearance';
import { formatTime, humanize } from '../../shared/format';
import { Empty, Loaded } from '../../shared/states';
import { useAction } from '../../shared/use-action';
import { TabHeader } from '../../shared/tab-header';

const HEAD = {
  cells: [
    { key: 'severity', content: 'Severity' },
    { key: 'kind', content: 'Kind' },
    { key: 'title', content: 'Issue or sprint' },
    { key: 'explanation', content: 'Explanation' },
    { key: 'lastSeen', content: 'Last seen' },
  ],
};

function rowOf(alert: AlertView): { key: string; cells: Array<{ key: string; content: React.ReactNode }> } {
  return {
    key: alert.id,
    cells: [
      { key: 'severity', content: <Lozenge appearance={SEVERITY_APPEARANCE[alert.severity]}>{alert.severity}</Lozenge> },
      { key: 'kind', content: humanize(alert.kind) },
      { key: 'title', content: alert.title },
      { key: 'explanation', content: alert.explanation },
      { key: 'lastSeen', content: formatTime(alert.lastSeen) },
    ],
  };
}

export function AlertsTab(): React.JSX.Element {
  const alerts = useAction('listAlerts', { status: 'open' });
  return (
    <Stack space="space.200">
      <TabHeader title="Open alerts" result={alerts} />
      <Loaded result={alerts} what="the open alerts">
        {(page) =>
          page.alerts.length === 0 ? (
            <Empty header="No open alerts" description="SIAS raises an alert when an issue or a sprint needs attention." />
          ) : (
            <Stack space="space.100">
              <DynamicTable caption={`${page.alerts.length} open alerts`} head={HEAD} rows={page.alerts.map(rowOf)} rowsPerPage={20} />
              {page.cursor === null ? null : <Text>{`Showing the ${page.alerts.length} most recent open alerts; there are more.`}</Text>}
            </Stack>
          )
        }
      </Loaded>
    </Stack>
  );
}
