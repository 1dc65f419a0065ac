/**
 * A query string carries text only; the parameter's declared type says how Jira reads it. Text that
 * does not read as that type is left as text, so the schema check reports it (`must be integer`).
 */
import { isJsonObject } from './json';
import type { OpenApiSchema } from './operations';

/** The typed value of a query parameter that may be repeated only when it is an array. */
export function typedQueryValue(schema: OpenApiSchema, raw: string | readonly string[]): unknown {
  const texts = typeof raw === 'string' ? [raw] : raw;
  if (schema.type !== 'array') return texts.length === 1 ? typedScalar(texts[0] ?? '', schema) : texts;
  // No parameter in the documents sets `explode: false`, so an array is always the repeated parameter.
  const items = isJsonObject(schema.items) ? schema.items : {};
  return texts.map((text) => typedScalar(text, items));
}

/**
 * The schema a query value is checked by. Atlassian's generator renders some list- or enum-typed Java
 * parameters (agile `state`, `type`, `fields`) as `type: object`, which no query text can be, so
 * those accept any text rather than reject every real request.
 */
export function queryValueSchema(schema: OpenApiSchema): OpenApiSchema {
  if (schema.type === 'object') return {};
  if (schema.type === 'array' && isJsonObject(schema.items) && schema.items.type === 'object') return { ...schema, items: {} };
  return schema;
}

function typedScalar(text: string, schema: OpenApiSchema): unknown {
  switch (schema.type) {
    case 'integer':
      return /^-?\d+$/.test(text) ? Number(text) : text;
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}
