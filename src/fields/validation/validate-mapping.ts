import { byLogicalField } from '../discovery/by-logical-field';
import { FIELD_SPECS } from '../discovery/field-specs';
import { misfitMessage } from '../discovery/fit';
import { LOGICAL_FIELDS, type FieldMapping, type JiraFieldInfo, type LogicalField } from '../logical-fields';

export interface MappingProblem {
  logical: LogicalField;
  message: string;
}

/** A key that is no logical field has no `logical` to name, so it is reported apart. */
export interface UnknownKeyProblem {
  key: string;
  message: string;
}

export type MappingValidation = { ok: true; mapping: FieldMapping } | { ok: false; problems: MappingProblem[]; unknownKeys: UnknownKeyProblem[] };

function isLogicalField(key: string): key is LogicalField {
  return (LOGICAL_FIELDS as readonly string[]).includes(key);
}

function fieldProblem(logical: LogicalField, fieldId: string, fields: ReadonlyMap<string, JiraFieldInfo>): string | null {
  const field = fields.get(fieldId);
  if (!field) return `${FIELD_SPECS[logical].label} names field '${fieldId}', which does not exist.`;
  return misfitMessage(logical, field);
}

/**
 * Accepts a mapping an admin submitted when every key is a logical field and every field id
 * exists and fits. Null leaves a logical field unmapped, and so does a missing key.
 */
export function validateMapping(mapping: Readonly<Record<string, string | null | undefined>>, fields: readonly JiraFieldInfo[]): MappingValidation {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const complete = byLogicalField((logical) => mapping[logical] ?? null);
  const unknownKeys: UnknownKeyProblem[] = Object.keys(mapping)
    .filter((key) => !isLogicalField(key))
    .map((key) => ({ key, message: `'${key}' is not a logical field; the logical fields are ${LOGICAL_FIELDS.join(', ')}.` }));
  const problems: MappingProblem[] = LOGICAL_FIELDS.flatMap((logical) => {
    const fieldId = complete[logical];
    const message = fieldId === null ? null : fieldProblem(logical, fieldId, byId);
    return message ? [{ logical, message }] : [];
  });
  return problems.length > 0 || unknownKeys.length > 0 ? { ok: false, problems, unknownKeys } : { ok: true, mapping: complete };
}
