import { SiteActivity } from '../../../../emulator/jira/activity/site-activity';
import type { ForgeIssue, ProductEventPayload } from '../../../../emulator/jira/events/payload-types';
import { productEventsFor } from '../../../../emulator/jira/events/product-events';
import { adfDoc, adfMention, adfText } from '../../../../emulator/jira/model/adf';
import type { SiteChange } from '../../../../emulator/jira/model/site-change';
import { MINUTE, now, recordChanges, smallSite } from './small-site';

const JIRA_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/;

function eventsOf(site: ReturnType<typeof smallSite>, act: () => void): ProductEventPayload[] {
  const changes = recordChanges(site.state);
  act();
  return changes.flatMap((change) => productEventsFor(change, site.state));
}

const typeOf = (issue: ForgeIssue) => issue.fields.issuetype ?? issue.fields.issueType;

describe('productEventsFor: Forge payloads for each change', () => {
  it('renders created:issue with the documented issue fields, Jira timestamps and the actor', () => {
    const site = smallSite();
    let key = '';
    const [event, ...rest] = eventsOf(site, () => (key = site.create('Story', { summary: 'Hello', assigneeId: site.bob }, site.alice, now).key));
    expect(rest).toEqual([]);
    if (event?.eventType !== 'avi:jira:created:issue') throw new Error(String(event?.eventType));
    expect(event).toMatchObject({ atlassianId: site.alice, timestamp: String(now), issue: { key } });
    const { fields } = event.issue;
    expect(Object.keys(fields).filter((k) => k.toLowerCase() === 'issuetype')).toHaveLength(1);
    expect(typeOf(event.issue)).toEqual({ id: expect.any(String), name: 'Story', subtask: false, hierarchyLevel: 0 });
    expect(fields).toMatchObject({
      summary: 'Hello',
      project: { id: site.project.id, key: site.project.key, name: site.project.name, projectTypeKey: 'software', simplified: false },
      status: { id: site.statuses.todo, name: 'To Do', statusCategory: { key: 'new', name: 'To Do', id: 2 } },
      assignee: { accountId: site.bob },
      reporter: { accountId: site.alice },
      creator: { accountId: site.alice },
    });
    expect([fields.created, fields.updated]).toEqual(['2026-11-02T09:00:00.000+0000', '2026-11-02T09:00:00.000+0000']);
  });

  it('renders updated:issue with the changelog, associatedStatuses only on a status change, and assigned:issue beside it', () => {
    const site = smallSite();
    const issue = site.create('Task');
    const events = eventsOf(site, () => {
      site.state.editIssueFields(issue.id, { summary: 'Renamed' }, site.bob, now + MINUTE);
      site.state.transitionIssue(issue.id, site.statuses.inProgress, site.bob, now + 2 * MINUTE);
      site.state.editIssueFields(issue.id, { assigneeId: site.carol, priorityId: '1' }, site.bob, now + 3 * MINUTE);
    });
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:updated:issue', 'avi:jira:updated:issue', 'avi:jira:assigned:issue']);
    const [renamed, moved, reassigned, assigned] = events;
    if (renamed?.eventType !== 'avi:jira:updated:issue' || moved?.eventType !== 'avi:jira:updated:issue' || reassigned?.eventType !== 'avi:jira:updated:issue') throw new Error('types');
    expect(renamed.changelog).toEqual({ id: issue.changelog[0]!.id, items: [{ field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: 'A Task', to: null, toString: 'Renamed' }] });
    expect(renamed).not.toHaveProperty('associatedStatuses');
    expect(renamed.issue.fields.updated).toBe('2026-11-02T09:01:00.000+0000');
    expect(moved.associatedStatuses?.map((s) => [s.id, s.statusCategory.key])).toEqual([[site.statuses.inProgress, 'indeterminate'], [site.statuses.todo, 'new']]);
    expect(reassigned.changelog.items.map((i) => i.field)).toEqual(['assignee', 'priority']);
    expect(assigned).toMatchObject({ atlassianId: site.bob, issue: { id: issue.id, fields: { assignee: { accountId: site.carol } } } });
    expect(assigned?.eventType === 'avi:jira:assigned:issue' && assigned.changelog.items).toEqual([expect.objectContaining({ field: 'assignee', from: null, to: site.carol })]);
  });

  it('sends mentioned:issue for description mentions, new ones only, never the author mentioning themselves', () => {
    const site = smallSite();
    let issueId = '';
    const created = eventsOf(site, () => {
      issueId = site.create('Story', { description: adfDoc([adfMention(site.alice, 'Alice'), adfMention(site.bob, 'Bob')]) }, site.alice).id;
    });
    expect(created.map((e) => e.eventType)).toEqual(['avi:jira:created:issue', 'avi:jira:mentioned:issue']);
    expect(created[1]).toMatchObject({ atlassianId: site.alice, mentionedAccountIds: [site.bob], issue: { id: issueId } });
    const edited = eventsOf(site, () => {
      site.state.editIssueFields(issueId, { description: adfDoc([adfMention(site.bob, 'Bob'), adfMention(site.carol, 'Carol'), adfMention(site.carol, 'Carol')]) }, site.alice, now + MINUTE);
      site.state.editIssueFields(issueId, { description: adfDoc([adfMention(site.bob, 'Bob'), adfText(' only')]) }, site.alice, now + 2 * MINUTE);
    });
    expect(edited.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira:mentioned:issue', 'avi:jira:updated:issue']);
    expect(edited[1]).toMatchObject({ mentionedAccountIds: [site.carol] });
  });

  it('sends deleted:issue with the issue as it was, and nothing for subtasks deleted with their parent', () => {
    const site = smallSite();
    const story = site.create('Story', { summary: 'Doomed' });
    site.create('Subtask', { parentId: story.id });
    const changes = recordChanges(site.state);
    site.state.deleteIssue(story.id, site.carol, now + MINUTE);
    expect(changes.map((c) => c.kind)).toEqual(['issue-deleted', 'issue-deleted']);
    const events = changes.flatMap((c) => productEventsFor(c, site.state));
    expect(events).toEqual([{ eventType: 'avi:jira:deleted:issue', atlassianId: site.carol, timestamp: String(now + MINUTE), issue: expect.objectContaining({ id: story.id, key: story.key }) }]);
    expect(events[0]?.eventType === 'avi:jira:deleted:issue' && events[0].issue.fields.summary).toBe('Doomed');
  });

  it('sends commented:issue for comment creates and edits alike, with mentioned:comment for new mentions only', () => {
    const site = smallSite();
    const issue = site.create('Bug');
    let commentId = '';
    const events = eventsOf(site, () => {
      commentId = site.state.addComment(issue.id, adfDoc([adfMention(site.bob, 'Bob'), adfText(' look')]), site.alice, now + MINUTE).id;
      site.state.editComment(issue.id, commentId, adfDoc([adfMention(site.bob, 'Bob'), adfText(' look, '), adfMention(site.carol, 'Carol')]), site.alice, now + 2 * MINUTE);
      site.state.editComment(issue.id, commentId, adfDoc([adfMention(site.carol, 'Carol'), adfText(' typo fixed')]), site.alice, now + 3 * MINUTE);
    });
    expect(events.map((e) => e.eventType)).toEqual([
      'avi:jira:commented:issue',
      'avi:jira:mentioned:comment',
      'avi:jira:commented:issue',
      'avi:jira:mentioned:comment',
      'avi:jira:commented:issue',
    ]);
    expect(events.map((e) => ('mentionedAccountIds' in e ? e.mentionedAccountIds : null))).toEqual([null, [site.bob], null, [site.carol], null]);
    const edit = events[2];
    if (edit?.eventType !== 'avi:jira:commented:issue') throw new Error('type');
    expect(edit).toMatchObject({ atlassianId: site.alice, issue: { id: issue.id, key: issue.key } });
    expect(edit.comment).toEqual({
      id: commentId,
      author: { accountId: site.alice },
      updateAuthor: { accountId: site.alice },
      body: adfDoc([adfMention(site.bob, 'Bob'), adfText(' look, '), adfMention(site.carol, 'Carol')]),
      created: '2026-11-02T09:01:00.000+0000',
      updated: '2026-11-02T09:02:00.000+0000',
      jsdPublic: true,
    });
    // The payload owns its body: a handler editing it leaves the site alone.
    edit.comment.body.content.length = 0;
    expect(site.state.issue(issue.id)?.comments[0]?.body.content).toHaveLength(1);
  });

  it('sends created:worklog with the worklog alone: no issue, no actor', () => {
    const site = smallSite();
    const issue = site.create('Task');
    let worklogId = '';
    const events = eventsOf(site, () => (worklogId = site.state.addWorklog(issue.id, { started: now - 3_600_000, timeSpentSeconds: 1800 }, site.bob, now + MINUTE).id));
    expect(events).toEqual([
      {
        eventType: 'avi:jira:created:worklog',
        timestamp: String(now + MINUTE),
        worklog: {
          id: worklogId,
          issueId: issue.id,
          author: { accountId: site.bob },
          started: '2026-11-02T08:00:00.000+0000',
          timeSpentSeconds: 1800,
          created: '2026-11-02T09:01:00.000+0000',
          updated: '2026-11-02T09:01:00.000+0000',
        },
      },
    ]);
  });

  it('sends sprint events shaped like the documented sprint example: string ids, createDate, no null dates', () => {
    const site = smallSite();
    const next = site.future[0]!;
    const events = eventsOf(site, () => {
      site.state.createSprint({ boardId: site.board.id, name: 'Planned', goal: 'Ship it', createdDate: now, startDate: null, endDate: null }, site.bob);
      site.state.closeSprint(site.active.id, site.alice, now + MINUTE, next.id);
      site.state.startSprint(next.id, now + 2 * MINUTE, now + 14 * 86_400_000);
    }).filter((e) => e.eventType.startsWith('avi:jira-software:'));
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira-software:created:sprint', 'avi:jira-software:closed:sprint', 'avi:jira-software:started:sprint']);
    const [created, closed, started] = events;
    expect(created).toEqual({
      eventType: 'avi:jira-software:created:sprint',
      atlassianId: site.bob,
      sprint: { id: expect.stringMatching(/^\d+$/), originBoardId: String(site.board.id), name: 'Planned', goal: 'Ship it', state: 'future', createDate: '2026-11-02T09:00:00.000+0000' },
    });
    expect(closed).toMatchObject({ atlassianId: site.alice, sprint: { id: String(site.active.id), state: 'closed', completeDate: '2026-11-02T09:01:00.000+0000' } });
    if (closed?.eventType !== 'avi:jira-software:closed:sprint') throw new Error('type');
    for (const date of [closed.sprint.createDate, closed.sprint.startDate, closed.sprint.endDate]) expect(date).toMatch(JIRA_TIME);
    // Started by no one in particular: atlassianId is optional and left out.
    expect(started).not.toHaveProperty('atlassianId');
    expect(started).toMatchObject({ sprint: { id: String(next.id), state: 'active', startDate: '2026-11-02T09:02:00.000+0000' } });
    expect(started?.eventType === 'avi:jira-software:started:sprint' && started.sprint).not.toHaveProperty('completeDate');
  });

  it('uses both issue-type casings across events, the same one for the same change, or the one asked for', async () => {
    const site = smallSite();
    const changes: SiteChange[] = recordChanges(site.state);
    await new SiteActivity(site.state, { seed: 1, actionsPerHour: 30 }).play({ from: now, durationMs: 86_400_000, advanceTo: async () => undefined });
    const issues = changes.flatMap((c) => productEventsFor(c, site.state)).flatMap((e) => ('issue' in e ? [e.issue] : []));
    expect(issues.length).toBeGreaterThan(100);
    const lower = issues.filter((i) => i.fields.issuetype !== undefined && i.fields.issueType === undefined).length;
    const camel = issues.filter((i) => i.fields.issueType !== undefined && i.fields.issuetype === undefined).length;
    expect(lower + camel).toBe(issues.length);
    expect(Math.min(lower, camel)).toBeGreaterThan(issues.length / 4);
    expect(changes.map((c) => productEventsFor(c, site.state))).toEqual(changes.map((c) => productEventsFor(c, site.state)));
    const pinned = changes.flatMap((c) => productEventsFor(c, site.state, { issueTypeCasing: 'issueType' })).flatMap((e) => ('issue' in e ? [e.issue] : []));
    expect(pinned.every((i) => i.fields.issueType !== undefined && i.fields.issuetype === undefined)).toBe(true);
  });
});
