import { compileJql, JqlError, parseJql, runJql, UNBOUNDED_JQL_MESSAGE, type JqlContext } from '../../../../emulator/jira/jql';
import type { User } from '../../../../emulator/jira/model/entities';
import type { Issue } from '../../../../emulator/jira/model/issue';
import type { JiraSiteState } from '../../../../emulator/jira/model/site-state';
import { generateSite } from '../../../../emulator/jira/seed/generate-site';
import { RESTRICTED_PROJECT_KEY } from '../../../../emulator/jira/seed/projects';

const now = Date.UTC(2026, 10, 2, 9);
const MINUTE = 60_000;
const DAY = 86_400_000;

// Built once at load: the case tables below name its projects and issues.
const state: JiraSiteState = generateSite({ issues: 2000, seed: 7, now });
const users = [...state.users.values()];
const admin = users.find((u) => u.siteAdmin) as User;
const restricted = users.find((u) => u.hiddenProjectIds.length > 0) as User;
// Someone with assigned work, so `currentUser()` has something to find.
const member = users.find((u) => !u.siteAdmin && [...state.allIssues()].some((i) => i.assigneeId === u.accountId)) as User;
/** The issue of the project with the most children. */
const parentIn = (key: string) =>
  [...state.allIssues()].filter((i) => i.key.startsWith(`${key}-`)).sort((a, b) => state.childrenOf(b.id).length - state.childrenOf(a.id).length)[0] as Issue;
const platParent = parentIn('PLAT');
const mobParent = parentIn('MOB');

function contextFor(user: User | undefined): JqlContext {
  return { state, now, currentAccountId: user?.accountId, canBrowse: (projectId) => user === undefined || state.canBrowse(user.accountId, projectId) };
}

const issues = () => [...state.allIssues()];
const project = (key: string) => state.projectByKey(key)!;
const minute = (t: number) => Math.floor(t / MINUTE);
const statusName = (i: Issue) => state.statuses.get(i.statusId)!.name;
const category = (i: Issue) => state.statuses.get(i.statusId)!.category;
const typeName = (i: Issue) => state.issueTypes.get(i.issueTypeId)!.name;
const ids = (list: Iterable<Issue>) => [...list].map((i) => i.id).sort();
function errorsOf(jql: string, user: User | undefined = admin): string[] {
  try {
    runJql(jql, contextFor(user));
  } catch (error) {
    if (error instanceof JqlError) return error.messages;
    throw error;
  }
  throw new Error(`ran: ${jql}`);
}

