import type { JiraClient } from '../jira/client/jira-client';
import { bulkFetchIssues } from '../jira/endpoints/bulk-fetch-issues';
import { mirrorIssueSchema, type MirrorIssue } from '../mirror/mirror-issue';
import { updateMirrorIssue } from '../mirror/mirror-store';
import { entitiesAfter } from '../platform/entity-query';

/** Mirrored issues checked per run: one lean bulk fetch can confirm up to 1,000. */
export const SWEEP_BATCH = 500;

export interface SweepResult {
  checked: number;
  deleted: number;
  /** The entries tombstoned by this sweep, for their alerts to be closed. */
  tombstoned: Array<{ issueId: string; issue: MirrorIssue }>;
  /** Where the next run continues: the last `updatedAt` checked, or 0 to start over. */
  after: number;
}

/**
 * Jira sends no per-issue event when a whole project goes, and events can be lost: each run checks
 * a slice of the mirror against Jira by id (bulk fetch is consistent, unlike search) and tombstones
 * what Jira no longer has. The slices walk the mirror by `updatedAt` and start over at the end.
 */
export async function sweepDeletions(client: JiraClient, after: number): Promise<SweepResult> {
  const entries = (await entitiesAfter('mirror-issue', 'updatedAt', after, SWEEP_BATCH, mirrorIssueSchema)).filter((entry) => !entry.value.deleted);
  if (entries.length === 0) return { checked: 0, deleted: 0, tombstoned: [], after: 0 };
  const present = new Set((await bulkFetchIssues(client, { issueIdsOrKeys: entries.map((entry) => entry.key), fields: ['updated'] })).map((issue) => issue.id));
  const tombstoned: SweepResult['tombstoned'] = [];
  for (const { key } of entries) {
    if (present.has(key)) continue;
    const issue = await updateMirrorIssue(key, (current) => {
      if (current === undefined || current.deleted) return undefined;
      const { version: _version, ...entry } = current;
      return { ...entry, deleted: true };
    });
    if (issue?.deleted === true) tombstoned.push({ issueId: key, issue });
  }
  return { checked: entries.length, deleted: tombstoned.length, tombstoned, after: entries.at(-1)?.value.updatedAt ?? 0 };
}
