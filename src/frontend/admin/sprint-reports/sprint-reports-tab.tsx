import React, { useState } from 'react';
import { Button, DynamicTable, Stack } from '@forge/react';
import type { SprintReportRow } from '../../../resolvers/api';
import { formatDate, formatNumber, formatPercent } from '../../shared/format';
import { Empty, Loaded } from '../../shared/states';
import { useAction } from '../../shared/use-action';
import { SprintChart } from './sprint-chart';
import { SprintReportDetail } from './sprint-report-detail';
import { TabHeader } from '../../shared/tab-header';

const HEAD = {
  cells: [
    { key: 'name', content: 'Sprint' },
    { key: 'closed', content: 'Closed' },
    { key: 'committed', content: 'Committed points' },
    { key: 'completed', content: 'Completed points' },
    { key: 'ratio', content: 'Completion' },
  ],
};

export function SprintReportsTab(): React.JSX.Element {
  const reports = useAction('listSprintReports', {});
  const [sprintId, setSprintId] = useState<number | undefined>(undefined);

  const rowOf = (row: SprintReportRow): { key: string; cells: Array<{ key: string; content: React.ReactNode }> } => ({
    key: String(row.sprintId),
    cells: [
      {
        key: 'name',
        content: (
          <Button appearance="subtle" spacing="compact" isSelected={row.sprintId === sprintId} onClick={() => setSprintId(row.sprintId)}>
            {row.name}
          </Button>
        ),
      },
      { key: 'closed', content: formatDate(row.completedAt) },
      { key: 'committed', content: formatNumber(row.committedPoints) },
      { key: 'completed', content: formatNumber(row.completedPoints) },
      { key: 'ratio', content: formatPercent(row.completionRatio) },
    ],
  });

  return (
    <Stack space="space.300">
      <TabHeader title="Sprint reports" result={reports} />
      <Loaded result={reports} what="the sprint reports">
        {(rows) =>
          rows.length === 0 ? (
            <Empty header="No sprint reports yet" description="A report is written when a sprint closes while SIAS is watching." />
          ) : (
            <Stack space="space.300">
              <SprintChart rows={rows} />
              <DynamicTable caption="Closed sprints (select one for its report)" head={HEAD} rows={rows.map(rowOf)} rowsPerPage={20} />
              {sprintId === undefined ? null : <SprintReportDetail key={sprintId} sprintId={sprintId} />}
            </Stack>
          )
        }
      </Loaded>
    </Stack>
  );
}
