/** The validator's error lines: one per problem, each naming where in the request or response it is. */
import type { ErrorObject } from 'ajv';

/** `where` is what the instance paths are relative to, e.g. `body` or `query`. */
export function describeErrors(where: string, errors: readonly ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? []).map((error) => `${where}${error.instancePath}: ${message(error)}`);
  return [...new Set(lines)];
}

function message(error: ErrorObject): string {
  const { params } = error;
  // Ajv's own texts for these two leave out what the reader most needs: the property and the choices.
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return `must NOT have additional property '${params.additionalProperty}'`;
  }
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.map((value: unknown) => JSON.stringify(value)).join(', ')}`;
  }
  return error.message ?? error.keyword;
}

export function unknownOperation(method: string, template: string): string {
  return `${method.toUpperCase()} ${template} is not an operation of the Jira OpenAPI documents`;
}
