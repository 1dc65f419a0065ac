import { jiraError } from '../../http/jira-errors';
import type { ChangeItem, History, Issue } from '../../model/issue';
import { renderHistory } from '../../render/changelog';
import type { SiteContext, SiteRoute, Viewer } from '../../site/context';
import { readBulkChangelogRequest } from './bulk-changelog-request';
import { changelogToken, compareChangelogPositions, readChangelogToken, type ChangelogPosition } from './changelog-cursor';
import { visibleIssue } from './visible-issue';

interface Entry {
  issue: Issue;
  history: History;
  position: ChangelogPosition;
}

/**
 * POST /rest/api/3/changelog/bulkfetch (getBulkChangelogs): the histories of many issues, oldest
 * first across them all (by date, then issue id), paged by history. Issues the viewer cannot see
 * are skipped without a word, as Jira does. With `fieldIds`, only the matching items of each
 * history remain, and histories left empty drop out.
 */
export function getBulkChangelogs(context: SiteContext): SiteRoute {
  return {
    method: 'POST',
    template: '/rest/api/3/changelog/bulkfetch',
    handle(request, viewer) {
      const read = readBulkChangelogRequest(request.body);
      if (!read.ok) return read.reply;
      const { issueIdsOrKeys, fieldIds, maxResults, nextPageToken } = read.value;
      const after = nextPageToken === undefined ? undefined : readChangelogToken(nextPageToken);
      if (nextPageToken !== undefined && after === undefined) return jiraError(400, ['The nextPageToken is not valid.']);

      const entries = entriesOf(context, viewer, issueIdsOrKeys, fieldIds)
        .filter((entry) => after === undefined || compareChangelogPositions(entry.position, after) > 0)
        .sort((a, b) => compareChangelogPositions(a.position, b.position));
      const page = entries.slice(0, maxResults);
      const last = page[page.length - 1];
      return {
        status: 200,
        body: {
          issueChangeLogs: groupByIssue(context, page),
          ...(last === undefined || page.length === entries.length ? {} : { nextPageToken: changelogToken(last.position) }),
        },
        objects: { core: page.length, identity: 0 },
      };
    },
  };
}

function entriesOf(context: SiteContext, viewer: Viewer, idsOrKeys: readonly string[], fieldIds: readonly string[]): Entry[] {
  const issues = new Map<string, Issue>();
  for (const idOrKey of idsOrKeys) {
    const issue = visibleIssue(context, viewer, idOrKey);
    if (issue !== undefined) issues.set(issue.id, issue);
  }
  const wanted = (item: ChangeItem): boolean =>
    fieldIds.length === 0 || fieldIds.includes(item.field) || (item.fieldId !== undefined && fieldIds.includes(item.fieldId));
  return [...issues.values()].flatMap((issue) =>
    issue.changelog.flatMap((history) => {
      const items = history.items.filter(wanted);
      if (items.length === 0) return [];
      const position = { created: history.created, issueId: Number(issue.id), historyId: Number(history.id) };
      return [{ issue, history: items.length === history.items.length ? history : { ...history, items }, position }];
    }),
  );
}

/** One `IssueChangeLog` per issue on the page, in the order its first history appears. */
function groupByIssue(context: SiteContext, page: readonly Entry[]): Array<{ issueId: string; changeHistories: Array<Record<string, unknown>> }> {
  const groups = new Map<string, Array<Record<string, unknown>>>();
  for (const { issue, history } of page) {
    const histories = groups.get(issue.id) ?? [];
    histories.push(renderHistory(context.siteUrl, context.state, history));
    groups.set(issue.id, histories);
  }
  return [...groups].map(([issueId, changeHistories]) => ({ issueId, changeHistories }));
}
