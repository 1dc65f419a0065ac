/**
 * The mirror oracle: what the app's mirror must hold for each issue, from the emulated site's ground
 * truth, and where it differs. The app's entry is read through a callback, so this module needs
 * nothing of the app but the shape of what it compares.
 */
import type { Issue } from '../jira/model/issue';
import type { JiraSiteState } from '../jira/model/site-state';

export interface MirroredFacts {
  issueKey: string;
  status?: string | undefined;
  statusCategory?: string | undefined;
  assigneeId?: string | undefined;
  storyPoints?: number | undefined;
  sprintId: number;
  originalEstimate?: number | undefined;
  remainingEstimate?: number | undefined;
  updatedAt: number;
  deleted: boolean;
}

export type PointsField = 'storyPoints' | 'storyPointEstimate';

/** Issues the mirror must hold as Jira has them: those updated since the full sync's window opened (changes since included). */
export function issuesToMirror(state: JiraSiteState, since: number): Issue[] {
  return [...state.allIssues()].filter((issue) => issue.updated >= since);
}

/** Keys of the issues whose mirrored facts differ from Jira's, and of deleted issues the mirror still holds alive. */
export async function mirrorMismatches(state: JiraSiteState, since: number, pointsField: PointsField, read: (issueId: string) => Promise<MirroredFacts | undefined>): Promise<string[]> {
  const found: string[] = [];
  for (const issue of issuesToMirror(state, since)) {
    const mirror = await read(issue.id);
    const openSprint = [...issue.sprintIds].reverse().find((id) => state.sprints.get(id)?.state !== 'closed') ?? 0;
    const status = state.statuses.get(issue.statusId);
    const expected = {
      issueKey: issue.key,
      status: status?.name,
      statusCategory: status?.category,
      assigneeId: issue.assigneeId ?? undefined,
      storyPoints: issue[pointsField] ?? undefined,
      sprintId: openSprint,
      originalEstimate: issue.originalEstimateSeconds ?? undefined,
      remainingEstimate: issue.remainingEstimateSeconds ?? undefined,
      updatedAt: issue.updated,
      deleted: false,
    };
    const actual =
      mirror === undefined
        ? undefined
        : {
            issueKey: mirror.issueKey,
            status: mirror.status,
            statusCategory: mirror.statusCategory,
            assigneeId: mirror.assigneeId,
            storyPoints: mirror.storyPoints,
            sprintId: mirror.sprintId,
            originalEstimate: mirror.originalEstimate,
            remainingEstimate: mirror.remainingEstimate,
            updatedAt: mirror.updatedAt,
            deleted: mirror.deleted,
          };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) found.push(issue.key);
  }
  for (const deletion of state.deletions) {
    const mirror = await read(deletion.issueId);
    if (mirror !== undefined && !mirror.deleted) found.push(`${deletion.key} (deleted in Jira)`);
  }
  return found;
}
