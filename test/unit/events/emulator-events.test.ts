import type { IssueTypeCasing } from '../../../emulator/jira/events/issue-type-casing';
import { renderIssue, renderStatus } from '../../../emulator/jira/events/render-issue';
import { renderComment, renderSprint, renderWorklog } from '../../../emulator/jira/events/render-records';
import { mentionedAccountIds } from '../../../emulator/jira/model/adf';
import type { SiteChange, SprintChange } from '../../../emulator/jira/model/site-change';
import type { JiraSiteState } from '../../../emulator/jira/model/site-state';
import { eventIdentity, parseProductEvent, type ProductEvent } from '../../../src/events/payloads';
import { expectedCommentRef, expectedIssueRef, expectedSprintRef, siteEvents, type SiteEvent, type SiteEvents } from './site-events';

let site: SiteEvents;
beforeAll(async () => {
  site = await siteEvents();
});

function parsed(payload: unknown): ProductEvent {
  const result = parseProductEvent(payload);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.event;
}

function statusRef(state: JiraSiteState, statusId: string) {
  const { id, name, statusCategory } = renderStatus(state, statusId);
  return { id, name, categoryKey: statusCategory.key };
}

/** The normalised event the change should give, from the site's own records rather than the payload. */
function expectedEvent(state: JiraSiteState, { change, payload }: SiteEvent): ProductEvent {
  const base = { eventType: payload.eventType, atlassianId: change.actorId ?? undefined, occurredAt: change.at, selfGenerated: false };
  const mentions = 'mentionedAccountIds' in payload ? payload.mentionedAccountIds : [];
  switch (change.kind) {
    case 'issue-created':
    case 'issue-updated':
    case 'issue-deleted': {
      const issue = expectedIssueRef(state, change.after ?? change.before);
      if (payload.eventType === 'avi:jira:mentioned:issue') return { ...base, family: 'mention', eventType: payload.eventType, issue, mentionedAccountIds: mentions };
      if (change.kind !== 'issue-updated') return { ...base, family: 'issue', eventType: payload.eventType as 'avi:jira:created:issue', issue };
      const assignedOnly = payload.eventType === 'avi:jira:assigned:issue';
      const items = change.history.items.filter((item) => !assignedOnly || item.field === 'assignee');
      const statusChanged = !assignedOnly && change.before.statusId !== change.after.statusId;
      return {
        ...base,
        family: 'issue',
        eventType: payload.eventType as 'avi:jira:updated:issue',
        issue,
        changelog: { id: change.history.id, items: items.map((item) => ({ ...item })) },
        associatedStatuses: statusChanged ? [statusRef(state, change.after.statusId), statusRef(state, change.before.statusId)] : undefined,
      };
    }
    case 'comment-created':
    case 'comment-updated': {
      const issue = expectedIssueRef(state, change.after);
      const comment = expectedCommentRef(change.comment);
      if (payload.eventType === 'avi:jira:mentioned:comment') return { ...base, family: 'mention', eventType: payload.eventType, issue, comment, mentionedAccountIds: mentions };
      return { ...base, family: 'comment', eventType: 'avi:jira:commented:issue', issue, comment };
    }
    case 'worklog-created': {
      const { worklog } = change;
      return {
        ...base,
        atlassianId: undefined,
        family: 'worklog',
        eventType: 'avi:jira:created:worklog',
        worklog: { id: worklog.id, issueId: change.issueId, authorId: worklog.authorId, started: worklog.started, timeSpentSeconds: worklog.timeSpentSeconds, created: worklog.created, updated: worklog.updated },
      };
    }
    case 'sprint-created':
    case 'sprint-started':
    case 'sprint-closed':
      // Sprint events carry no `timestamp`, as in Atlassian's example.
      return { ...base, occurredAt: undefined, family: 'sprint', eventType: payload.eventType as 'avi:jira-software:created:sprint', sprint: expectedSprintRef(change) };
  }
}

/** The ADF the mentions were read from: the comment's body or the issue's description. */
function mentionSource(change: SiteChange): string[] {
  if (change.kind === 'comment-created' || change.kind === 'comment-updated') return mentionedAccountIds(change.comment.body);
  if (change.kind === 'issue-created' || change.kind === 'issue-updated') return change.after.description === null ? [] : mentionedAccountIds(change.after.description);
  return [];
}

