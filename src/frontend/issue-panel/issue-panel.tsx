import React from 'react';
import { Stack } from '@forge/react';
import { Failed, Loaded, Loading } from '../shared/states';
import { useAction } from '../shared/use-action';
import { EstimateEditor } from './estimate-editor';
import { IssueFacts } from './issue-facts';
import { PanelAlerts } from './panel-alerts';
import { useIssueId } from './use-issue-id';

function PanelFor(props: { issueId: string }): React.JSX.Element {
  const panel = useAction('getIssuePanel', { issueId: props.issueId });
  return (
    <Loaded result={panel} what="this issue's alerts">
      {(view) => (
        <Stack space="space.200">
          <PanelAlerts alerts={view.alerts} onChanged={panel.reload} />
          <IssueFacts mapped={view.mapped} sprint={view.sprint} />
          <EstimateEditor issueId={props.issueId} view={view} onView={panel.replace} />
        </Stack>
      )}
    </Loaded>
  );
}

export function IssuePanel(): React.JSX.Element {
  const issue = useIssueId();
  if (issue.state === 'loading') return <Loading what="the issue" />;
  if (issue.state === 'error') return <Failed what="the issue" message={issue.message} />;
  return <PanelFor issueId={issue.issueId} />;
}
