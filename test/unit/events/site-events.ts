import { SiteActivity } from '../../../emulator/jira/activity/site-activity';
import type { IssueTypeCasing } from '../../../emulator/jira/events/issue-type-casing';
import type { ProductEventPayload } from '../../../emulator/jira/events/payload-types';
import { productEventsFor } from '../../../emulator/jira/events/product-events';
import { adfDoc, adfMention, adfText } from '../../../emulator/jira/model/adf';
import type { Comment, Issue } from '../../../emulator/jira/model/issue';
import type { SiteChange, SprintChange } from '../../../emulator/jira/model/site-change';
import type { JiraSiteState } from '../../../emulator/jira/model/site-state';
import type { CommentRef, IssueRef, SprintRef } from '../../../src/events/payloads';
import { MINUTE, now, recordChanges, smallSite } from '../../emulator/jira/events/small-site';

const DAY = 86_400_000;

export interface SiteEvent {
  change: SiteChange;
  payload: ProductEventPayload;
}

export interface SiteEvents {
  state: JiraSiteState;
  changes: SiteChange[];
  eventsOf: (casing: IssueTypeCasing) => SiteEvent[];
}

/**
 * A seeded site after explicit writes of every kind (so each event type is sure to appear) and
 * then sixteen days of people working on it, long enough for sprints to close and start.
 */
export async function siteEvents(): Promise<SiteEvents> {
  const site = smallSite();
  const changes = recordChanges(site.state);
  const { state, alice, bob, carol } = site;
  const story = site.create('Story', { description: adfDoc([adfMention(alice, 'Alice'), adfMention(bob, 'Bob')]), assigneeId: bob }, alice, now);
  state.editIssueFields(story.id, { assigneeId: carol, summary: 'Renamed' }, bob, now + MINUTE);
  state.transitionIssue(story.id, site.statuses.inProgress, bob, now + 2 * MINUTE);
  const comment = state.addComment(story.id, adfDoc([adfMention(carol, 'Carol'), adfText(' please look')]), alice, now + 3 * MINUTE);
  state.editComment(story.id, comment.id, adfDoc([adfMention(carol, 'Carol'), adfText(' and '), adfMention(bob, 'Bob')]), alice, now + 4 * MINUTE);
  state.addWorklog(story.id, { started: now, timeSpentSeconds: 1800 }, carol, now + 5 * MINUTE);
  state.createSprint({ boardId: site.board.id, name: 'Planned', goal: 'Ship it', createdDate: now + 6 * MINUTE, startDate: null, endDate: null }, bob);
  state.closeSprint(site.active.id, alice, now + 7 * MINUTE, site.future[0]?.id ?? null);
  const next = site.future[0];
  if (next !== undefined) state.startSprint(next.id, now + 8 * MINUTE, now + 8 * MINUTE + 14 * DAY);
  state.deleteIssue(site.create('Task', {}, alice, now + 9 * MINUTE).id, carol, now + 10 * MINUTE);
  const activity = new SiteActivity(state, { seed: 11, actionsPerHour: 20 });
  await activity.play({ from: now + 11 * MINUTE, durationMs: 16 * DAY, advanceTo: async () => undefined });
  return { state, changes, eventsOf: (casing) => changes.flatMap((change) => productEventsFor(change, state, { issueTypeCasing: casing }).map((payload) => ({ change, payload }))) };
}

/** The issue as the site knew it at the change, in the normalised form. */
export function expectedIssueRef(state: JiraSiteState, issue: Issue): IssueRef {
  const type = state.issueTypes.get(issue.issueTypeId);
  const status = state.statuses.get(issue.statusId);
  return {
    id: issue.id,
    key: issue.key,
    projectId: issue.projectId,
    projectKey: state.projects.get(issue.projectId)?.key,
    issueTypeId: type?.id,
    issueTypeName: type?.name,
    issueTypeSubtask: type?.subtask,
    statusId: status?.id,
    statusName: status?.name,
    statusCategoryKey: status?.category,
    summary: issue.summary,
    assigneeId: issue.assigneeId,
    reporterId: issue.reporterId,
    created: issue.created,
    updated: issue.updated,
  };
}

export function expectedCommentRef(comment: Comment): CommentRef {
  return { id: comment.id, authorId: comment.authorId, updateAuthorId: comment.updateAuthorId, body: comment.body, created: comment.created, updated: comment.updated };
}

export function expectedSprintRef({ sprint }: SprintChange): SprintRef {
  return {
    id: sprint.id,
    originBoardId: sprint.boardId,
    name: sprint.name,
    state: sprint.state,
    goal: sprint.goal,
    startDate: sprint.startDate ?? undefined,
    endDate: sprint.endDate ?? undefined,
    completeDate: sprint.completeDate ?? undefined,
    createdDate: sprint.createdDate,
  };
}
