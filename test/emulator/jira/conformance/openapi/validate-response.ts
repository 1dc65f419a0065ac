import type { ValidateFunction } from 'ajv';
import { compileSchema } from './ajv-registry';
import { describeErrors, unknownOperation } from './error-messages';
import { findOperation, type OperationSpec, type ResponseSpec } from './operations';

/** Compiling is the slow part (the platform document is 2.4 MB), so each response schema compiles once. */
const validators = new Map<string, ValidateFunction>();

/** Errors (empty when valid) for a response body of this operation and status. A status the operation does not declare is an error; a declared status without a JSON schema only checks the status. */
export function validateResponse(method: string, template: string, status: number, body: unknown): string[] {
  const operation = findOperation(method, template);
  if (operation === undefined) return [unknownOperation(method, template)];
  const response = operation.responses.get(String(status)) ?? operation.responses.get('default');
  if (response === undefined) {
    return [`status ${status} is not declared for ${operation.method} ${operation.template} (declared: ${operation.declaredStatuses.join(', ')})`];
  }
  const validate = responseValidator(operation, response);
  if (validate === undefined || validate(body)) return [];
  return describeErrors('body', validate.errors);
}

function responseValidator(operation: OperationSpec, response: ResponseSpec): ValidateFunction | undefined {
  if (response.jsonSchema === undefined) return undefined;
  const key = `${operation.method} ${operation.template} ${response.status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = compileSchema(operation.document, 'response', response.jsonSchema);
    validators.set(key, validate);
  }
  return validate;
}
