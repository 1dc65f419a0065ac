import type { ValidateFunction } from 'ajv';
import { compileSchema } from './ajv-registry';
import { describeErrors, unknownOperation } from './error-messages';
import { findOperation, type OperationSpec } from './operations';
import { queryValueSchema, typedQueryValue } from './query-values';

export interface RequestToValidate {
  query?: Readonly<Record<string, string | readonly string[]>>;
  body?: unknown;
}

const queryValidators = new Map<string, ValidateFunction>();
const bodyValidators = new Map<string, ValidateFunction>();

/** Errors for a request (query params by the declared parameter schemas incl. types/enums/max, and the JSON body by the request schema), so tests can assert a request is outside the spec. */
export function validateRequest(method: string, template: string, request: RequestToValidate): string[] {
  const operation = findOperation(method, template);
  if (operation === undefined) return [unknownOperation(method, template)];
  return [...queryErrors(operation, request.query ?? {}), ...bodyErrors(operation, request.body)];
}

function queryErrors(operation: OperationSpec, query: Readonly<Record<string, string | readonly string[]>>): string[] {
  const declared = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const errors: string[] = [];
  const typed: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    const parameter = declared.get(name);
    if (parameter === undefined) {
      errors.push(`query/${name}: is not a query parameter of ${operation.method} ${operation.template}`);
    } else if (typeof raw !== 'string' && raw.length > 1 && parameter.schema.type !== 'array') {
      errors.push(`query/${name}: is repeated, but is not an array parameter`);
    } else {
      typed[name] = typedQueryValue(parameter.schema, raw);
    }
  }
  const validate = cached(queryValidators, operation, () =>
    compileSchema(operation.document, 'request', {
      type: 'object',
      properties: Object.fromEntries([...declared].map(([name, p]) => [name, queryValueSchema(p.schema)])),
      required: [...declared.values()].filter((p) => p.required).map((p) => p.name),
    }),
  );
  return validate(typed) ? errors : [...errors, ...describeErrors('query', validate.errors)];
}

function bodyErrors(operation: OperationSpec, body: unknown): string[] {
  const { requestBody, requestBodySchema } = operation;
  if (body === undefined) return requestBody === 'required' ? [`body: is required by ${operation.method} ${operation.template}`] : [];
  if (requestBody === 'none') return [`body: ${operation.method} ${operation.template} takes no request body`];
  if (requestBodySchema === undefined) return [];
  const validate = cached(bodyValidators, operation, () => compileSchema(operation.document, 'request', requestBodySchema));
  return validate(body) ? [] : describeErrors('body', validate.errors);
}

function cached(cache: Map<string, ValidateFunction>, operation: OperationSpec, compile: () => ValidateFunction): ValidateFunction {
  const key = `${operation.method} ${operation.template}`;
  let validate = cache.get(key);
  if (validate === undefined) {
    validate = compile();
    cache.set(key, validate);
  }
  return validate;
}
