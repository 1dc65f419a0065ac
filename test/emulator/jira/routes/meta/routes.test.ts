import { findOperation } from '../../conformance/openapi';
import { metaSite } from './meta-site';

describe('metaRoutes', () => {
  it('serves the reference-data operations, each under its OpenAPI template', () => {
    const operations = metaSite().routes.map((route) => findOperation(route.method, route.template)?.operationId);
    expect(operations).toEqual([
      'getCurrentUser',
      'getServerInfo',
      'getMyPermissions',
      'getBulkPermissions',
      'getFields',
      'getFieldsPaginated',
      'searchProjects',
      'getStatuses',
      'searchPriorities',
      'getIssueAllTypes',
    ]);
  });
});
