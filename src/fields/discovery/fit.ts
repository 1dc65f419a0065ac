import type { JiraFieldInfo, LogicalField } from '../logical-fields';
import { FIELD_SPECS, type LogicalFieldSpec } from './field-specs';

/** The last part of a custom type key, which is what admins recognise: `jsw-story-points`. */
export function shortCustomType(key: string): string {
  return key.slice(key.lastIndexOf(':') + 1);
}

type Schema = NonNullable<JiraFieldInfo['schema']>;

/** "number", "array of string". */
export function describeShape(schema: Schema): string {
  return schema.items ? `${schema.type} of ${schema.items}` : schema.type;
}

/** The shape, and the custom type that explains it: "option (custom type select)". */
export function describeSchema(schema: Schema): string {
  return schema.custom ? `${describeShape(schema)} (custom type ${shortCustomType(schema.custom)})` : describeShape(schema);
}

function shapeFits(spec: LogicalFieldSpec, field: JiraFieldInfo): boolean {
  const { schema } = field;
  if (!schema) return false;
  return spec.schemas.some((shape) => shape.type === schema.type && (shape.items === undefined || shape.items === schema.items));
}

function originFits(spec: LogicalFieldSpec, field: JiraFieldInfo): boolean {
  return spec.origin === 'any' || (spec.origin === 'custom') === field.custom;
}

/** Whether a field can hold the logical field: discovery considers only such fields, validation accepts only them. */
export function fits(logical: LogicalField, field: JiraFieldInfo): boolean {
  const spec = FIELD_SPECS[logical];
  if (spec.systemIds.includes(field.id)) return true;
  if (field.schema?.custom !== undefined && spec.customTypes.includes(field.schema.custom)) return true;
  return shapeFits(spec, field) && originFits(spec, field);
}

/** Why a field cannot hold the logical field, as one sentence; null when it can. */
export function misfitMessage(logical: LogicalField, field: JiraFieldInfo): string | null {
  if (fits(logical, field)) return null;
  const spec = FIELD_SPECS[logical];
  const detail = shapeFits(spec, field)
    ? `is a ${field.custom ? 'custom' : 'system'} field`
    : field.schema
      ? `holds ${describeSchema(field.schema)}`
      : 'has no schema';
  return `${spec.label} must be ${spec.fitDescription}; '${field.name}' (${field.id}) ${detail}.`;
}
