import { jiraError } from '../../http/jira-errors';
import { OPERATIONS, type FieldOperation, type Operation } from './edit-operations';
import { isPlainObject, parsed, refused, type Parsed } from './query-params';

/**
 * Reads an `IssueUpdateDetails` body into the steps to apply per field: `fields` first, then
 * `update`. A field may appear in one of them, not both. `transition` and `historyMetadata` are
 * ignored, as the operation documents for transitions; issue `properties` are refused because the
 * site cannot store them.
 */
export function readEditBody(body: unknown): Parsed<Map<string, FieldOperation[]>> {
  if (!isPlainObject(body)) return refused(jiraError(400, ['The request body must be a JSON object with `fields` and/or `update`.']));
  const { fields = {}, update = {}, properties } = body;
  if (!isPlainObject(fields)) return refused(jiraError(400, ["'fields' must be an object of field ids and values."]));
  if (!isPlainObject(update)) return refused(jiraError(400, ["'update' must be an object of field ids and operation lists."]));
  if (Array.isArray(properties) && properties.length > 0) return refused(jiraError(400, ['The emulated site does not store issue properties.']));

  const steps = new Map<string, FieldOperation[]>();
  for (const [fieldId, value] of Object.entries(fields)) steps.set(fieldId, [{ op: 'set', value }]);
  const errors: Record<string, string> = {};
  for (const [fieldId, operations] of Object.entries(update)) {
    if (steps.has(fieldId)) {
      errors[fieldId] = `Field '${fieldId}' cannot be set in both 'fields' and 'update'.`;
      continue;
    }
    const read = readOperations(operations);
    if (typeof read === 'string') errors[fieldId] = read;
    else steps.set(fieldId, read);
  }
  return Object.keys(errors).length > 0 ? refused(jiraError(400, [], errors)) : parsed(steps);
}

/** `[{add: "a"}, {remove: "b"}]`: each entry names exactly one operation. */
function readOperations(value: unknown): FieldOperation[] | string {
  if (!Array.isArray(value)) return 'data was not an array';
  const malformed = `Each update must name one operation of: ${OPERATIONS.join(', ')}.`;
  const steps: FieldOperation[] = [];
  for (const entry of value) {
    if (!isPlainObject(entry)) return malformed;
    const [op, ...others] = Object.keys(entry);
    if (op === undefined || others.length > 0 || !isOperation(op)) return malformed;
    steps.push({ op, value: entry[op] });
  }
  return steps;
}

function isOperation(word: string): word is Operation {
  return (OPERATIONS as readonly string[]).includes(word);
}
