import { INVENTED_PROPERTY, withoutRequiredProperty, withUnknownProperty, withWrongType, type Mutation } from './example-mutations';
import { findOperation, validateResponse, type OperationSpec, type ResponseSpec } from './index';
import { SERVED_OPERATIONS } from './served-operations';

interface DocumentedResponse {
  name: string;
  operation: OperationSpec;
  response: ResponseSpec;
  example: unknown;
}

function servedOperation(method: string, template: string): OperationSpec {
  const operation = findOperation(method, template);
  if (operation === undefined) throw new Error(`${method} ${template} is in neither document`);
  return operation;
}

const documentedResponses: DocumentedResponse[] = SERVED_OPERATIONS.flatMap(([method, template]) => {
  const operation = servedOperation(method, template);
  return [...operation.responses.values()].flatMap((response) =>
    response.example !== undefined && 'json' in response.example
      ? [{ name: `${method} ${template} ${response.status}`, operation, response, example: response.example.json }]
      : [],
  );
});

/** Examples the documents get wrong against their own schemas (ChangeDetails nulls are accepted: see known-deviations.ts). */
const INCONSISTENT_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'GET /rest/api/3/serverInfo 200': ["body: must NOT have additional property 'defaultLocale'"],
  'POST /rest/api/3/issue/bulkfetch 200': ["body: must NOT have additional property 'expand'"],
  'POST /rest/api/3/changelog/bulkfetch 200': [
    'body/issueChangeLogs/0/changeHistories/0/created: must be string',
    'body/issueChangeLogs/0/changeHistories/1/created: must be string',
  ],
  'GET /rest/agile/1.0/board/{boardId}/configuration 200': [
    "body/location: must NOT have additional property 'id'",
    "body/location: must NOT have additional property 'key'",
    "body/location: must NOT have additional property 'name'",
    "body/location: must NOT have additional property 'self'",
  ],
};

describe('validateResponse on the documented examples of the served operations', () => {
  it('has an example for every served operation but editIssue', () => {
    const withExamples = new Set(documentedResponses.map(({ operation }) => `${operation.method} ${operation.template}`));
    const withoutExamples = SERVED_OPERATIONS.filter(([method, template]) => !withExamples.has(`${method} ${template}`));
    expect(withoutExamples).toEqual([['PUT', '/rest/api/3/issue/{issueIdOrKey}']]);
  });

  it.each(documentedResponses)('$name: the example validates (or fails only where the documents contradict themselves)', (documented) => {
    const { operation, response, example } = documented;
    expect(validateResponse(operation.method, operation.template, Number(response.status), example)).toEqual(
      INCONSISTENT_EXAMPLES[documented.name] ?? [],
    );
  });
});

describe('validateResponse on mutated examples', () => {
  const withSchema = documentedResponses.flatMap((documented) => {
    const { jsonSchema } = documented.response;
    return jsonSchema === undefined ? [] : [{ ...documented, schema: jsonSchema }];
  });
  const mutations = (mutate: typeof withWrongType) =>
    withSchema.flatMap((documented) => {
      const mutation = mutate(documented.operation.document, documented.schema, documented.example);
      return mutation === undefined ? [] : [{ ...documented, mutation }];
    });
  const errorsFor = ({ operation, response }: DocumentedResponse, { body }: Mutation): string[] =>
    validateResponse(operation.method, operation.template, Number(response.status), body);

  it.each(mutations(withoutRequiredProperty))('$name without a required property: $mutation.expectedError', (mutated) => {
    expect(errorsFor(mutated, mutated.mutation)).toContain(mutated.mutation.expectedError);
  });

  it.each(mutations(withWrongType))('$name with a wrongly typed value: $mutation.expectedError', (mutated) => {
    expect(errorsFor(mutated, mutated.mutation)).toContain(mutated.mutation.expectedError);
  });

  it.each(mutations(withUnknownProperty))('$name with an invented property: $mutation.expectedError', (mutated) => {
    expect(errorsFor(mutated, mutated.mutation)).toContain(mutated.mutation.expectedError);
  });

  it('finds a mutation of each kind where the schemas allow one', () => {
    const mutable = (mutate: typeof withWrongType) => mutations(mutate).map(({ name }) => name);
    const unmutable = (mutate: typeof withWrongType) => withSchema.map(({ name }) => name).filter((name) => !mutable(mutate).includes(name));
    // Jira's response schemas hardly ever mark a property required: of these, only the field schemas do.
    expect(mutable(withoutRequiredProperty)).toEqual(['GET /rest/api/3/field 200', 'GET /rest/api/3/field/search 200']);
    expect(unmutable(withWrongType)).toEqual([]);
    // StatusDetails is declared `additionalProperties: true`, so an invented status property passes.
    expect(unmutable(withUnknownProperty)).toEqual(['GET /rest/api/3/status 200']);
  });

  it('names the invented property and where it is', () => {
    const operation = servedOperation('GET', '/rest/api/3/myself');
    expect(validateResponse('GET', operation.template, 200, { accountId: 'abc', [INVENTED_PROPERTY]: 1, avatarUrls: { '64x64': 'x' } })).toEqual([
      `body: must NOT have additional property '${INVENTED_PROPERTY}'`,
      "body/avatarUrls: must NOT have additional property '64x64'",
    ]);
  });
});

describe('validateResponse on statuses', () => {
  it.each(SERVED_OPERATIONS.map(([method, template]) => ({ method, template })))('$method $template: an undeclared status fails', ({ method, template }) => {
    const { declaredStatuses } = servedOperation(method, template);
    expect(validateResponse(method, template, 418, {})).toEqual([
      `status 418 is not declared for ${method} ${template} (declared: ${declaredStatuses.join(', ')})`,
    ]);
  });

  it('checks only the status when the documents give no JSON schema for it', () => {
    expect(validateResponse('GET', '/rest/api/3/myself', 401, { anything: true })).toEqual([]);
    // The agile sprint endpoints document an example but no schema.
    expect(validateResponse('GET', '/rest/agile/1.0/sprint/{sprintId}', 200, 'anything')).toEqual([]);
    expect(validateResponse('GET', '/rest/agile/1.0/board/{boardId}/sprint', 200, 'anything')).toEqual([]);
  });

  it('checks a status the operation does not list by its default response', () => {
    const template = '/rest/builds/0.1/pipelines/{pipelineId}/builds/{buildNumber}';
    expect(validateResponse('GET', template, 500, [{ message: 'boom' }])).toEqual([]);
    expect(validateResponse('GET', template, 500, [])).toEqual(['body: must NOT have fewer than 1 items']);
  });

  it('reports an operation the documents do not have', () => {
    expect(validateResponse('get', '/rest/api/3/issue/EX-1', 200, {})).toEqual([
      'GET /rest/api/3/issue/EX-1 is not an operation of the Jira OpenAPI documents',
    ]);
  });

  it('accepts Jira timestamps with or without a colon in the offset, and rejects others', () => {
    const serverInfo = (buildDate: string) => validateResponse('GET', '/rest/api/3/serverInfo', 200, { buildDate });
    expect(serverInfo('2026-11-02T09:00:00.000+0000')).toEqual([]);
    expect(serverInfo('2015-04-11T15:22:00.000+10:00')).toEqual([]);
    expect(serverInfo('2026-11-02 09:00')).toEqual(['body/buildDate: must match format "date-time"']);
  });
});
