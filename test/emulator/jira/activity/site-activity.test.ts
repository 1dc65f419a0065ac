import { SiteActivity } from '../../../../emulator/jira/activity/site-activity';
import { ACTION_KINDS, type AppliedAction } from '../../../../emulator/jira/activity/applied-action';
import { activityLevel } from '../../../../emulator/jira/activity/working-hours';
import { mentionedAccountIds, type AdfDoc } from '../../../../emulator/jira/model/adf';
import { CUSTOM_FIELD_IDS } from '../../../../emulator/jira/model/fields';
import type { SiteChange } from '../../../../emulator/jira/model/site-change';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';
import { generateSite } from '../../../../emulator/jira/seed/generate-site';
import { DEFAULT_EPOCH } from '../../../../emulator/platform/clock';
import { siteDigest } from '../seed/digest';
import { siteProblems } from './site-invariants';

const now = DEFAULT_EPOCH;
const DAY = 86_400_000;

async function play(state: JiraSiteState, seed: number, days: number, actionsPerHour = 30): Promise<SiteActivity> {
  const activity = new SiteActivity(state, { seed, actionsPerHour });
  await activity.play({ from: now, durationMs: days * DAY, advanceTo: async () => undefined });
  return activity;
}

describe('SiteActivity: a seeded site evolving over virtual time', () => {
  it('is deterministic: the same seed gives the same actions and the same final site', async () => {
    const a = generateSite({ issues: 800, seed: 2, now });
    const b = generateSite({ issues: 800, seed: 2, now });
    const c = generateSite({ issues: 800, seed: 2, now });
    const [logA, logB, logC] = await Promise.all([play(a, 9, 2), play(b, 9, 2), play(c, 10, 2)]).then((all) => all.map((x) => x.log));
    expect(logA!.length).toBeGreaterThan(100);
    expect(logB).toEqual(logA);
    expect(siteDigest(b)).toEqual(siteDigest(a));
    expect(logC).not.toEqual(logA);
    expect(siteDigest(c).sha256).not.toBe(siteDigest(a).sha256);
  });

  it('keeps every invariant of the model after three virtual days', async () => {
    const state = generateSite({ issues: 3000, seed: 11, now });
    expect(siteProblems(state, now)).toEqual([]);
    const activity = await play(state, 1, 3, 40);
    expect(activity.log.length).toBeGreaterThan(500);
    expect(siteProblems(state, now + 3 * DAY)).toEqual([]);
  });

  describe('over ten days, through a sprint boundary', () => {
    let state: JiraSiteState;
    let activity: SiteActivity;
    const changes: Array<{ change: SiteChange; action: number }> = [];

    beforeAll(async () => {
      state = generateSite({ issues: 2000, seed: 5, now });
      activity = new SiteActivity(state, { seed: 3, actionsPerHour: 30 });
      // Each change is tagged with the index of the action that caused it.
      state.onChange((change) => changes.push({ change, action: activity.log.length }));
      await activity.play({ from: now, durationMs: 10 * DAY, advanceTo: async () => undefined });
    });

    const ofKind = (kind: AppliedAction['kind']) => activity.log.filter((a) => a.kind === kind);
    const changesOf = (kind: AppliedAction['kind']) => changes.filter((c) => activity.log[c.action]?.kind === kind).map((c) => c.change);

    it('does every kind of action', () => {
      const counts = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, ofKind(kind).length]));
      expect(Object.entries(counts).filter(([, n]) => n === 0)).toEqual([]);
      expect(ofKind('delete-issue').length).toBeLessThan(activity.log.length / 50);
      expect(siteProblems(state, now + 10 * DAY)).toEqual([]);
    });

    it('acts mostly in working hours', () => {
      const working = activity.log.filter((a) => activityLevel(a.at) === 1).length;
      expect(working / activity.log.length).toBeGreaterThan(0.8);
      expect(working).toBeLessThan(activity.log.length);
      for (const ritual of [...ofKind('close-sprint'), ...ofKind('start-sprint')]) expect(activityLevel(ritual.at)).toBe(1);
    });

    it('never acts on an issue after it was deleted', () => {
      const deletedAt = new Map(state.deletions.map((d) => [d.issueId, d.at]));
      const late = activity.log.filter((a) => a.issueId !== null && a.kind !== 'delete-issue' && (deletedAt.get(a.issueId) ?? Infinity) <= a.at);
      expect(late).toEqual([]);
      for (const deleted of ofKind('delete-issue')) expect(state.issue(deleted.issueId!)).toBeUndefined();
    });

    it('closes each active sprint after its end date, moving unfinished work, and starts the next for two weeks', () => {
      let moved = 0;
      activity.log.forEach((action, index) => {
        if (action.kind !== 'close-sprint') return;
        const sprint = state.sprints.get(action.sprintId!)!;
        expect(sprint.endDate!).toBeLessThanOrEqual(action.at);
        const [closed, ...moves] = changes.filter((c) => c.action === index).map((c) => c.change);
        expect(closed).toMatchObject({ kind: 'sprint-closed', sprint: { id: sprint.id, state: 'closed', completeDate: action.at } });
        for (const move of moves) {
          if (move.kind !== 'issue-updated') throw new Error(`closing a sprint made a ${move.kind}`);
          expect(move.before.sprintIds.at(-1)).toBe(sprint.id);
          expect(move.history.items.map((i) => i.field)).toEqual(['Sprint']);
          if (state.issueTypes.get(move.after.issueTypeId)?.subtask !== true) expect(state.isDone(move.after)).toBe(false);
          moved++;
        }
      });
      expect(moved).toBeGreaterThan(0);
      for (const started of ofKind('start-sprint')) {
        const sprint = state.sprints.get(started.sprintId!)!;
        expect(sprint.startDate).toBe(started.at);
        expect(sprint.endDate! - sprint.startDate!).toBe(14 * DAY);
      }
      expect(ofKind('start-sprint').length).toBe(ofKind('close-sprint').length);
      for (const board of state.boards.values()) expect(state.sprintsOfBoard(board.id).filter((s) => s.state === 'active').length).toBe(board.type === 'scrum' ? 1 : 0);
    });

    it('re-estimates with the board estimation field, or sometimes the original estimate', () => {
      const fieldNames = new Set<string>();
      for (const change of changesOf('estimate')) {
        if (change.kind !== 'issue-updated') continue;
        const board = [...state.boards.values()].find((b) => b.projectId === change.after.projectId)!;
        const boardField = board.estimationFieldId === CUSTOM_FIELD_IDS.storyPoints ? 'Story Points' : board.estimationFieldId === null ? 'none' : 'Story point estimate';
        for (const item of change.history.items) {
          fieldNames.add(item.field);
          expect([boardField, 'timeoriginalestimate', 'timeestimate']).toContain(item.field);
        }
      }
      expect(fieldNames).toEqual(new Set(['Story Points', 'Story point estimate', 'timeoriginalestimate', 'timeestimate']));
    });

    it('creates issues of every type, some unestimated, some straight into the active sprint', () => {
      const created = changesOf('create-issue').flatMap((c) => (c.kind === 'issue-created' ? [c.after] : []));
      expect(new Set(created.map((i) => state.issueTypes.get(i.issueTypeId)?.name))).toEqual(new Set(['Epic', 'Story', 'Task', 'Bug', 'Subtask']));
      expect(created.some((i) => i.storyPoints === null && i.storyPointEstimate === null && i.originalEstimateSeconds === null)).toBe(true);
      const intoActive = ofKind('create-issue').filter((a) => a.sprintId !== null && state.sprints.get(a.sprintId)?.startDate !== null && state.sprints.get(a.sprintId)!.startDate! <= a.at);
      expect(intoActive.length).toBeGreaterThan(0);
    });

    it('moves work forward mostly, sometimes back, and reopens done issues', () => {
      const statusMoves = changesOf('transition').flatMap((c) => (c.kind === 'issue-updated' ? [c] : []));
      const backwards = statusMoves.filter((c) => {
        const order = state.projects.get(c.after.projectId)!.statusIds;
        return order.indexOf(c.after.statusId) < order.indexOf(c.before.statusId);
      });
      expect(backwards.length).toBeGreaterThan(0);
      expect(backwards.length).toBeLessThan(statusMoves.length / 4);
      for (const change of changesOf('reopen')) if (change.kind === 'issue-updated') expect(change.history.items.map((i) => i.field)).toEqual(['resolution', 'status']);
    });

    it('moves issues between the active sprint, future sprints and the backlog', () => {
      const moves = changesOf('move-sprint').flatMap((c) => (c.kind === 'issue-updated' ? c.history.items.filter((i) => i.field === 'Sprint') : []));
      expect(moves.length).toBeGreaterThanOrEqual(ofKind('move-sprint').length);
      expect(ofKind('move-sprint').some((a) => a.sprintId === null)).toBe(true);
      expect(ofKind('move-sprint').some((a) => a.sprintId !== null && state.sprints.get(a.sprintId)?.state !== 'future')).toBe(true);
    });

    it('mentions people in comments, comment edits and descriptions, and logs work beyond estimates', () => {
      const mentionsIn = (doc: AdfDoc | null) => (doc === null ? 0 : mentionedAccountIds(doc).length);
      expect(changesOf('comment').some((c) => c.kind === 'comment-created' && mentionsIn(c.comment.body) > 0)).toBe(true);
      expect(changesOf('edit-description').some((c) => c.kind === 'issue-updated' && mentionsIn(c.after.description) > 0)).toBe(true);
      expect(changesOf('edit-comment').some((c) => c.kind === 'comment-updated' && mentionsIn(c.comment.body) > mentionsIn(c.previous.body))).toBe(true);
      const overruns = changesOf('log-work').filter((c) => c.kind === 'worklog-created' && c.after.originalEstimateSeconds !== null && c.after.timeSpentSeconds! > c.after.originalEstimateSeconds);
      expect(overruns.length).toBeGreaterThan(0);
    });
  });

  it('advances the caller\'s clock to each action before applying it', async () => {
    const state = generateSite({ issues: 300, seed: 4, now });
    const activity = new SiteActivity(state, { seed: 2, actionsPerHour: 20 });
    let clock = now;
    const seenAt: number[] = [];
    state.onChange((change) => seenAt.push(change.at - clock));
    const summary = await activity.play({
      from: now,
      durationMs: DAY,
      advanceTo: async (at) => {
        expect(at).toBeGreaterThanOrEqual(clock);
        clock = at;
      },
    });
    expect(clock).toBe(now + DAY);
    expect(new Set(seenAt)).toEqual(new Set([0]));
    expect(summary.actions).toBe(activity.log.length);
    expect(summary.byKind.transition).toBe(activity.log.filter((a) => a.kind === 'transition').length);
  });

  it('acts only as the given actors, and never on issues someone else deleted', () => {
    const state = generateSite({ issues: 400, seed: 6, now });
    const actors = [...state.users.values()].slice(2, 5).map((u) => u.accountId);
    const activity = new SiteActivity(state, { seed: 8, actionsPerHour: 30, actorIds: actors });
    const admin = [...state.users.values()][0]!.accountId;
    for (let n = 0; n < 300; n++) {
      const at = now + n * 60_000;
      if (n % 10 === 0) {
        const victim = [...state.issuesUpdatedBetween(now - 14 * DAY)].at(-1 - n / 10);
        if (victim !== undefined) state.deleteIssue(victim.id, admin, at);
      }
      const action = activity.step(at);
      expect(actors).toContain(action.actorId);
      if (action.issueId !== null && action.kind !== 'delete-issue') expect(state.issue(action.issueId)).toBeDefined();
    }
  });
});
