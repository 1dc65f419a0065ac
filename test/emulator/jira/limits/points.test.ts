import { pointsFor } from '../../../../emulator/jira/limits/points';
import type { HttpMethod } from '../../../../emulator/jira/limits/request';

describe('pointsFor', () => {
  it.each<[string, HttpMethod, string, number, number, number]>([
    ['GET one issue', 'GET', '/rest/api/3/issue/{issueIdOrKey}', 1, 0, 2],
    ['a group-member page of 8 users', 'GET', '/rest/api/3/group/member', 0, 8, 17],
    ['an empty read', 'GET', '/rest/api/3/serverInfo', 0, 0, 1],
    ['a mixed read', 'GET', '/rest/api/3/project/{projectIdOrKey}', 1, 3, 8],
    ['a create, whatever it returns', 'POST', '/rest/api/3/issue', 1, 0, 1],
    ['an edit', 'PUT', '/rest/api/3/issue/{issueIdOrKey}', 5, 5, 1],
    ['a patch', 'PATCH', '/rest/api/3/issue/{issueIdOrKey}', 1, 0, 1],
    ['a delete', 'DELETE', '/rest/api/3/issue/{issueIdOrKey}', 0, 0, 1],
    ['POST /search/jql, charged per issue like a read', 'POST', '/rest/api/3/search/jql', 50, 0, 51],
  ])('%s', (_name, method, route, coreObjects, identityObjects, expected) => {
    expect(pointsFor({ method, route, coreObjects, identityObjects })).toBe(expected);
  });
});
