import React from 'react';
import { BarChart } from '@forge/react';
import type { SprintReportRow } from '../../../resolvers/api';

/** The chart's data: per sprint one bar for committed and one for completed points, oldest sprint first. */
export function chartData(rows: readonly SprintReportRow[]): Array<{ sprint: string; measure: 'Committed' | 'Completed'; points: number }> {
  return [...rows]
    .sort((a, b) => a.completedAt - b.completedAt)
    .flatMap((row) => [
      { sprint: row.name, measure: 'Committed' as const, points: row.committedPoints },
      { sprint: row.name, measure: 'Completed' as const, points: row.completedPoints },
    ]);
}

export function SprintChart(props: { rows: readonly SprintReportRow[] }): React.JSX.Element {
  return <BarChart title="Committed and completed points per sprint" data={chartData(props.rows)} xAccessor="sprint" yAccessor="points" colorAccessor="measure" height={300} />;
}