describe('runJql against a generated site, checked by brute force', () => {
  // Each query, with the same question asked of every issue directly.
  const cases: Array<[string, () => (i: Issue) => boolean]> = [
    ['project = PLAT', () => (i) => i.projectId === project('PLAT').id],
    ['project = plat', () => (i) => i.projectId === project('PLAT').id],
    ['project = "Mobile"', () => (i) => i.projectId === project('MOB').id],
    [`project = ${project('OPS').id}`, () => (i) => i.projectId === project('OPS').id],
    ['project in (PLAT, "Atlas")', () => (i) => [project('PLAT').id, project('ATLAS').id].includes(i.projectId)],
    ['project != PLAT', () => (i) => i.projectId !== project('PLAT').id],
    ['project not in (PLAT, MOB)', () => (i) => ![project('PLAT').id, project('MOB').id].includes(i.projectId)],
    ['key = PLAT-5', () => (i) => i.key === 'PLAT-5'],
    ['issuekey in (plat-1, MOB-2, ATLAS-3)', () => (i) => ['PLAT-1', 'MOB-2', 'ATLAS-3'].includes(i.key)],
    [`id = ${state.issueByKey('MOB-7')!.id}`, () => (i) => i.key === 'MOB-7'],
    ['key != PLAT-1', () => (i) => i.key !== 'PLAT-1'],
    ['key not in (PLAT-1, PLAT-2)', () => (i) => i.key !== 'PLAT-1' && i.key !== 'PLAT-2'],
    ['key > PLAT-690', () => (i) => i.key.startsWith('PLAT-') && Number(i.key.slice(5)) > 690],
    ['key <= MOB-3', () => (i) => i.key.startsWith('MOB-') && Number(i.key.slice(4)) <= 3],
    ['updated >= -1d', () => (i) => minute(i.updated) >= minute(now - DAY)],
    ['updated > -15m', () => (i) => minute(i.updated) > minute(now - 15 * MINUTE)],
    ['updated < -30d', () => (i) => minute(i.updated) < minute(now - 30 * DAY)],
    ['updated >= "-2w"', () => (i) => minute(i.updated) >= minute(now - 14 * DAY)],
    ['created >= -4h', () => (i) => minute(i.created) >= minute(now - 4 * 3_600_000)],
    ['created >= "-1d 2h"', () => (i) => minute(i.created) >= minute(now - 26 * 3_600_000)],
    ['created > "2026-10-01"', () => (i) => minute(i.created) > minute(Date.UTC(2026, 9, 1))],
    ['created <= "2026/10/01 12:30"', () => (i) => minute(i.created) <= minute(Date.UTC(2026, 9, 1, 12, 30))],
    ['updated >= startOfDay()', () => (i) => i.updated >= Date.UTC(2026, 10, 2)],
    ['updated >= startOfDay(-1) AND updated <= endOfDay(-1)', () => (i) => i.updated >= Date.UTC(2026, 10, 1) && i.updated < Date.UTC(2026, 10, 2)],
    ['updated < now()', () => (i) => minute(i.updated) < minute(now)],
    [`updated > ${now - 3 * DAY}`, () => (i) => minute(i.updated) > minute(now - 3 * DAY)],
    ['created != "2026-10-01"', () => (i) => minute(i.created) !== minute(Date.UTC(2026, 9, 1))],
    ['status = "In Progress"', () => (i) => statusName(i) === 'In Progress'],
    ['status in ("To Do", done)', () => (i) => ['To Do', 'Done'].includes(statusName(i))],
    ['status != Done', () => (i) => statusName(i) !== 'Done'],
    ['status = 10001', () => (i) => i.statusId === '10001'],
    ['statusCategory = Done', () => (i) => category(i) === 'done'],
    ['statusCategory in (new, "In Progress")', () => (i) => category(i) !== 'done'],
    ['statusCategory = 4', () => (i) => category(i) === 'indeterminate'],
    ['statusCategory != "To Do"', () => (i) => category(i) !== 'new'],
    ['issuetype = Bug', () => (i) => typeName(i) === 'Bug'],
    ['type in (Story, Task)', () => (i) => ['Story', 'Task'].includes(typeName(i))],
    ['issuetype != Epic', () => (i) => typeName(i) !== 'Epic'],
    ['priority in (Highest, High)', () => (i) => ['1', '2'].includes(i.priorityId)],
    ['assignee = currentUser()', () => (i) => i.assigneeId === member.accountId],
    [`assignee = "${admin.accountId}"`, () => (i) => i.assigneeId === admin.accountId],
    ['assignee is EMPTY', () => (i) => i.assigneeId === null],
    ['assignee is not EMPTY', () => (i) => i.assigneeId !== null],
    [`assignee != "${admin.accountId}"`, () => (i) => i.assigneeId !== null && i.assigneeId !== admin.accountId],
    [`assignee in ("${admin.accountId}", EMPTY)`, () => (i) => i.assigneeId === null || i.assigneeId === admin.accountId],
    ['sprint = 3', () => (i) => i.sprintIds.includes(3)],
    ['cf[10020] = 3', () => (i) => i.sprintIds.includes(3)],
    ['sprint = "PLAT Sprint 3"', () => (i) => i.sprintIds.includes(3)],
    ['sprint in (1, 2)', () => (i) => i.sprintIds.includes(1) || i.sprintIds.includes(2)],
    ['sprint != 3', () => (i) => i.sprintIds.length > 0 && !i.sprintIds.includes(3)],
    ['sprint in openSprints()', () => (i) => i.sprintIds.some((s) => state.sprints.get(s)!.state !== 'closed')],
    ['sprint in closedSprints()', () => (i) => i.sprintIds.some((s) => state.sprints.get(s)!.state === 'closed')],
    ['sprint in futureSprints()', () => (i) => i.sprintIds.some((s) => state.sprints.get(s)!.state === 'future')],
    ['sprint not in openSprints()', () => (i) => i.sprintIds.length > 0 && i.sprintIds.every((s) => state.sprints.get(s)!.state === 'closed')],
    ['sprint is EMPTY', () => (i) => i.sprintIds.length === 0],
    ['sprint in (3, EMPTY)', () => (i) => i.sprintIds.length === 0 || i.sprintIds.includes(3)],
    ['sprint is not EMPTY', () => (i) => i.sprintIds.length > 0],
    ['labels = backend', () => (i) => i.labels.includes('backend')],
    ['labels in (UX, security)', () => (i) => i.labels.includes('ux') || i.labels.includes('security')],
    ['labels != backend', () => (i) => i.labels.length > 0 && !i.labels.includes('backend')],
    ['labels is EMPTY', () => (i) => i.labels.length === 0],
    [`parent = ${platParent.key}`, () => (i) => i.parentId === platParent.id],
    [`parent in (${platParent.key}, ${mobParent.id})`, () => (i) => i.parentId === platParent.id || i.parentId === mobParent.id],
    ['(project = PLAT OR project = MOB) AND statusCategory != Done', () => (i) => [project('PLAT').id, project('MOB').id].includes(i.projectId) && category(i) !== 'done'],
    ['project = PLAT AND updated >= -1d', () => (i) => i.projectId === project('PLAT').id && minute(i.updated) >= minute(now - DAY)],
    ['project = ATLAS OR labels = ux', () => (i) => i.projectId === project('ATLAS').id || i.labels.includes('ux')],
    ['NOT project = PLAT', () => (i) => i.projectId !== project('PLAT').id],
    // NOT is pushed down to the clause, so it keeps `!=`'s rule of never matching an empty field.
    [`NOT assignee = "${admin.accountId}"`, () => (i) => i.assigneeId !== null && i.assigneeId !== admin.accountId],
    ['NOT assignee is EMPTY', () => (i) => i.assigneeId !== null],
    ['NOT (project = PLAT OR labels = ux)', () => (i) => i.projectId !== project('PLAT').id && i.labels.length > 0 && !i.labels.includes('ux')],
    ['!(updated >= -1d) && type = Bug', () => (i) => minute(i.updated) < minute(now - DAY) && typeName(i) === 'Bug'],
    ['NOT key > PLAT-690', () => (i) => i.key.startsWith('PLAT-') && Number(i.key.slice(5)) <= 690],
  ];

  it.each(cases)('%s', (jql, predicate) => {
    const expected = issues().filter(predicate());
    const found = runJql(jql, contextFor(member));
    expect(ids(found)).toEqual(ids(expected));
    // The candidates hold every match: a full scan with `matches` finds no more.
    const compiled = compileJql(parseJql(jql), contextFor(member));
    expect(ids(issues().filter((i) => compiled.matches(i)))).toEqual(ids(expected));
  });

  it('exercises the interesting cases: matches exist and do not cover the site', () => {
    for (const jql of ['updated >= -1d', 'sprint = 3', 'sprint in futureSprints()', `parent = ${platParent.key}`, 'key > PLAT-690', 'labels != backend']) {
      const count = runJql(jql, contextFor(admin)).length;
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(state.issueCount);
    }
  });

  it('finds an issue in a sprint it has left, as Jira keeps closed sprints in the field', () => {
    const moved = runJql('sprint = 3', contextFor(admin)).filter((i) => i.sprintIds[i.sprintIds.length - 1] !== 3);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('returns an issue named twice in a key list once', () => {
    const first = state.issueByKey('PLAT-1')!;
    expect(runJql(`key in (PLAT-1, plat-1, ${first.id}) OR key = PLAT-1`, contextFor(admin))).toEqual([first]);
  });

  it('matches nobody for currentUser() in an anonymous search', () => {
    expect(runJql('assignee = currentUser()', contextFor(undefined))).toEqual([]);
  });
});

describe('dates compare by the minute', () => {
  it('finds an issue by the minute it was updated, whatever its seconds', () => {
    const issue = runJql('project = MOB ORDER BY updated DESC', contextFor(admin)).find((i) => i.updated % MINUTE !== 0)!;
    const d = new Date(issue.updated);
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    expect(runJql(`key = ${issue.key} AND updated >= "${at}"`, contextFor(admin))).toEqual([issue]);
    expect(runJql(`key = ${issue.key} AND updated <= "${at}"`, contextFor(admin))).toEqual([issue]);
    expect(runJql(`key = ${issue.key} AND updated = "${at}"`, contextFor(admin))).toEqual([issue]);
    expect(runJql(`key = ${issue.key} AND updated > "${at}"`, contextFor(admin))).toEqual([]);
    expect(runJql(`key = ${issue.key} AND updated < "${at}"`, contextFor(admin))).toEqual([]);
  });
});

describe('visibility', () => {
  const hidden = () => project(RESTRICTED_PROJECT_KEY);

  it('never returns issues of a project the searcher cannot browse', () => {
    const found = runJql('statusCategory != Done OR statusCategory = Done', contextFor(restricted));
    expect(found.length).toBe(issues().filter((i) => i.projectId !== hidden().id).length);
    expect(runJql('ORDER BY key', contextFor(restricted)).some((i) => i.projectId === hidden().id)).toBe(false);
    expect(runJql('ORDER BY key', contextFor(admin)).some((i) => i.projectId === hidden().id)).toBe(true);
  });

  it('leaves hidden issues out of candidates and matches', () => {
    const compiled = compileJql(parseJql('updated >= -30d'), contextFor(restricted));
    expect([...compiled.candidates()].some((i) => i.projectId === hidden().id)).toBe(false);
    const opsIssue = issues().find((i) => i.projectId === hidden().id && minute(i.updated) >= minute(now - 30 * DAY))!;
    expect(compiled.matches(opsIssue)).toBe(false);
  });

  it('answers as if the hidden project, and its issues, did not exist', () => {
    const ops = hidden();
    expect(errorsOf(`project = ${ops.key}`, restricted)).toEqual([`The value '${ops.key}' does not exist for the field 'project'.`]);
    expect(errorsOf(`project = "${ops.name}"`, restricted)).toEqual([`The value '${ops.name}' does not exist for the field 'project'.`]);
    expect(errorsOf(`project = ${ops.id}`, restricted)).toEqual([`A value with ID '${ops.id}' does not exist for the field 'project'.`]);
    expect(errorsOf(`key = ${ops.key}-1`, restricted)).toEqual([`An issue with key '${ops.key}-1' does not exist for field 'key'.`]);
    expect(errorsOf(`parent = ${ops.key}-1`, restricted)).toEqual([`An issue with key '${ops.key}-1' does not exist for field 'parent'.`]);
    expect(runJql(`project = ${ops.key}`, contextFor(admin)).length).toBeGreaterThan(0);
  });
});

describe('boundedness', () => {
  it.each([
    ['', false],
    ['ORDER BY key DESC', false],
    ['project = PLAT', true],
    ['NOT project = PLAT ORDER BY key', true],
    ['updated >= -1d', true],
  ])('%j bounded: %j', (jql, bounded) => {
    expect(compileJql(parseJql(jql), contextFor(admin)).bounded).toBe(bounded);
  });

  it('offers the sentence the enhanced search refuses an unbounded query with', () => {
    expect(UNBOUNDED_JQL_MESSAGE).toBe('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  });
});

describe('candidates come from the indexes', () => {
  const visited = (jql: string) => [...compileJql(parseJql(jql), contextFor(admin)).candidates()].length;

  it('visits a small part of the site for a project updated in the last day', () => {
    const count = visited('project = PLAT AND updated >= -1d');
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(state.issueCount / 10);
    expect(count).toBeLessThan(state.issuesInProject(project('PLAT').id).length / 5);
  });

  it.each([
    ['key in (PLAT-1, MOB-2)', () => 2],
    ['sprint = 3', () => state.issuesInSprint(3).length],
    [`parent = ${platParent.key}`, () => state.childrenOf(platParent.id).length],
    ['project = MOB', () => state.issuesInProject(project('MOB').id).length],
    ['created >= -2d', () => state.issuesUpdatedBetween(now - 2 * DAY - MINUTE).length],
    ['project = MOB AND key = PLAT-1', () => 1],
    ['updated >= -1d OR sprint = 3', () => new Set([...state.issuesUpdatedBetween(now - DAY), ...state.issuesInSprint(3)]).size],
  ])('%s visits only its index entries', (jql, expected) => {
    expect(visited(jql)).toBeLessThanOrEqual(expected());
    expect(visited(jql)).toBeLessThan(state.issueCount / 2);
  });

  it.each(['project = PLAT OR labels = ux', 'NOT project = PLAT', 'statusCategory = Done', 'ORDER BY key'])('%s scans the site', (jql) => {
    expect(visited(jql)).toBe(state.issueCount);
  });
});

describe('ORDER BY', () => {
  const keyOrder = (a: Issue, b: Issue) => {
    const [pa, na] = [a.key.split('-')[0]!, Number(a.key.split('-')[1])];
    const [pb, nb] = [b.key.split('-')[0]!, Number(b.key.split('-')[1])];
    return pa === pb ? na - nb : pa < pb ? -1 : 1;
  };
  const run = (jql: string) => runJql(jql, contextFor(admin));
  const isSorted = <T>(list: T[], compare: (a: T, b: T) => number) => list.every((item, k) => k === 0 || compare(list[k - 1]!, item) <= 0);

  it('sorts by key descending when the query names no order, as Jira does', () => {
    const found = run('project in (PLAT, MOB) AND statusCategory = Done');
    expect(found[0]!.key.startsWith('PLAT-')).toBe(true);
    expect(isSorted(found, (a, b) => keyOrder(b, a))).toBe(true);
  });

  it('sorts keys by project, then by number', () => {
    const found = run('key in (PLAT-10, PLAT-9, MOB-100, ATLAS-2) ORDER BY key');
    expect(found.map((i) => i.key)).toEqual(['ATLAS-2', 'MOB-100', 'PLAT-9', 'PLAT-10']);
  });

  it('uses each field’s own direction when none is given: dates newest first, priority highest first', () => {
    expect(isSorted(run('project = MOB ORDER BY created'), (a, b) => b.created - a.created)).toBe(true);
    expect(isSorted(run('project = MOB ORDER BY updated'), (a, b) => b.updated - a.updated)).toBe(true);
    expect(isSorted(run('project = MOB ORDER BY priority'), (a, b) => Number(a.priorityId) - Number(b.priorityId))).toBe(true);
    expect(isSorted(run('project = MOB ORDER BY key'), keyOrder)).toBe(true);
  });

  it('honours ASC and DESC and breaks ties with the next field', () => {
    const found = run('project = ATLAS ORDER BY priority ASC, updated DESC');
    expect(isSorted(found, (a, b) => Number(b.priorityId) - Number(a.priorityId) || b.updated - a.updated)).toBe(true);
    const byStatus = run('project = PLAT ORDER BY status, id DESC');
    const order = [...state.statuses.keys()];
    expect(isSorted(byStatus, (a, b) => order.indexOf(a.statusId) - order.indexOf(b.statusId) || Number(b.id) - Number(a.id))).toBe(true);
  });

  it('orders by rank and id as creation order, and by project name', () => {
    expect(isSorted(run('project = OPS ORDER BY rank'), (a, b) => Number(a.id) - Number(b.id))).toBe(true);
    const byProject = run('updated >= -3d ORDER BY project, issuetype DESC, key');
    const names = byProject.map((i) => state.projects.get(i.projectId)!.name);
    expect(isSorted(names, (a, b) => (a < b ? -1 : a > b ? 1 : 0))).toBe(true);
    expect(new Set(names).size).toBeGreaterThan(1);
  });
});

describe('compileJql: values and fields Jira would refuse', () => {
  const cases: Array<[string, string[]]> = [
    ['project = NOPE', ["The value 'NOPE' does not exist for the field 'project'."]],
    ['Project = 99999', ["A value with ID '99999' does not exist for the field 'Project'."]],
    ['project in (PLAT, NOPE, ZED)', ["The value 'NOPE' does not exist for the field 'project'.", "The value 'ZED' does not exist for the field 'project'."]],
    ['key = NOPE-1', ["An issue with key 'NOPE-1' does not exist for field 'key'."]],
    ['issuekey in (PLAT-1, PLAT-99999)', ["An issue with key 'PLAT-99999' does not exist for field 'issuekey'."]],
    ['id = 99999', ["An issue with key '99999' does not exist for field 'id'."]],
    ['key = foo', ["The issue key 'foo' for field 'key' is invalid."]],
    ['key > NOPE-1', ["An issue with key 'NOPE-1' does not exist for field 'key'."]],
    ['parent = NOPE-1', ["An issue with key 'NOPE-1' does not exist for field 'parent'."]],
    ['status = Shipped', ["The value 'Shipped' does not exist for the field 'status'."]],
    ['statusCategory = Finished', ["The value 'Finished' does not exist for the field 'statusCategory'."]],
    ['type = Saga', ["The value 'Saga' does not exist for the field 'type'."]],
    ['priority = 42', ["A value with ID '42' does not exist for the field 'priority'."]],
    ['assignee = "nobody-at-all"', ["The value 'nobody-at-all' does not exist for the field 'assignee'."]],
    ['sprint = 9999', ["A value with ID '9999' does not exist for the field 'sprint'."]],
    ['Sprint = "No such sprint"', ["The value 'No such sprint' does not exist for the field 'Sprint'."]],
    [
      'updated >= yesterday',
      [
        "Date value 'yesterday' for field 'updated' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
      ],
    ],
    [
      'created = "2026-02-30"',
      [
        "Date value '2026-02-30' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
      ],
    ],
    ['updated > startOfDay(x)', ["Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier."]],
    ['updated > currentUser()', ["A date for the field 'updated' provided by the function 'currentUser' is not valid."]],
    ['status = currentUser()', ["A value provided by the function 'currentUser' is invalid for the field 'status'."]],
    ['project in openSprints()', ["A value provided by the function 'openSprints' is invalid for the field 'project'."]],
    ['assignee = noSuchFunction()', ["Unable to find JQL function 'noSuchFunction()'."]],
    ['updated > now(1)', ["Function 'now' expected '0' arguments but received '1'."]],
    ['updated > startOfDay(1, 2)', ["Function 'startOfDay' expected between '0' and '1' arguments but received '2'."]],
    ['project in PLAT', ["Operator 'in' does not support the non-list value '\"PLAT\"' for field 'project'."]],
    ['project = (PLAT, 10001)', ["Operator '=' does not support the list value '(\"PLAT\", 10001)' for field 'project'."]],
    ['assignee = (x, EMPTY, currentUser())', ["Operator '=' does not support the list value '(\"x\", EMPTY, currentUser())' for field 'assignee'."]],
    ['sprint = openSprints()', ["Operator '=' does not support the list value 'openSprints()' for field 'sprint'."]],
    ['sprint is 5', ["Operator 'is' does not support searching for non-empty values for field 'sprint'."]],
    ['updated > EMPTY', ["Operator '>' does not support the empty value representation 'EMPTY' for field 'updated'."]],
    ['sprint in EMPTY', ["Operator 'in' does not support the empty value representation 'EMPTY' for field 'sprint'."]],
    ['key in (PLAT-1, EMPTY)', ["The field 'key' does not support searching for EMPTY values."]],
    ['project is EMPTY', ["The operator 'is' is not supported by the 'project' field."]],
    ['project ~ PLAT', ["The operator '~' is not supported by the 'project' field."]],
    ['status > Done', ["The operator '>' is not supported by the 'status' field."]],
    ['summary ~ x', ["Field 'summary' does not exist or you do not have permission to view it."]],
    ['cf[10016] > 3', ["Field 'cf[10016]' does not exist or you do not have permission to view it."]],
    ['foo = 1 AND (bar = 2 OR project = NOPE)', ["Field 'foo' does not exist or you do not have permission to view it.", "Field 'bar' does not exist or you do not have permission to view it.", "The value 'NOPE' does not exist for the field 'project'."]],
    ['project = PLAT ORDER BY summary', ["Not able to sort using field 'summary'."]],
    ['project = PLAT ORDER BY sprint', ["Not able to sort using field 'sprint'."]],
    ['project = PLAT ORDER BY key, issuekey DESC', ["The sort field 'issuekey' is referenced multiple times in the JQL sort."]],
    ['project = PLAT ORDER BY key, id, created, updated, status, priority, rank, project', ["The 'orderBy' clause can contain a maximum of 7 fields."]],
    ['project = NOPE ORDER BY bogus', ["The value 'NOPE' does not exist for the field 'project'.", "Not able to sort using field 'bogus'."]],
  ];

  it.each(cases)('%s', (jql, expected) => {
    expect(errorsOf(jql)).toEqual(expected);
  });

  it('accepts seven sort fields', () => {
    expect(() => runJql('project = PLAT ORDER BY key, id, created, updated, status, priority, project', contextFor(admin))).not.toThrow();
  });
});
