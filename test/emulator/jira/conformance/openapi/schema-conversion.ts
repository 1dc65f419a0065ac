/**
 * OpenAPI 3.0 schema objects are a dialect of JSON Schema draft-04/07; this rewrites one into the
 * draft-07 Ajv compiles, keeping every constraint (notably `additionalProperties: false`).
 */
import { supportedFormat } from './formats';
import { isJsonObject, type JsonObject } from './json';

/**
 * `readOnly` properties are never sent and `writeOnly` ones never returned, so a property the other
 * direction owns must not be required; the two directions therefore need separately converted schemas.
 */
export type Direction = 'request' | 'response';

export interface ConversionOptions {
  direction: Direction;
  /** The id the converted components are registered under, so refs resolve within their own document. */
  componentsId: string;
}

/** Annotations Ajv would ignore or misread; `nullable` and the flags are folded in before dropping. */
const DROPPED = new Set(['nullable', 'discriminator', 'example', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly']);

const COMPONENT_REF_PREFIX = '#/components/schemas/';

export function toJsonSchema(schema: unknown, options: ConversionOptions): unknown {
  if (!isJsonObject(schema)) return schema;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key)) continue;
    // An unchecked format or a `required` left empty converts to nothing.
    const keyword = convertKeyword(key, value, schema, options);
    if (keyword !== undefined) converted[key] = keyword;
  }
  // Atlassian puts the base class's `additionalProperties: false` beside its oneOf/anyOf subtypes, which
  // in JSON Schema would forbid every subtype property; each subtype carries its own, so that one goes.
  if (schema.additionalProperties === false && (schema.oneOf !== undefined || schema.anyOf !== undefined)) {
    delete converted.additionalProperties;
  }
  // With a discriminator the named subtype is the one that applies, so subtypes whose shapes overlap
  // must not make `oneOf`'s exactly-one rule fail a valid value.
  if (schema.discriminator !== undefined && converted.oneOf !== undefined && converted.anyOf === undefined) {
    converted.anyOf = converted.oneOf;
    delete converted.oneOf;
  }
  return schema.nullable === true ? allowNull(converted) : converted;
}

/** Converts every component of a document for one direction, keyed as the document keys them. */
export function toJsonSchemaComponents(schemas: Readonly<Record<string, JsonObject>>, options: ConversionOptions): JsonObject {
  return mapValues(schemas, (schema) => toJsonSchema(schema, options));
}

function convertKeyword(key: string, value: unknown, schema: JsonObject, options: ConversionOptions): unknown {
  const convert = (child: unknown): unknown => toJsonSchema(child, options);
  switch (key) {
    case '$ref':
      return typeof value === 'string' && value.startsWith(COMPONENT_REF_PREFIX) ? `${options.componentsId}${value}` : value;
    case 'properties':
      return isJsonObject(value) ? mapValues(value, convert) : value;
    case 'items':
    case 'not':
    case 'additionalProperties':
      return convert(value);
    case 'allOf':
    case 'anyOf':
    case 'oneOf':
      return Array.isArray(value) ? value.map(convert) : value;
    case 'required':
      return requiredInDirection(value, schema.properties, options.direction);
    case 'format':
      return supportedFormat(value);
    default:
      return value;
  }
}

function requiredInDirection(required: unknown, properties: unknown, direction: Direction): unknown {
  if (!Array.isArray(required) || !isJsonObject(properties)) return required;
  const otherSidesFlag = direction === 'request' ? 'readOnly' : 'writeOnly';
  const kept = required.filter((name) => {
    const property = typeof name === 'string' ? properties[name] : undefined;
    return !(isJsonObject(property) && property[otherSidesFlag] === true);
  });
  return kept.length > 0 ? kept : undefined;
}

function allowNull(schema: Record<string, unknown>): Record<string, unknown> {
  const { type } = schema;
  if (typeof type !== 'string') return { anyOf: [schema, { type: 'null' }] };
  const withNull: Record<string, unknown> = { ...schema, type: [type, 'null'] };
  if (Array.isArray(schema.enum)) withNull.enum = [...schema.enum, null];
  return withNull;
}

function mapValues<T>(record: Readonly<Record<string, T>>, map: (value: T) => unknown): JsonObject {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}
