import type { JiraSite } from '../../../../emulator/jira/site/jira-site';
import type { Caller } from './site-client';

/** One request and the status the site must answer it with; the body must fit the operation's schema. */
export interface ConformanceCase {
  label: string;
  caller: Caller;
  method: 'GET' | 'POST' | 'PUT';
  template: string;
  path: string;
  body?: unknown;
  status: number;
  /** The request breaks the OpenAPI document, and the site refuses it as Jira does. */
  outsideSpec?: true;
}

const API = '/rest/api/3';
const AGILE = '/rest/agile/1.0';

/** Requests for every operation the site serves and for each status it can answer, on a seeded site. */
export function conformanceCases(site: JiraSite): ConformanceCase[] {
  const { state } = site;
  const users = [...state.users.values()].filter((u) => u.accountType === 'atlassian');
  const admin = site.admin();
  const restricted = required(users.find((u) => u.hiddenProjectIds.length > 0), 'a restricted user');
  const member = required(users.find((u) => !u.siteAdmin && u.hiddenProjectIds.length === 0), 'a member');
  const plat = required(state.projectByKey('PLAT'), 'PLAT');
  const ops = required(state.projectByKey('OPS'), 'OPS');
  const issue = required(state.issuesInProject(plat.id).find((i) => i.comments.length > 0 && i.worklogs.length > 0 && i.changelog.length > 1), 'a busy PLAT issue');
  const hidden = required(state.issuesInProject(ops.id)[0], 'an OPS issue');
  const scrum = required([...state.boards.values()].find((b) => b.projectId === plat.id), 'the PLAT board');
  const kanban = required([...state.boards.values()].find((b) => b.type === 'kanban'), 'a kanban board');
  const sprint = required(state.sprintsOfBoard(scrum.id).find((s) => s.state === 'active'), 'an active sprint');
  const app: Caller = { as: 'app' };
  const asAdmin: Caller = { as: 'user', accountId: admin.accountId };
  const asMember: Caller = { as: 'user', accountId: member.accountId };
  const asRestricted: Caller = { as: 'user', accountId: restricted.accountId };
  const comment = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Status update from SIAS' }] }] };
  const missing = 'NOPE-999999';

  return [
    { label: 'the app', caller: app, method: 'GET', template: `${API}/myself`, path: `${API}/myself`, status: 200 },
    { label: 'a user, with groups', caller: asMember, method: 'GET', template: `${API}/myself`, path: `${API}/myself?expand=groups`, status: 200 },
    { label: 'as the app', caller: app, method: 'GET', template: `${API}/serverInfo`, path: `${API}/serverInfo`, status: 200 },
    { label: 'in a project', caller: asMember, method: 'GET', template: `${API}/mypermissions`, path: `${API}/mypermissions?projectKey=PLAT&permissions=BROWSE_PROJECTS,EDIT_ISSUES`, status: 200 },
    { label: 'without permissions', caller: asMember, method: 'GET', template: `${API}/mypermissions`, path: `${API}/mypermissions`, status: 400 },
    { label: 'in a hidden project', caller: asRestricted, method: 'GET', template: `${API}/mypermissions`, path: `${API}/mypermissions?projectKey=OPS&permissions=BROWSE_PROJECTS`, status: 404 },
    { label: 'projects and global', caller: app, method: 'POST', template: `${API}/permissions/check`, path: `${API}/permissions/check`, body: { globalPermissions: ['ADMINISTER'], projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [Number(plat.id), Number(ops.id)] }], accountId: restricted.accountId }, status: 200 },
    { label: 'a malformed body', caller: app, method: 'POST', template: `${API}/permissions/check`, path: `${API}/permissions/check`, body: { projectPermissions: 'BROWSE_PROJECTS' }, status: 400, outsideSpec: true },
    { label: 'another account, asked by a member', caller: asMember, method: 'POST', template: `${API}/permissions/check`, path: `${API}/permissions/check`, body: { globalPermissions: ['ADMINISTER'], accountId: admin.accountId }, status: 403 },
    { label: 'every field', caller: app, method: 'GET', template: `${API}/field`, path: `${API}/field`, status: 200 },
    { label: 'custom fields by name', caller: asAdmin, method: 'GET', template: `${API}/field/search`, path: `${API}/field/search?type=custom&query=story`, status: 200 },
    { label: 'an unknown type', caller: asAdmin, method: 'GET', template: `${API}/field/search`, path: `${API}/field/search?type=weird`, status: 400, outsideSpec: true },
    { label: 'a member', caller: asMember, method: 'GET', template: `${API}/field/search`, path: `${API}/field/search`, status: 403 },
    { label: 'expanded', caller: app, method: 'GET', template: `${API}/project/search`, path: `${API}/project/search?expand=lead,issueTypes,description`, status: 200 },
    { label: 'a non-integer page', caller: app, method: 'GET', template: `${API}/project/search`, path: `${API}/project/search?startAt=first`, status: 400, outsideSpec: true },
    { label: 'all statuses', caller: app, method: 'GET', template: `${API}/status`, path: `${API}/status`, status: 200 },
    { label: 'all priorities', caller: app, method: 'GET', template: `${API}/priority/search`, path: `${API}/priority/search`, status: 200 },
    { label: 'all issue types', caller: asRestricted, method: 'GET', template: `${API}/issuetype`, path: `${API}/issuetype`, status: 200 },

    { label: 'ids only', caller: app, method: 'GET', template: `${API}/search/jql`, path: `${API}/search/jql?jql=${q('project = PLAT ORDER BY updated DESC')}&maxResults=20`, status: 200 },
    { label: 'fields, expansions and reconciled ids', caller: app, method: 'GET', template: `${API}/search/jql`, path: `${API}/search/jql?jql=${q(`project in (PLAT, MOB) AND updated >= -30d`)}&fields=*all&expand=names,schema,changelog&reconcileIssues=${issue.id}`, status: 200 },
    { label: 'an unbounded query', caller: app, method: 'GET', template: `${API}/search/jql`, path: `${API}/search/jql?jql=${q('order by key desc')}`, status: 400 },
    { label: 'bad JQL', caller: app, method: 'GET', template: `${API}/search/jql`, path: `${API}/search/jql?jql=${q('project = ')}`, status: 400 },
    { label: 'by body', caller: asMember, method: 'POST', template: `${API}/search/jql`, path: `${API}/search/jql`, body: { jql: `sprint = ${sprint.id}`, fields: ['summary', 'status', 'customfield_10020', 'customfield_10026'], maxResults: 100 }, status: 200 },
    { label: 'an unknown property', caller: app, method: 'POST', template: `${API}/search/jql`, path: `${API}/search/jql`, body: { jql: 'project = PLAT', startAt: 50 }, status: 400, outsideSpec: true },
    { label: 'a bounded query', caller: app, method: 'POST', template: `${API}/search/approximate-count`, path: `${API}/search/approximate-count`, body: { jql: 'project = PLAT AND created >= -180d' }, status: 200 },
    { label: 'an unbounded query', caller: app, method: 'POST', template: `${API}/search/approximate-count`, path: `${API}/search/approximate-count`, body: { jql: '' }, status: 400 },
    { label: 'navigable fields', caller: app, method: 'POST', template: `${API}/issue/bulkfetch`, path: `${API}/issue/bulkfetch`, body: { issueIdsOrKeys: [issue.key, hidden.id, missing] }, status: 200 },
    { label: 'without ids', caller: app, method: 'POST', template: `${API}/issue/bulkfetch`, path: `${API}/issue/bulkfetch`, body: { fields: ['summary'] }, status: 400, outsideSpec: true },
    { label: 'too many for a heavy request', caller: app, method: 'POST', template: `${API}/issue/bulkfetch`, path: `${API}/issue/bulkfetch`, body: { issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => String(10000 + i)), fields: ['*all'] }, status: 400 },
    { label: 'the sprint\'s issues', caller: app, method: 'GET', template: '/rest/software/1.0/sprint/{sprintId}/issue', path: `/rest/software/1.0/sprint/${sprint.id}/issue?maxResults=10`, status: 200 },
    { label: 'a bad page token', caller: app, method: 'GET', template: '/rest/software/1.0/sprint/{sprintId}/issue', path: `/rest/software/1.0/sprint/${sprint.id}/issue?nextPageToken=garbage`, status: 400 },
    { label: 'an unknown sprint', caller: app, method: 'GET', template: '/rest/software/1.0/sprint/{sprintId}/issue', path: '/rest/software/1.0/sprint/999999/issue', status: 404 },

    { label: 'every field', caller: app, method: 'GET', template: `${API}/issue/{issueIdOrKey}`, path: `${API}/issue/${issue.key}?expand=names,schema,changelog`, status: 200 },
    { label: 'a hidden issue', caller: asRestricted, method: 'GET', template: `${API}/issue/{issueIdOrKey}`, path: `${API}/issue/${hidden.key}`, status: 404 },
    { label: 'story points and labels', caller: app, method: 'PUT', template: `${API}/issue/{issueIdOrKey}`, path: `${API}/issue/${issue.key}`, body: { fields: { customfield_10026: 5 }, update: { labels: [{ add: 'sias' }] } }, status: 204 },
    { label: 'a status', caller: app, method: 'PUT', template: `${API}/issue/{issueIdOrKey}`, path: `${API}/issue/${issue.key}`, body: { fields: { status: { id: '3' } } }, status: 400 },
    { label: 'a hidden issue', caller: asRestricted, method: 'PUT', template: `${API}/issue/{issueIdOrKey}`, path: `${API}/issue/${hidden.key}`, body: { fields: { summary: 'x' } }, status: 404 },
    { label: 'oldest first', caller: app, method: 'GET', template: `${API}/issue/{issueIdOrKey}/changelog`, path: `${API}/issue/${issue.key}/changelog?maxResults=2`, status: 200 },
    { label: 'an unknown issue', caller: app, method: 'GET', template: `${API}/issue/{issueIdOrKey}/changelog`, path: `${API}/issue/${missing}/changelog`, status: 404 },
    { label: 'two issues, two fields', caller: app, method: 'POST', template: `${API}/changelog/bulkfetch`, path: `${API}/changelog/bulkfetch`, body: { issueIdsOrKeys: [issue.id, hidden.key], fieldIds: ['status', 'customfield_10020'], maxResults: 50 }, status: 200 },
    { label: 'too many fields', caller: app, method: 'POST', template: `${API}/changelog/bulkfetch`, path: `${API}/changelog/bulkfetch`, body: { issueIdsOrKeys: [issue.id], fieldIds: Array.from({ length: 11 }, (_, i) => `f${i}`) }, status: 400, outsideSpec: true },
    { label: 'newest first', caller: app, method: 'GET', template: `${API}/issue/{issueIdOrKey}/comment`, path: `${API}/issue/${issue.key}/comment?orderBy=-created`, status: 200 },
    { label: 'an unknown issue', caller: app, method: 'GET', template: `${API}/issue/{issueIdOrKey}/comment`, path: `${API}/issue/${missing}/comment`, status: 404 },
    { label: 'an ADF body', caller: app, method: 'POST', template: `${API}/issue/{issueIdOrKey}/comment`, path: `${API}/issue/${issue.key}/comment`, body: { body: comment }, status: 201 },
    { label: 'a plain-text body', caller: app, method: 'POST', template: `${API}/issue/{issueIdOrKey}/comment`, path: `${API}/issue/${issue.key}/comment`, body: { body: 'plain text' }, status: 400 },
    { label: 'an unknown issue', caller: app, method: 'POST', template: `${API}/issue/{issueIdOrKey}/comment`, path: `${API}/issue/${missing}/comment`, body: { body: comment }, status: 404 },
    { label: 'all worklogs', caller: app, method: 'GET', template: `${API}/issue/{issueIdOrKey}/worklog`, path: `${API}/issue/${issue.key}/worklog`, status: 200 },
    { label: 'an unknown issue', caller: app, method: 'GET', template: `${API}/issue/{issueIdOrKey}/worklog`, path: `${API}/issue/${missing}/worklog`, status: 404 },

    { label: 'scrum boards', caller: app, method: 'GET', template: `${AGILE}/board`, path: `${AGILE}/board?type=scrum`, status: 200 },
    { label: 'a negative page size', caller: app, method: 'GET', template: `${AGILE}/board`, path: `${AGILE}/board?maxResults=-1`, status: 400 },
    { label: 'active and future', caller: app, method: 'GET', template: `${AGILE}/board/{boardId}/sprint`, path: `${AGILE}/board/${scrum.id}/sprint?state=active,future`, status: 200 },
    { label: 'a kanban board', caller: app, method: 'GET', template: `${AGILE}/board/{boardId}/sprint`, path: `${AGILE}/board/${kanban.id}/sprint`, status: 400 },
    { label: 'a hidden board', caller: asRestricted, method: 'GET', template: `${AGILE}/board/{boardId}/sprint`, path: `${AGILE}/board/${kanban.id}/sprint`, status: 404 },
    { label: 'the estimation field', caller: app, method: 'GET', template: `${AGILE}/board/{boardId}/configuration`, path: `${AGILE}/board/${scrum.id}/configuration`, status: 200 },
    { label: 'an unknown board', caller: app, method: 'GET', template: `${AGILE}/board/{boardId}/configuration`, path: `${AGILE}/board/999999/configuration`, status: 404 },
    { label: 'an active sprint', caller: app, method: 'GET', template: `${AGILE}/sprint/{sprintId}`, path: `${AGILE}/sprint/${sprint.id}`, status: 200 },
    { label: 'an unknown sprint', caller: app, method: 'GET', template: `${AGILE}/sprint/{sprintId}`, path: `${AGILE}/sprint/999999`, status: 404 },
  ];
}

function q(jql: string): string {
  return encodeURIComponent(jql);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The seeded site lacks ${what}`);
  return value;
}
