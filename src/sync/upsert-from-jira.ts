import type { FieldMapping } from '../fields/logical-fields';
import type { Issue } from '../jira/endpoints/schemas/issue';
import { mirrorEntryOf } from '../mirror/issue-from-jira';
import type { MirrorIssue } from '../mirror/mirror-issue';
import { updateMirrorIssues } from '../mirror/mirror-store';

/** `refreshed`: only Jira's `updated` moved (a comment or a work log), which the mirror does not count as missed. */
export type UpsertResult = 'created' | 'updated' | 'refreshed' | 'unchanged';

export interface Upserted {
  issueId: string;
  result: UpsertResult;
  before: MirrorIssue | undefined;
  after: MirrorIssue | undefined;
}

/**
 * Jira wins: the mirror takes Jira's version unless it holds a newer one (an event applied after
 * the search read Jira, or search trailing a write). A tombstone stays unless Jira shows a change
 * made after the delete, which cannot happen; search may still list a deleted issue for a while.
 */
export async function upsertFromJira(issues: readonly Issue[], mapping: FieldMapping): Promise<Upserted[]> {
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  const changes = await updateMirrorIssues([...byId.keys()], (issueId, current) => {
    const issue = byId.get(issueId);
    if (issue === undefined) return undefined;
    const entry = mirrorEntryOf(issue, mapping, current?.changelogId ?? 0);
    if (current !== undefined && (current.updatedAt > entry.updatedAt || (current.deleted && current.updatedAt >= entry.updatedAt))) return undefined;
    return entry;
  });
  return changes.map(({ key, before, after }) => ({ issueId: key, before, after, result: resultOf(before, after) }));
}

function resultOf(before: MirrorIssue | undefined, after: MirrorIssue | undefined): UpsertResult {
  if (after === undefined || after.version === before?.version) return 'unchanged';
  if (before === undefined) return 'created';
  return sameContent(before, after) ? 'refreshed' : 'updated';
}

/** Everything but the version stamps. */
function sameContent(a: MirrorIssue, b: MirrorIssue): boolean {
  const strip = ({ version: _v, updatedAt: _u, changelogId: _c, ...rest }: MirrorIssue): string => JSON.stringify(Object.entries(rest).sort());
  return strip(a) === strip(b);
}
