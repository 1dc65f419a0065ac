import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { JiraFieldInfo } from '../../../src/fields/logical-fields';

/** Atlassian's OpenAPI documents live in the team's shared folder, beside the repository. */
const PLATFORM_DOCUMENT = join(__dirname, '..', '..', '..', '..', 'shared', 'jira-openapi', 'jira-platform-v3.json');

const documentSchema = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });
const operationSchema = z.object({ responses: z.record(z.string(), z.unknown()) });
const jsonExampleSchema = z.object({ content: z.object({ 'application/json': z.object({ example: z.string() }) }) });

const exampleFieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  // `field/search` leaves `custom` out; the id tells.
  custom: z.boolean().optional(),
  schema: z.object({ type: z.string(), custom: z.string().optional(), items: z.string().optional(), system: z.string().optional() }).optional(),
});

function responseExample(document: z.infer<typeof documentSchema>, path: string, method: string, status: string): unknown {
  const operation = operationSchema.parse(document.paths[path]?.[method]);
  return JSON.parse(jsonExampleSchema.parse(operation.responses[status]).content['application/json'].example);
}

function toFieldInfo(raw: unknown): JiraFieldInfo {
  const { id, name, custom, schema } = exampleFieldSchema.parse(raw);
  return { id, name, custom: custom ?? id.startsWith('customfield_'), schema };
}

/** The field definitions in the examples of GET /field (200), GET /field/search (200, `values`) and POST /field (201). */
export function openApiFieldExamples(): JiraFieldInfo[] {
  const document = documentSchema.parse(JSON.parse(readFileSync(PLATFORM_DOCUMENT, 'utf8')));
  const listed = z.array(z.unknown()).parse(responseExample(document, '/rest/api/3/field', 'get', '200'));
  const searched = z.object({ values: z.array(z.unknown()) }).parse(responseExample(document, '/rest/api/3/field/search', 'get', '200')).values;
  const created = responseExample(document, '/rest/api/3/field', 'post', '201');
  return [...listed, ...searched, created].map(toFieldInfo);
}
