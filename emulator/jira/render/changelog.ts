import type { History } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import { jiraDateTime } from '../model/time';
import { authorRef } from './comment';

/** A changelog entry (`Changelog`): items keep Jira's nulls for empty values. */
export function renderHistory(siteUrl: string, state: JiraSiteState, history: History): Record<string, unknown> {
  return {
    id: history.id,
    author: authorRef(siteUrl, state, history.authorId),
    created: jiraDateTime(history.created),
    items: history.items.map((item) => ({ ...item })),
  };
}
