/** The operations of both documents, indexed by method and path template as the documents spell them. */
import type { JsonObject } from './json';
import {
  openApiDocument,
  type DocumentName,
  type RawMediaType,
  type RawOperation,
  type RawParameter,
} from './openapi-documents';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** An OpenAPI 3.0 schema object exactly as the document has it (not yet converted for Ajv). */
export type OpenApiSchema = JsonObject;

/**
 * An example the document embeds. Atlassian writes JSON examples as JSON text, and a few of those
 * texts are not JSON at all, which is itself worth reporting rather than hiding.
 */
export type DocumentedExample = { readonly json: unknown } | { readonly unparseable: string };

export interface ParameterSpec {
  name: string;
  in: 'query' | 'path' | 'header';
  required: boolean;
  schema: OpenApiSchema;
}

export interface ResponseSpec {
  /** `'200'`, `'404'`, … or `'default'`. */
  status: string;
  jsonSchema?: OpenApiSchema;
  example?: DocumentedExample;
}

export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  template: string;
  document: DocumentName;
  declaredStatuses: number[];
  /** A `default` response covers every status the operation does not list (software document only). */
  hasDefaultResponse: boolean;
  /** Path-level parameters merged in, overridden by the operation's own of the same name and location. */
  parameters: ParameterSpec[];
  requestBody: 'none' | 'optional' | 'required';
  requestBodySchema?: OpenApiSchema;
  requestBodyExample?: DocumentedExample;
  responses: ReadonlyMap<string, ResponseSpec>;
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];
const DOCUMENTS: readonly DocumentName[] = ['platform', 'software'];
const JSON_MEDIA_TYPE = 'application/json';

let index: ReadonlyMap<string, OperationSpec> | undefined;

export function findOperation(method: string, template: string): OperationSpec | undefined {
  index ??= buildIndex();
  return index.get(operationKey(method, template));
}

/** Every operation of both documents, for surveys over the whole specification. */
export function allOperations(): OperationSpec[] {
  index ??= buildIndex();
  return [...index.values()];
}

function operationKey(method: string, template: string): string {
  return `${method.toUpperCase()} ${template}`;
}

function buildIndex(): ReadonlyMap<string, OperationSpec> {
  const operations = new Map<string, OperationSpec>();
  for (const document of DOCUMENTS) {
    for (const [template, item] of Object.entries(openApiDocument(document).paths)) {
      for (const method of METHODS) {
        const operation = item[lowerCase(method)];
        if (operation === undefined) continue;
        const spec = operationSpec(document, method, template, operation, item.parameters ?? []);
        operations.set(operationKey(method, template), spec);
      }
    }
  }
  return operations;
}

function lowerCase(method: HttpMethod): 'get' | 'post' | 'put' | 'delete' {
  switch (method) {
    case 'GET':
      return 'get';
    case 'POST':
      return 'post';
    case 'PUT':
      return 'put';
    case 'DELETE':
      return 'delete';
  }
}

function operationSpec(
  document: DocumentName,
  method: HttpMethod,
  template: string,
  operation: RawOperation,
  pathParameters: readonly RawParameter[],
): OperationSpec {
  const responses = new Map<string, ResponseSpec>();
  for (const [status, response] of Object.entries(operation.responses)) {
    responses.set(status, { status, ...jsonContent(response.content?.[JSON_MEDIA_TYPE]) });
  }
  const body = operation.requestBody;
  const jsonBody = jsonContent(body?.content[JSON_MEDIA_TYPE]);
  return {
    operationId: operation.operationId,
    method,
    template,
    document,
    declaredStatuses: [...responses.keys()].filter((status) => /^\d{3}$/.test(status)).map(Number),
    hasDefaultResponse: responses.has('default'),
    parameters: mergeParameters(pathParameters, operation.parameters ?? []),
    requestBody: body === undefined ? 'none' : body.required === true ? 'required' : 'optional',
    ...(jsonBody.jsonSchema === undefined ? {} : { requestBodySchema: jsonBody.jsonSchema }),
    ...(jsonBody.example === undefined ? {} : { requestBodyExample: jsonBody.example }),
    responses,
  };
}

function jsonContent(media: RawMediaType | undefined): { jsonSchema?: OpenApiSchema; example?: DocumentedExample } {
  if (media === undefined) return {};
  return {
    ...(media.schema === undefined ? {} : { jsonSchema: media.schema }),
    ...(media.example === undefined ? {} : { example: documentedExample(media.example) }),
  };
}

function documentedExample(example: unknown): DocumentedExample {
  if (typeof example !== 'string') return { json: example };
  try {
    return { json: JSON.parse(example) };
  } catch {
    return { unparseable: example };
  }
}

function mergeParameters(pathLevel: readonly RawParameter[], own: readonly RawParameter[]): ParameterSpec[] {
  const byLocation = new Map<string, ParameterSpec>();
  for (const parameter of [...pathLevel, ...own]) {
    byLocation.set(`${parameter.in} ${parameter.name}`, {
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true,
      schema: parameter.schema ?? {},
    });
  }
  return [...byLocation.values()];
}
