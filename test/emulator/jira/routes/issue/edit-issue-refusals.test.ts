import { adfDoc, adfText } from '../../../../../emulator/jira/model/adf';
import { CUSTOM_FIELD_IDS } from '../../../../../emulator/jira/model/fields';
import type { Issue } from '../../../../../emulator/jira/model/issue';
import { viewerOf } from '../../../../../emulator/jira/site/context';
import { routeSite, type RouteSite } from '../route-site';
import { edit, isStandard } from './edit-fixture';
import { firstIssue } from './issue-call';

let site: RouteSite;
let issue: Issue;

beforeEach(() => {
  site = routeSite();
  site.tick(60_000);
  issue = firstIssue(site.state, (i) => isStandard(site, i) && i.projectId !== site.hiddenProjectId, 'story the restricted user can see');
});

const cannotBeSet = (field: string) => `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;

/** A refused edit answers 400 with these errors and leaves the issue exactly as it was. */
function expectRefused(body: unknown, errors: Record<string, string>, errorMessages: string[] = []): void {
  const before = structuredClone(issue);
  expect(edit(site, issue, body)).toEqual({ status: 400, body: { errorMessages, errors } });
  expect(issue).toEqual(before);
}

describe('PUT /rest/api/3/issue/{issueIdOrKey}: refused values change nothing', () => {
  const headed = { type: 'doc', version: 1, content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] }] };
  const cases: Array<[string, string, unknown, string]> = [
    ['an empty summary', 'summary', '  ', 'You must specify a summary of the issue.'],
    ['a long summary', 'summary', 'x'.repeat(256), 'Summary must be less than 255 characters.'],
    ['a summary of two lines', 'summary', 'a\nb', 'The summary is invalid because it contains newline characters.'],
    ['a summary that is no string', 'summary', 42, 'Operation value must be a string'],
    ['a description as plain text', 'description', 'plain', 'Operation value must be an Atlassian Document (see the Atlassian Document Format)'],
    ['a description of the wrong version', 'description', { type: 'doc', version: 2, content: [] }, 'Operation value must be an Atlassian Document (see the Atlassian Document Format)'],
    ['an unknown priority id', 'priority', { id: '999' }, 'The priority selected is invalid.'],
    ['an unknown priority name', 'priority', { name: 'Urgent' }, 'The priority selected is invalid.'],
    ['a priority without id or name', 'priority', {}, 'Specify the Priority (id or name) in the string format'],
    ['a priority as a string', 'priority', 'High', 'data was not an object'],
    ['an unknown assignee', 'assignee', { accountId: 'nobody' }, "User 'nobody' cannot be assigned issues."],
    ['an assignee without accountId', 'assignee', { name: 'ana' }, "Specify the assignee by 'accountId'."],
    ['labels that are no list', 'labels', 'alerts', 'data was not an array'],
    ['a label with a space', 'labels', ['two words'], "The label 'two words' contains spaces which is invalid."],
    ['a label that is no string', 'labels', [7], 'Operation value must be a string'],
    ['story points as a string', CUSTOM_FIELD_IDS.storyPointEstimate, '3', 'Operation value must be a number'],
    ['story points as a boolean', CUSTOM_FIELD_IDS.storyPoints, true, 'Operation value must be a number'],
    ['huge story points', CUSTOM_FIELD_IDS.storyPoints, 1e15, 'Specify a number for the custom field (below 100,000,000,000,000)'],
    ['an unknown team', CUSTOM_FIELD_IDS.team, 'no-such-team', "The team with id 'no-such-team' does not exist."],
    ['a team that is no string', CUSTOM_FIELD_IDS.team, { id: 'x' }, 'Operation value must be a string'],
    ['an unreadable estimate', 'timetracking', { originalEstimate: 'soon' }, 'The original estimate specified is not valid.'],
    ['a numeric estimate', 'timetracking', { remainingEstimate: 3600 }, 'The remaining estimate specified is not valid.'],
    ['time tracking that is no object', 'timetracking', '2h', 'data was not an object'],
    ['the status', 'status', { id: '3' }, cannotBeSet('status')],
    ['the reporter', 'reporter', { accountId: 'x' }, cannotBeSet('reporter')],
    ['an unknown field', 'customfield_99999', 1, cannotBeSet('customfield_99999')],
  ];
  it.each(cases)('%s', (_what, field, value, message) => expectRefused({ fields: { [field]: value } }, { [field]: message }));

  it('a description with a heading, which the site cannot store yet', () => {
    expectRefused({ fields: { description: headed } }, { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' }, [
      "The emulated site stores paragraphs of text and mentions only; 'heading' nodes are not supported yet.",
    ]);
  });

  it('a description over 32,767 characters', () => {
    expectRefused({ fields: { description: adfDoc([adfText('x'.repeat(32_768))]) } }, { description: 'The entered text is too long. It exceeds the allowed limit of 32,767 characters.' });
  });

  it('an assignee who cannot browse the project', () => {
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId, 'OPS issue');
    issue = hidden;
    const accountId = site.restrictedUser.accountId;
    expectRefused({ fields: { assignee: { accountId } } }, { assignee: `User '${accountId}' cannot be assigned issues.` });
  });

  it('every problem at once, with the valid fields left unapplied', () => {
    expectRefused(
      { fields: { summary: 'Fine on its own', priority: { id: '999' }, status: { name: 'Done' } }, update: { labels: [{ add: 'two words' }] } },
      { priority: 'The priority selected is invalid.', status: cannotBeSet('status'), labels: "The label 'two words' contains spaces which is invalid." },
    );
  });

  it('a field in both fields and update', () => {
    expectRefused({ fields: { labels: ['a'] }, update: { labels: [{ add: 'b' }] } }, { labels: "Field 'labels' cannot be set in both 'fields' and 'update'." });
  });

  it('operations a field does not support, and malformed update lists', () => {
    expectRefused({ update: { summary: [{ add: 'x' }] } }, { summary: "Field 'summary' does not support operation 'add'. Supported operation(s) are: 'set'" });
    expectRefused({ update: { labels: { add: 'x' } } }, { labels: 'data was not an array' });
    expectRefused({ update: { labels: [{ add: 'x', remove: 'y' }] } }, { labels: 'Each update must name one operation of: set, add, remove, edit, copy.' });
  });

  it('bodies that are not an IssueUpdateDetails object', () => {
    for (const body of [undefined, [], 'summary', { fields: [] }, { update: 'x' }]) {
      const reply = edit(site, issue, body);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ errorMessages: [expect.any(String)], errors: {} });
    }
    expectRefused({ properties: [{ key: 'k', value: 1 }] }, {}, ['The emulated site does not store issue properties.']);
  });
});

describe('PUT /rest/api/3/issue/{issueIdOrKey}: who may edit', () => {
  it('hides issues the viewer cannot browse behind 404', () => {
    const hidden = firstIssue(site.state, (i) => i.projectId === site.hiddenProjectId, 'OPS issue');
    const before = structuredClone(hidden);
    const reply = edit(site, hidden, { fields: { summary: 'x' } }, {}, site.restricted);
    expect(reply).toEqual({ status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } });
    expect(hidden).toEqual(before);
  });

  it('lets a member edit, and keeps the screen overrides for administrators and apps', () => {
    expect(edit(site, issue, { fields: { summary: 'By a member' } }, {}, site.member).status).toBe(204);
    const refused = edit(site, issue, { fields: { summary: 'Overridden' } }, { overrideScreenSecurity: 'true' }, site.member);
    expect(refused.status).toBe(403);
    expect(issue.summary).toBe('By a member');
    expect(edit(site, issue, { fields: { summary: 'Overridden' } }, { overrideEditableFlag: 'true' }).status).toBe(204);
  });

  it('lets only administrators and the project lead edit without notifying', () => {
    const project = site.state.projects.get(issue.projectId)!;
    const notLead = site.member.kind === 'user' && site.member.user.accountId !== project.leadAccountId;
    expect(notLead).toBe(true);
    const reply = edit(site, issue, { fields: { summary: 'Quietly' } }, { notifyUsers: 'false' }, site.member);
    expect(reply).toEqual({ status: 403, body: { errorMessages: ['To discard the user notification either admin or project admin permissions are required.'], errors: {} } });
    expect(edit(site, issue, { fields: { summary: 'Quietly' } }, { notifyUsers: 'false' }).status).toBe(204);
    expect(edit(site, issue, { fields: { summary: 'Loudly' } }, { notifyUsers: 'true' }, site.member).status).toBe(204);
  });

  it('lets a project lead who is no administrator edit their project quietly', () => {
    const project = [...site.state.projects.values()].find((p) => site.state.users.get(p.leadAccountId)?.siteAdmin === false)!;
    const lead = viewerOf(site.context, { kind: 'user', accountId: project.leadAccountId })!;
    const own = firstIssue(site.state, (i) => i.projectId === project.id, 'issue of that project');
    const elsewhere = firstIssue(site.state, (i) => i.projectId !== project.id && site.state.canBrowse(project.leadAccountId, i.projectId), 'issue of another project');
    expect(edit(site, own, { fields: { summary: 'Quietly' } }, { notifyUsers: 'false' }, lead).status).toBe(204);
    expect(edit(site, elsewhere, { fields: { summary: 'Quietly' } }, { notifyUsers: 'false' }, lead).status).toBe(403);
  });
});
