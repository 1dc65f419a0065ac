import type { FieldMapping } from '../fields/logical-fields';
import type { Issue } from '../jira/endpoints/schemas/issue';
import { mirrorEntryOf } from '../mirror/issue-from-jira';
import { updateMirrorIssue } from '../mirror/mirror-store';

export type UpsertResult = 'created' | 'updated' | 'unchanged';

/**
 * Jira wins: the mirror takes Jira's version unless it holds a newer one (an event applied after
 * the search read Jira, or search trailing a write). A tombstone stays unless Jira shows a change
 * made after the delete, which cannot happen; search may still list a deleted issue for a while.
 */
export async function upsertFromJira(issue: Issue, mapping: FieldMapping): Promise<UpsertResult> {
  let before: number | undefined;
  const after = await updateMirrorIssue(issue.id, (current) => {
    before = current?.version;
    const entry = mirrorEntryOf(issue, mapping, current?.changelogId ?? 0);
    if (current !== undefined && (current.updatedAt > entry.updatedAt || (current.deleted && current.updatedAt >= entry.updatedAt))) return undefined;
    return entry;
  });
  if (after === undefined || after.version === before) return 'unchanged';
  return before === undefined ? 'created' : 'updated';
}
