import { isJsonObject, type JsonObject } from './json';
import type { DocumentName } from './openapi-documents';

/**
 * Where a document contradicts itself and real Jira, the validator follows Jira. Each entry makes
 * properties of one component nullable, and names the evidence.
 */
const NULLABLE_PROPERTIES: ReadonlyArray<{ document: DocumentName; component: string; properties: readonly string[]; evidence: string }> = [
  {
    document: 'platform',
    component: 'ChangeDetails',
    properties: ['from', 'fromString', 'to', 'toString'],
    // Jira writes null for an empty side of a change, and so does the document's getChangeLogs example.
    evidence: 'getChangeLogs 200 example: "from":null,"to":null',
  },
];

/** The document's component schemas with the known deviations applied; the input is not changed. */
export function withKnownDeviations(document: DocumentName, schemas: Readonly<Record<string, JsonObject>>): Record<string, JsonObject> {
  const patched: Record<string, JsonObject> = { ...schemas };
  for (const deviation of NULLABLE_PROPERTIES.filter((d) => d.document === document)) {
    const component = patched[deviation.component];
    if (!isJsonObject(component) || !isJsonObject(component.properties)) throw new Error(`${deviation.component} is no longer an object schema in the ${document} document`);
    const properties: Record<string, unknown> = { ...component.properties };
    for (const name of deviation.properties) {
      const property = properties[name];
      if (!isJsonObject(property)) throw new Error(`${deviation.component}.${name} is gone from the ${document} document`);
      properties[name] = { ...property, nullable: true };
    }
    patched[deviation.component] = { ...component, properties };
  }
  return patched;
}
