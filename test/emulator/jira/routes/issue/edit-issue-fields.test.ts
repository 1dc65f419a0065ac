import { adfDoc, adfMention, adfText } from '../../../../../emulator/jira/model/adf';
import { CUSTOM_FIELD_IDS } from '../../../../../emulator/jira/model/fields';
import type { Issue } from '../../../../../emulator/jira/model/issue';
import { NOW, routeSite, type RouteSite } from '../route-site';
import { edit, isStandard } from './edit-fixture';
import { firstIssue, json } from './issue-call';

let site: RouteSite;
let issue: Issue;

beforeEach(() => {
  site = routeSite();
  site.tick(60_000);
  issue = firstIssue(site.state, (i) => isStandard(site, i) && i.projectId === '10000' && i.timeSpentSeconds === null, 'PLAT story without logged work');
});

const lastHistory = () => issue.changelog[issue.changelog.length - 1];

describe('PUT /rest/api/3/issue/{issueIdOrKey}: what each field accepts', () => {
  it('sets every editable field in one request, as one changelog entry by the caller at the current time', () => {
    const before = issue.changelog.length;
    const team = [...site.state.teams.values()].find((t) => t.id !== issue.teamId);
    const assignee = [...site.state.users.values()].find((u) => u.accountType === 'atlassian' && u.accountId !== issue.assigneeId && site.state.canBrowse(u.accountId, issue.projectId));
    const priority = [...site.state.priorities.values()].find((p) => p.id !== issue.priorityId);
    const description = adfDoc([adfText('Now with a mention of '), adfMention(assignee!.accountId, assignee!.displayName)]);
    const reply = edit(site, issue, {
      fields: {
        summary: 'Rename the alert rules',
        description,
        priority: { name: priority!.name.toUpperCase() },
        assignee: { accountId: assignee!.accountId },
        labels: ['alerts', 'alerts', 'triaged'],
        [CUSTOM_FIELD_IDS.storyPointEstimate]: 5,
        [CUSTOM_FIELD_IDS.storyPoints]: 2.5,
        [CUSTOM_FIELD_IDS.team]: team!.id,
        timetracking: { originalEstimate: '1d 2h', remainingEstimate: '3h' },
      },
    });
    expect(reply).toEqual({ status: 204 });
    expect(issue).toMatchObject({
      summary: 'Rename the alert rules',
      description,
      priorityId: priority!.id,
      assigneeId: assignee!.accountId,
      labels: ['alerts', 'triaged'],
      storyPointEstimate: 5,
      storyPoints: 2.5,
      teamId: team!.id,
      originalEstimateSeconds: 10 * 3600,
      remainingEstimateSeconds: 3 * 3600,
      updated: NOW + 60_000,
    });
    expect(issue.changelog).toHaveLength(before + 1);
    const history = lastHistory()!;
    expect(history).toMatchObject({ authorId: site.appAccountId, created: NOW + 60_000 });
    expect(history.items.map((item) => item.fieldId ?? item.field)).toEqual(
      expect.arrayContaining(['summary', 'description', 'priority', 'assignee', 'labels', CUSTOM_FIELD_IDS.storyPointEstimate, CUSTOM_FIELD_IDS.storyPoints, CUSTOM_FIELD_IDS.team, 'timeoriginalestimate', 'timeestimate']),
    );
    expect(history.items.find((item) => item.field === 'summary')).toMatchObject({ toString: 'Rename the alert rules' });
    expect(history.items.find((item) => item.field === 'assignee')).toMatchObject({ to: assignee!.accountId, toString: assignee!.displayName });
  });

  it('clears the nullable fields with null', () => {
    edit(site, issue, { fields: { summary: 'Filled in', description: adfDoc([adfText('x')]), [CUSTOM_FIELD_IDS.storyPoints]: 3, [CUSTOM_FIELD_IDS.team]: [...site.state.teams.keys()][0], assignee: { accountId: site.appAccountId } } });
    const reply = edit(site, issue, { fields: { description: null, assignee: null, [CUSTOM_FIELD_IDS.storyPoints]: null, [CUSTOM_FIELD_IDS.team]: null } });
    expect(reply.status).toBe(204);
    expect(issue).toMatchObject({ description: null, assigneeId: null, storyPoints: null, teamId: null });
    edit(site, issue, { fields: { assignee: { accountId: site.appAccountId } } });
    edit(site, issue, { fields: { assignee: { accountId: null } } });
    expect(issue.assigneeId).toBeNull();
  });

  it('applies label operations in order: set, add, remove', () => {
    edit(site, issue, { update: { labels: [{ set: ['a', 'b'] }, { add: 'c' }, { add: 'a' }, { remove: 'b' }] } });
    expect(issue.labels).toEqual(['a', 'c']);
    edit(site, issue, { update: { labels: [{ remove: 'a' }] } });
    expect(issue.labels).toEqual(['c']);
    expect(lastHistory()!.items).toEqual([expect.objectContaining({ field: 'labels', fromString: 'a c', toString: 'c' })]);
  });

  it('reads time tracking from fields and from update edit; the remaining estimate follows a lone original one before work is logged', () => {
    edit(site, issue, { fields: { timetracking: { originalEstimate: '2h' } } });
    expect(issue).toMatchObject({ originalEstimateSeconds: 7200, remainingEstimateSeconds: 7200 });
    edit(site, issue, { update: { timetracking: [{ edit: { remainingEstimate: '30m' } }] } });
    expect(issue).toMatchObject({ originalEstimateSeconds: 7200, remainingEstimateSeconds: 1800 });
    edit(site, issue, { update: { timetracking: [{ edit: { originalEstimate: '1w', remainingEstimate: '90' } }] } });
    expect(issue).toMatchObject({ originalEstimateSeconds: 5 * 8 * 3600, remainingEstimateSeconds: 5400 });
  });

  it('keeps the remaining estimate when work was logged', () => {
    const worked = firstIssue(site.state, (i) => i.timeSpentSeconds !== null && i.remainingEstimateSeconds !== null, 'issue with logged work');
    const remaining = worked.remainingEstimateSeconds;
    edit(site, worked, { fields: { timetracking: { originalEstimate: '3d' } } });
    expect(worked).toMatchObject({ originalEstimateSeconds: 3 * 8 * 3600, remainingEstimateSeconds: remaining });
  });

  it('sets the priority by id and takes update set operations like fields', () => {
    edit(site, issue, { fields: { priority: { id: '1' } } });
    expect(issue.priorityId).toBe('1');
    edit(site, issue, { update: { summary: [{ set: 'Via update' }], priority: [{ set: { id: '5' } }] } });
    expect(issue).toMatchObject({ summary: 'Via update', priorityId: '5' });
  });

  it('writes no changelog entry when nothing changes', () => {
    const before = issue.changelog.length;
    const updated = issue.updated;
    expect(edit(site, issue, { fields: { summary: issue.summary, labels: [...issue.labels] } }).status).toBe(204);
    expect(issue.changelog).toHaveLength(before);
    expect(issue.updated).toBe(updated);
  });

  it('answers 200 with the edited issue when returnIssue=true, honouring expand', () => {
    const reply = edit(site, issue, { fields: { summary: 'Returned' } }, { returnIssue: 'true', expand: 'names' });
    expect(reply.status).toBe(200);
    const body = json(reply);
    expect(body).toMatchObject({ id: issue.id, key: issue.key });
    expect((body.fields as Record<string, unknown>).summary).toBe('Returned');
    expect(body.names).toMatchObject({ summary: 'Summary' });
    expect(reply.objects).toEqual({ core: 1, identity: 0 });
  });
});
