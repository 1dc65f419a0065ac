import { findOperation } from './operations';
import { SERVED_OPERATIONS } from './served-operations';

describe('findOperation', () => {
  it('finds every operation the site serves, in the document that defines it', () => {
    const found = SERVED_OPERATIONS.map(([method, template]) => {
      const operation = findOperation(method, template);
      return operation && `${operation.document} ${operation.operationId}`;
    });
    expect(found).toEqual([
      'platform getCurrentUser',
      'platform getServerInfo',
      'platform getMyPermissions',
      'platform getFields',
      'platform getFieldsPaginated',
      'platform searchProjects',
      'platform getStatuses',
      'platform searchPriorities',
      'platform getIssueAllTypes',
      'platform searchAndReconsileIssuesUsingJql',
      'platform searchAndReconsileIssuesUsingJqlPost',
      'platform countIssues',
      'platform bulkFetchIssues',
      'platform getIssue',
      'platform editIssue',
      'platform getChangeLogs',
      'platform getBulkChangelogs',
      'platform getComments',
      'platform addComment',
      'platform getIssueWorklog',
      'software getAllBoards',
      'software getAllSprints',
      'software getConfiguration',
      'software getSprint',
      'software getIssuesForSprintJSIS',
    ]);
  });

  it('tells apart operations the two documents give the same operationId', () => {
    expect(findOperation('GET', '/rest/api/3/issue/{issueIdOrKey}')?.document).toBe('platform');
    expect(findOperation('GET', '/rest/agile/1.0/issue/{issueIdOrKey}')).toMatchObject({ document: 'software', operationId: 'getIssue' });
  });

  it('takes the method in any case but the template only as the documents spell it', () => {
    expect(findOperation('get', '/rest/api/3/myself')?.operationId).toBe('getCurrentUser');
    expect(findOperation('GET', '/rest/api/3/issue/EX-1')).toBeUndefined();
    expect(findOperation('PATCH', '/rest/api/3/myself')).toBeUndefined();
  });

  it('lists declared statuses and the request body', () => {
    expect(findOperation('PUT', '/rest/api/3/issue/{issueIdOrKey}')).toMatchObject({
      declaredStatuses: [200, 204, 400, 401, 403, 404, 409, 422],
      hasDefaultResponse: false,
      requestBody: 'required',
      requestBodySchema: { $ref: '#/components/schemas/IssueUpdateDetails' },
    });
    expect(findOperation('GET', '/rest/api/3/myself')).toMatchObject({ requestBody: 'none', declaredStatuses: [200, 401] });
  });

  it('merges path-level parameters into the operation', () => {
    const operation = findOperation('GET', '/rest/featureflags/0.1/flag/{featureFlagId}');
    expect(operation?.parameters.map((parameter) => `${parameter.in} ${parameter.name}`)).toEqual(['header Authorization', 'path featureFlagId']);
    expect(operation?.hasDefaultResponse).toBe(true);
  });

  it('parses the JSON text of documented examples, and keeps the one that is not JSON as text', () => {
    expect(findOperation('POST', '/rest/api/3/search/approximate-count')?.responses.get('200')?.example).toEqual({ json: { count: 153 } });
    expect(findOperation('POST', '/rest/api/3/search/approximate-count')?.requestBodyExample).toEqual({ json: { jql: 'project = HSP' } });
    expect(findOperation('GET', '/rest/api/3/user/email')?.responses.get('200')?.example).toEqual({ unparseable: 'name@example.com' });
  });
});
