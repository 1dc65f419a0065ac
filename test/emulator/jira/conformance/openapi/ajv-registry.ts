/**
 * One Ajv for both documents. Each document's components are registered twice (request and response
 * direction) under ids of their own, so a `$ref` never crosses into the other document's components.
 */
import { Ajv, type SchemaObject, type ValidateFunction } from 'ajv';
import { registerFormats } from './formats';
import { isJsonObject } from './json';
import { withKnownDeviations } from './known-deviations';
import { openApiDocument, type DocumentName } from './openapi-documents';
import { toJsonSchema, toJsonSchemaComponents, type Direction } from './schema-conversion';

let ajv: Ajv | undefined;
const registeredComponents = new Set<string>();

/** Compiles an operation-level schema of a document; components are registered on first use. */
export function compileSchema(document: DocumentName, direction: Direction, schema: unknown): ValidateFunction {
  const instance = (ajv ??= createAjv());
  const componentsId = `https://openapi.invalid/${document}/${direction}.json`;
  if (!registeredComponents.has(componentsId)) {
    const schemas = toJsonSchemaComponents(withKnownDeviations(document, openApiDocument(document).components.schemas), { direction, componentsId });
    instance.addSchema({ $id: componentsId, components: { schemas } });
    registeredComponents.add(componentsId);
  }
  return instance.compile(ajvSchema(toJsonSchema(schema, { direction, componentsId })));
}

function ajvSchema(converted: unknown): SchemaObject | boolean {
  if (typeof converted === 'boolean' || isJsonObject(converted)) return converted;
  throw new TypeError(`not a schema: ${JSON.stringify(converted)}`);
}

function createAjv(): Ajv {
  // The documents' own keywords (e.g. x-atlassian-*) are unknown to Ajv, hence not strict.
  const instance = new Ajv({ strict: false, allErrors: true });
  registerFormats(instance);
  return instance;
}
