import { misfitMessage } from '../discovery/fit';
import { FIELD_SPECS } from '../discovery/field-specs';
import { LOGICAL_FIELDS, type FieldMapping, type JiraFieldInfo, type LogicalField } from '../logical-fields';

export interface MappedFieldProblem {
  logical: LogicalField;
  fieldId: string;
  /** `retyped`: the field is still there but no longer fits, as when an admin changed its type. */
  problem: 'deleted' | 'retyped';
  message: string;
}

/** Checks a confirmed mapping against the site's current fields. */
export function checkMapping(mapping: FieldMapping, fields: readonly JiraFieldInfo[]): { problems: MappedFieldProblem[] } {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const problems = LOGICAL_FIELDS.flatMap((logical): MappedFieldProblem[] => {
    const fieldId = mapping[logical];
    if (fieldId === null) return [];
    const field = byId.get(fieldId);
    if (!field) return [{ logical, fieldId, problem: 'deleted', message: `${FIELD_SPECS[logical].label} is mapped to ${fieldId}, which no longer exists.` }];
    const misfit = misfitMessage(logical, field);
    return misfit ? [{ logical, fieldId, problem: 'retyped', message: `The mapped field changed: ${misfit}` }] : [];
  });
  return { problems };
}
