import React from 'react';
import { Heading, Stack, Text } from '@forge/react';
import type { SprintCloseReport } from '../../../alerts/sprint/reports';
import { Fact } from '../../shared/fact';
import { formatDate, formatNumber, formatPercent, formatTime } from '../../shared/format';
import { Loaded } from '../../shared/states';
import { useAction } from '../../shared/use-action';

interface Listed {
  issueKey: string;
  points?: number | undefined;
}

const issues = (n: number): string => `${n} ${n === 1 ? 'issue' : 'issues'}`;

const pointsOf = (points: number | undefined): string => (points === undefined ? 'no estimate' : `${formatNumber(points)} pts`);

function IssueList(props: { title: string; points: number; issues: readonly Listed[]; detail?: (index: number) => string }): React.JSX.Element {
  return (
    <Stack space="space.050">
      <Heading size="xsmall">{`${props.title}: ${issues(props.issues.length)}, ${formatNumber(props.points)} points`}</Heading>
      {props.issues.length === 0 ? <Text color="color.text.subtle">None.</Text> : null}
      {props.issues.map((issue, index) => (
        <Text key={`${issue.issueKey}-${index}`}>{`${issue.issueKey}: ${pointsOf(issue.points)}${props.detail === undefined ? '' : `, ${props.detail(index)}`}`}</Text>
      ))}
    </Stack>
  );
}

function Report(props: { report: SprintCloseReport }): React.JSX.Element {
  const { report } = props;
  const delta = report.reestimateDelta;
  return (
    <Stack space="space.200">
      <Heading size="small">{report.sprintName}</Heading>
      <Fact label="Ran" value={`${formatDate(report.startedAt)} to ${formatDate(report.completedAt)}`} />
      <Fact label="Completion" value={report.completionRatio === undefined ? 'nothing was committed in points' : formatPercent(report.completionRatio)} />
      <IssueList title="Committed" points={report.committedPoints} issues={report.committed} />
      <IssueList title="Completed" points={report.completedPoints} issues={report.completed} />
      <IssueList title="Added during the sprint" points={report.addedPoints} issues={report.added} detail={(i) => `added ${formatTime(report.added[i]?.addedAt)}`} />
      <IssueList
        title="Removed during the sprint"
        points={report.removedPoints}
        issues={report.removed}
        detail={(i) => `removed ${formatTime(report.removed[i]?.removedAt)}${report.removed[i]?.toSprintId === 0 ? ' to the backlog' : ''}`}
      />
      <Stack space="space.050">
        <Heading size="xsmall">{`Re-estimates: ${report.reestimates.length}, net ${delta > 0 ? '+' : ''}${formatNumber(delta)} points`}</Heading>
        {report.reestimates.map((r, index) => (
          <Text key={`${r.issueKey}-${index}`}>{`${r.issueKey}: ${pointsOf(r.from)} → ${pointsOf(r.to)} (${formatTime(r.at)})`}</Text>
        ))}
      </Stack>
      <IssueList title="Carried over" points={report.carryOverPoints} issues={report.carryOver} />
    </Stack>
  );
}

export function SprintReportDetail(props: { sprintId: number }): React.JSX.Element {
  const report = useAction('getSprintReport', { sprintId: props.sprintId });
  return (
    <Loaded result={report} what="the sprint report">
      {(data) => <Report report={data} />}
    </Loaded>
  );
}
