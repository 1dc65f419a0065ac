/**
 * For tests: breaks a documented response example in each way the validator must catch, at the first
 * place (depth first) the example and its schema allow, and says which error line that must produce.
 */
import { isJsonObject, type JsonObject } from './json';
import { openApiDocument, type DocumentName } from './openapi-documents';

export interface Mutation {
  body: unknown;
  expectedError: string;
}

/** A property name the documents never use, so adding it can only be an invention. */
export const INVENTED_PROPERTY = 'inventedByTheEmulator';

interface Site {
  schema: JsonObject;
  value: unknown;
  /** JSON pointer of `value` within the example, as Ajv reports instance paths. */
  pointer: string[];
}

export function withoutRequiredProperty(document: DocumentName, schema: JsonObject, example: unknown): Mutation | undefined {
  for (const site of sites(document, schema, example, [])) {
    const { value } = site;
    if (!isJsonObject(value) || !Array.isArray(site.schema.required)) continue;
    const { properties } = site.schema;
    // A writeOnly property is never in a response, so a response need not carry it even when required.
    const isWriteOnly = (name: string): boolean => isJsonObject(properties) && isJsonObject(properties[name]) && properties[name].writeOnly === true;
    const name = site.schema.required.find(
      (required): required is string => typeof required === 'string' && required in value && !isWriteOnly(required),
    );
    if (name === undefined) continue;
    return {
      body: replaced(example, site.pointer, Object.fromEntries(Object.entries(value).filter(([key]) => key !== name))),
      expectedError: `body${pointerText(site.pointer)}: must have required property '${name}'`,
    };
  }
  return undefined;
}

export function withWrongType(document: DocumentName, schema: JsonObject, example: unknown): Mutation | undefined {
  for (const site of sites(document, schema, example, [])) {
    const { type } = site.schema;
    if (site.schema.nullable === true || !isPrimitiveType(type) || typeof site.value !== jsType(type)) continue;
    return {
      body: replaced(example, site.pointer, type === 'string' ? 42 : `not a ${type}`),
      expectedError: `body${pointerText(site.pointer)}: must be ${type}`,
    };
  }
  return undefined;
}

export function withUnknownProperty(document: DocumentName, schema: JsonObject, example: unknown): Mutation | undefined {
  for (const site of sites(document, schema, example, [])) {
    const { value } = site;
    if (!isJsonObject(value) || site.schema.additionalProperties !== false) continue;
    return {
      body: replaced(example, site.pointer, { ...value, [INVENTED_PROPERTY]: true }),
      expectedError: `body${pointerText(site.pointer)}: must NOT have additional property '${INVENTED_PROPERTY}'`,
    };
  }
  return undefined;
}

/** Walks the example along its schema: properties, the first entry of maps and the first item of arrays. Subtypes (oneOf/anyOf) are skipped as ambiguous. */
function* sites(document: DocumentName, schema: JsonObject, value: unknown, pointer: string[]): Generator<Site> {
  const resolved = resolve(document, schema);
  if (resolved.oneOf !== undefined || resolved.anyOf !== undefined) return;
  yield { schema: resolved, value, pointer };
  if (Array.isArray(value) && value.length > 0 && isJsonObject(resolved.items)) {
    yield* sites(document, resolved.items, value[0], [...pointer, '0']);
  }
  if (!isJsonObject(value)) return;
  const properties = isJsonObject(resolved.properties) ? resolved.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (name in value && isJsonObject(property)) yield* sites(document, property, value[name], [...pointer, name]);
  }
  const { additionalProperties } = resolved;
  const [mapEntry] = Object.keys(value).filter((name) => !(name in properties));
  if (isJsonObject(additionalProperties) && mapEntry !== undefined) {
    yield* sites(document, additionalProperties, value[mapEntry], [...pointer, mapEntry]);
  }
}

/** Follows component refs and Atlassian's one-element `allOf` wrappers (used to describe a referenced type). */
function resolve(document: DocumentName, schema: JsonObject): JsonObject {
  const { $ref, allOf } = schema;
  if (typeof $ref === 'string') {
    const component = openApiDocument(document).components.schemas[$ref.replace('#/components/schemas/', '')];
    if (component === undefined) throw new Error(`unresolved ${$ref}`);
    return resolve(document, component);
  }
  const [only] = Array.isArray(allOf) && allOf.length === 1 ? allOf : [];
  return isJsonObject(only) && schema.properties === undefined ? { ...resolve(document, only), ...withoutAllOf(schema) } : schema;
}

function withoutAllOf(schema: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'allOf'));
}

/** A copy of the example with the value at `pointer` swapped, leaving the documents' own example intact. */
function replaced(example: unknown, pointer: readonly string[], replacement: unknown): unknown {
  const [head, ...rest] = pointer;
  if (head === undefined) return replacement;
  if (Array.isArray(example)) return example.map((item, index) => (String(index) === head ? replaced(item, rest, replacement) : item));
  if (!isJsonObject(example)) throw new Error(`no ${head} in ${JSON.stringify(example)}`);
  return { ...example, [head]: replaced(example[head], rest, replacement) };
}

type PrimitiveType = 'string' | 'integer' | 'number' | 'boolean';

function isPrimitiveType(type: unknown): type is PrimitiveType {
  return type === 'string' || type === 'integer' || type === 'number' || type === 'boolean';
}

function jsType(type: PrimitiveType): 'string' | 'number' | 'boolean' {
  return type === 'integer' ? 'number' : type;
}

function pointerText(pointer: readonly string[]): string {
  return pointer.map((token) => `/${token.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