describe('emulator-generated product events', () => {
  it.each<IssueTypeCasing>(['issuetype', 'issueType', 'mixed'])('are all accepted and normalised to the site’s own records (issue-type casing %s)', (casing) => {
    const events = site.eventsOf(casing);
    expect(events.length).toBeGreaterThan(1_000);
    for (const event of events) expect(parsed(event.payload)).toEqual(expectedEvent(site.state, event));
  });

  it('cover every event type the site emits, in realistic numbers', () => {
    const counts = new Map<string, number>();
    for (const { payload } of site.eventsOf('mixed')) counts.set(payload.eventType, (counts.get(payload.eventType) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      'avi:jira-software:closed:sprint',
      'avi:jira-software:created:sprint',
      'avi:jira-software:started:sprint',
      'avi:jira:assigned:issue',
      'avi:jira:commented:issue',
      'avi:jira:created:issue',
      'avi:jira:created:worklog',
      'avi:jira:deleted:issue',
      'avi:jira:mentioned:comment',
      'avi:jira:mentioned:issue',
      'avi:jira:updated:issue',
    ]);
    expect(counts.get('avi:jira:updated:issue')).toBeGreaterThan(300);
    expect(counts.get('avi:jira:commented:issue')).toBeGreaterThan(100);
  });

  it('read the issue type under either casing, and both casings really occur', () => {
    const issueTypes = (casing: IssueTypeCasing) =>
      site.eventsOf(casing).flatMap(({ payload }) => {
        if (!('issue' in payload)) return [];
        const event = parsed(payload);
        return 'issue' in event ? [[event.issue.issueTypeId, event.issue.issueTypeName]] : [];
      });
    const lower = issueTypes('issuetype');
    expect(lower.every(([id, name]) => id !== undefined && name !== undefined)).toBe(true);
    expect(issueTypes('issueType')).toEqual(lower);
    expect(issueTypes('mixed')).toEqual(lower);
    const mixed = site.eventsOf('mixed').flatMap(({ payload }) => ('issue' in payload ? [payload.issue.fields.issueType === undefined] : []));
    expect(new Set(mixed)).toEqual(new Set([true, false]));
  });

  it('report mentions the site wrote into the text they came from', () => {
    for (const event of site.eventsOf('mixed')) {
      const normalised = parsed(event.payload);
      if (normalised.family !== 'mention') continue;
      expect(normalised.mentionedAccountIds.length).toBeGreaterThan(0);
      for (const id of normalised.mentionedAccountIds) expect(mentionSource(event.change)).toContain(id);
    }
  });

  it('parse the same after a JSON round trip, as the platform delivers them', () => {
    for (const { payload } of site.eventsOf('mixed')) {
      const direct = parsed(payload);
      const delivered = parsed(JSON.parse(JSON.stringify(payload)));
      expect(delivered).toEqual(direct);
      expect(eventIdentity(delivered)).toEqual(eventIdentity(direct));
    }
  });

  it('give every distinct event its own identity, and each delivery of one event the same', () => {
    const events = site.eventsOf('mixed');
    const ids = events.map(({ payload }) => eventIdentity(parsed(payload)).id);
    expect(new Set(ids).size).toBe(events.length);
    // The same change rendered again, in the other casing, is the same event.
    expect(site.eventsOf('issueType').map(({ payload }) => eventIdentity(parsed(payload)).id)).toEqual(ids);
  });
});

describe('events the emulator does not emit, built from its renderers', () => {
  it('accepts deleted:comment, updated and deleted worklogs, updated:sprint with its oldValue, and field events', () => {
    const { state, changes } = site;
    const edit = changes.find((c): c is Extract<SiteChange, { kind: 'comment-updated' }> => c.kind === 'comment-updated');
    const logged = changes.find((c): c is Extract<SiteChange, { kind: 'worklog-created' }> => c.kind === 'worklog-created');
    const started = changes.find((c): c is SprintChange => c.kind === 'sprint-started');
    if (edit === undefined || logged === undefined || started === undefined) throw new Error('the site has these changes');
    const issue = renderIssue(state, edit.after, 'issueType');

    const deleted = parsed({ eventType: 'avi:jira:deleted:comment', issue, atlassianId: edit.actorId, comment: renderComment(edit.comment), timestamp: String(edit.at) });
    expect(deleted).toMatchObject({ family: 'comment', eventType: 'avi:jira:deleted:comment', comment: expectedCommentRef(edit.comment), issue: { id: edit.after.id } });

    const reworked = { ...logged.worklog, timeSpentSeconds: 7200, updated: logged.worklog.updated + 60_000 };
    for (const eventType of ['avi:jira:updated:worklog', 'avi:jira:deleted:worklog']) {
      expect(parsed({ eventType, worklog: renderWorklog(logged.issueId, reworked) })).toMatchObject({
        family: 'worklog',
        eventType,
        worklog: { id: reworked.id, issueId: logged.issueId, timeSpentSeconds: 7200, updated: reworked.updated },
      });
    }

    const moved = { ...started.sprint, endDate: (started.sprint.endDate ?? 0) + 86_400_000, goal: 'A new goal' };
    const before = renderSprint(started.sprint);
    const updated = parsed({ eventType: 'avi:jira-software:updated:sprint', sprint: renderSprint(moved), oldValue: { goal: before.goal, endDate: before.endDate } });
    expect(updated).toEqual({
      family: 'sprint',
      eventType: 'avi:jira-software:updated:sprint',
      selfGenerated: false,
      sprint: { ...expectedSprintRef({ ...started, sprint: moved }) },
      previous: { goal: started.sprint.goal, endDate: started.sprint.endDate ?? undefined },
    });

    for (const eventType of ['avi:jira:created:field', 'avi:jira:updated:field', 'avi:jira:deleted:field']) {
      const field = [...state.fields.values()][0];
      expect(parsed({ eventType, field: { id: field?.id, name: field?.name } })).toMatchObject({ family: 'field', eventType, field: { id: field?.id, name: field?.name } });
    }
  });
});
