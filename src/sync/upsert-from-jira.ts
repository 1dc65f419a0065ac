import type { FieldMapping } from '../fields/logical-fields';
import type { Issue } from '../jira/endpoints/schemas/issue';
import { mirrorEntryOf } from '../mirror/issue-from-jira';
import type { MirrorIssue } from '../mirror/mirror-issue';
import { updateMirrorIssue } from '../mirror/mirror-store';

/** `refreshed`: only Jira's `updated` moved (a comment or a work log), which the mirror does not count as missed. */
export type UpsertResult = 'created' | 'updated' | 'refreshed' | 'unchanged';

/**
 * Jira wins: the mirror takes Jira's version unless it holds a newer one (an event applied after
 * the search read Jira, or search trailing a write). A tombstone stays unless Jira shows a change
 * made after the delete, which cannot happen; search may still list a deleted issue for a while.
 */
export async function upsertFromJira(issue: Issue, mapping: FieldMapping): Promise<UpsertResult> {
  let before: MirrorIssue | undefined;
  const after = await updateMirrorIssue(issue.id, (current) => {
    before = current;
    const entry = mirrorEntryOf(issue, mapping, current?.changelogId ?? 0);
    if (current !== undefined && (current.updatedAt > entry.updatedAt || (current.deleted && current.updatedAt >= entry.updatedAt))) return undefined;
    return entry;
  });
  if (after === undefined || after.version === before?.version) return 'unchanged';
  if (before === undefined) return 'created';
  return sameContent(before, after) ? 'refreshed' : 'updated';
}

/** Everything but the version stamps. */
function sameContent(a: MirrorIssue, b: MirrorIssue): boolean {
  const strip = ({ version: _v, updatedAt: _u, changelogId: _c, ...rest }: MirrorIssue): string => JSON.stringify(Object.entries(rest).sort());
  return strip(a) === strip(b);
}
