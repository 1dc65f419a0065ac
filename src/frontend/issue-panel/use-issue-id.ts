import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

export type IssueIdState = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; issueId: string };

/** The id of the issue the panel is shown on, from the product context (`extension.issue.id`). */
export function useIssueId(): IssueIdState {
  const [state, setState] = useState<IssueIdState>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    view.getContext().then(
      (context) => {
        const issue: unknown = context.extension.issue;
        const id = typeof issue === 'object' && issue !== null && 'id' in issue ? issue.id : undefined;
        // Jira has given the id as a number in some contexts; the resolver takes digits as a string.
        const issueId = typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
        if (current) setState(issueId === undefined ? { state: 'error', message: 'This panel is not shown on an issue.' } : { state: 'ready', issueId });
      },
      () => {
        if (current) setState({ state: 'error', message: 'Jira did not say which issue this is. Reload the page.' });
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
