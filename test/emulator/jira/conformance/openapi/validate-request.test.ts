import { findOperation, validateRequest } from './index';

const SEARCH = '/rest/api/3/search/jql';

describe('validateRequest: query parameters', () => {
  it('accepts a request inside the declared parameters', () => {
    const query = { jql: 'project = EX', maxResults: '50', fields: ['summary', 'status'], fieldsByKeys: 'false', reconcileIssues: ['10001', '10002'] };
    expect(validateRequest('GET', SEARCH, { query })).toEqual([]);
    expect(validateRequest('GET', SEARCH, {})).toEqual([]);
  });

  it('flags text where an integer or a boolean is declared', () => {
    expect(validateRequest('GET', SEARCH, { query: { maxResults: 'fifty', failFast: 'yes', reconcileIssues: ['10001', 'EX-1'] } })).toEqual([
      'query/maxResults: must be integer',
      'query/failFast: must be boolean',
      'query/reconcileIssues/1: must be integer',
    ]);
    expect(validateRequest('GET', SEARCH, { query: { maxResults: '2.5' } })).toEqual(['query/maxResults: must be integer']);
  });

  it('flags values outside a declared maximum, enum or uniqueness', () => {
    expect(validateRequest('GET', '/rest/api/3/project/search', { query: { maxResults: '101', keys: ['EX', 'EX'] } })).toEqual([
      'query/maxResults: must be <= 100',
      'query/keys: must NOT have duplicate items (items ## 1 and 0 are identical)',
    ]);
    expect(validateRequest('GET', '/rest/api/3/field/search', { query: { type: ['custom', 'both'] } })).toEqual([
      'query/type/1: must be one of "custom", "system"',
    ]);
  });

  it('flags a missing required parameter', () => {
    expect(validateRequest('GET', '/rest/api/3/issuetype/project', {})).toEqual(["query: must have required property 'projectId'"]);
    expect(validateRequest('GET', '/rest/api/3/issuetype/project', { query: { projectId: '10000' } })).toEqual([]);
  });

  it('flags parameters the operation does not declare, and a repeated single-valued one', () => {
    expect(validateRequest('GET', SEARCH, { query: { startAt: '0', jql: ['a', 'b'] } })).toEqual([
      `query/startAt: is not a query parameter of GET ${SEARCH}`,
      'query/jql: is repeated, but is not an array parameter',
    ]);
  });

  it('accepts any text for the agile parameters the documents type as objects', () => {
    expect(findOperation('GET', '/rest/agile/1.0/board/{boardId}/sprint')?.parameters.find((p) => p.name === 'state')?.schema).toMatchObject({
      type: 'object',
    });
    expect(validateRequest('GET', '/rest/agile/1.0/board/{boardId}/sprint', { query: { state: 'active,future', maxResults: '50' } })).toEqual([]);
    expect(validateRequest('GET', '/rest/agile/1.0/board', { query: { type: 'scrum' } })).toEqual([]);
    expect(validateRequest('GET', '/rest/software/1.0/sprint/{sprintId}/issue', { query: { fields: ['summary', 'status'] } })).toEqual([]);
  });
});

describe('validateRequest: bodies', () => {
  it.each([
    ['POST', '/rest/api/3/issue/bulkfetch'],
    ['PUT', '/rest/api/3/issue/{issueIdOrKey}'],
    ['POST', '/rest/api/3/issue/{issueIdOrKey}/comment'],
    ['POST', '/rest/api/3/search/approximate-count'],
  ])('%s %s: the documented request example validates', (method, template) => {
    const example = findOperation(method, template)?.requestBodyExample;
    expect(example).toHaveProperty('json');
    expect(validateRequest(method, template, { body: example !== undefined && 'json' in example ? example.json : undefined })).toEqual([]);
  });

  it('flags a body without a required property', () => {
    expect(validateRequest('POST', '/rest/api/3/changelog/bulkfetch', { body: { fieldIds: ['status'] } })).toEqual([
      "body: must have required property 'issueIdsOrKeys'",
    ]);
    expect(validateRequest('POST', '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: ['EX-1'], maxResults: 100 } })).toEqual([]);
  });

  it('flags wrong types and properties the request schema does not have', () => {
    expect(validateRequest('POST', SEARCH, { body: { jql: 5, maxResults: '50', startAt: 0 } })).toEqual([
      "body: must NOT have additional property 'startAt'",
      'body/jql: must be string',
      'body/maxResults: must be integer',
    ]);
  });

  it('flags a missing required body, and a body where none is taken', () => {
    expect(validateRequest('POST', '/rest/api/3/search/approximate-count', {})).toEqual([
      'body: is required by POST /rest/api/3/search/approximate-count',
    ]);
    expect(validateRequest('GET', '/rest/api/3/myself', { body: {} })).toEqual(['body: GET /rest/api/3/myself takes no request body']);
  });

  it('reports an operation the documents do not have', () => {
    expect(validateRequest('POST', '/rest/api/3/issue/{issueIdOrKey}/teleport', {})).toEqual([
      'POST /rest/api/3/issue/{issueIdOrKey}/teleport is not an operation of the Jira OpenAPI documents',
    ]);
  });
});
