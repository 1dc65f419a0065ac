import type { ValidateFunction } from 'ajv';
import { compileSchema } from '../../conformance/openapi/ajv-registry';
import { describeErrors } from '../../conformance/openapi/error-messages';

let validate: ValidateFunction | undefined;

/**
 * getSprint and getAllSprints document their 200 with an example only, so validateResponse checks
 * no sprint. The document's `SprintBean` component is the schema such a sprint must still fit.
 */
export function sprintBeanErrors(sprint: unknown): string[] {
  validate ??= compileSchema('software', 'response', { $ref: '#/components/schemas/SprintBean' });
  return validate(sprint) ? [] : describeErrors('sprint', validate.errors);
}
