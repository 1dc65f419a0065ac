/**
 * Atlassian's two OpenAPI 3.0.1 documents, read once and typed only as deep as the validator needs:
 * schemas stay raw JSON, because they are converted for Ajv separately.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export type DocumentName = 'platform' | 'software';

/** The documents live in the team's shared folder beside the repository (as in CI; see test/manifest). */
const OPENAPI_DIR = join(__dirname, '..', '..', '..', '..', '..', '..', 'shared', 'jira-openapi');

const FILES: Readonly<Record<DocumentName, string>> = {
  platform: 'jira-platform-v3.json',
  software: 'jira-software.json',
};

const Schema = z.record(z.string(), z.unknown());

const Parameter = z.object({
  name: z.string(),
  in: z.enum(['query', 'path', 'header']),
  required: z.boolean().optional(),
  schema: Schema.optional(),
});

const MediaType = z.object({ schema: Schema.optional(), example: z.unknown().optional() });

const Operation = z.object({
  operationId: z.string(),
  parameters: z.array(Parameter).optional(),
  requestBody: z.object({ required: z.boolean().optional(), content: z.record(z.string(), MediaType) }).optional(),
  responses: z.record(z.string(), z.object({ content: z.record(z.string(), MediaType).optional() })),
});

const PathItem = z.object({
  parameters: z.array(Parameter).optional(),
  get: Operation.optional(),
  post: Operation.optional(),
  put: Operation.optional(),
  delete: Operation.optional(),
});

const OpenApiDocument = z.object({
  paths: z.record(z.string(), PathItem),
  components: z.object({ schemas: z.record(z.string(), Schema) }),
});

export type RawParameter = z.infer<typeof Parameter>;
export type RawMediaType = z.infer<typeof MediaType>;
export type RawOperation = z.infer<typeof Operation>;
export type RawPathItem = z.infer<typeof PathItem>;
export type RawDocument = z.infer<typeof OpenApiDocument>;

const loaded = new Map<DocumentName, RawDocument>();

export function openApiDocument(name: DocumentName): RawDocument {
  let document = loaded.get(name);
  if (document === undefined) {
    document = OpenApiDocument.parse(JSON.parse(readFileSync(join(OPENAPI_DIR, FILES[name]), 'utf8')));
    loaded.set(name, document);
  }
  return document;
}
