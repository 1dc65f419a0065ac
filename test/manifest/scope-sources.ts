/**
 * Where required OAuth scopes come from: `@forge/manifest`'s product-event mapping (the data behind
 * `forge lint`'s missing-scope errors) and Atlassian's Jira OpenAPI documents.
 *
 * A requirement is a list of alternatives: declaring ALL scopes of ANY one alternative covers it,
 * and an empty alternative means no scope is needed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export type ScopeAlternatives = ReadonlyArray<ReadonlyArray<string>>;

/**
 * Lifecycle events are valid trigger events that need no scope, and the mapping does not list them
 * (see PLATFORM-FACTS.md §10). Only the two events Atlassian documents by name are allowed; the
 * pre-uninstall hook's event name was never captured, so it is deliberately absent.
 */
const LIFECYCLE_EVENTS: ReadonlySet<string> = new Set(['avi:forge:installed:app', 'avi:forge:upgraded:app']);

/** Atlassian's OpenAPI documents live in the team's shared folder, beside the repository (as in CI). */
const OPENAPI_DIR = join(__dirname, '..', '..', '..', 'shared', 'jira-openapi');

export const JIRA_OPENAPI_FILES: readonly string[] = [join(OPENAPI_DIR, 'jira-platform-v3.json'), join(OPENAPI_DIR, 'jira-software.json')];

const EventMapping = z.object({
  mapping: z.array(
    z.object({
      productEvent: z.string(),
      oAuthScopes: z.object({ current: z.array(z.string()), beta: z.array(z.string()).optional() }),
    }),
  ),
});

let eventScopes: ReadonlyMap<string, ScopeAlternatives> | undefined;

/** The package's `exports` hide `out/mapping`, so the file is found next to the resolved entry. */
function loadEventScopes(): ReadonlyMap<string, ScopeAlternatives> {
  const file = join(dirname(require.resolve('@forge/manifest')), 'mapping', 'product-event-to-scope-mapping.json');
  const { mapping } = EventMapping.parse(JSON.parse(readFileSync(file, 'utf8')));
  // Like the library's getMissingScopes: the classic set, or the granular set when one is given.
  return new Map(
    mapping.map(({ productEvent, oAuthScopes: { current, beta } }) => [
      productEvent,
      beta && beta.length > 0 ? [current, beta] : [current],
    ]),
  );
}

/** The scopes an event needs, or undefined when the event does not exist. */
export function eventScopeAlternatives(event: string): ScopeAlternatives | undefined {
  if (LIFECYCLE_EVENTS.has(event)) return [[]];
  eventScopes ??= loadEventScopes();
  return eventScopes.get(event);
}

const HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

const OpenApiDocument = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });

const Operation = z.looseObject({
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  'x-atlassian-oauth2-scopes': z
    .array(z.object({ scheme: z.string(), scopes: z.array(z.string()) }))
    .optional(),
});

/**
 * Both sources name OAuth2 alternatives: `security` (classic scopes in the platform document,
 * granular ones in the software document) and the platform's `x-atlassian-oauth2-scopes`
 * (Current and Beta). Their union is what a Forge app may declare. The anonymous `{}` requirement
 * is ignored: it is for sites open to anonymous users, and a Forge app's calls are scope-checked.
 */
function operationAlternatives(operation: z.infer<typeof Operation>): ScopeAlternatives {
  const fromSecurity = (operation.security ?? []).flatMap((requirement) =>
    requirement.OAuth2 === undefined ? [] : [requirement.OAuth2],
  );
  const fromExtension = (operation['x-atlassian-oauth2-scopes'] ?? [])
    .filter((entry) => entry.scheme === 'OAuth2')
    .map((entry) => entry.scopes);
  return [...fromSecurity, ...fromExtension];
}

export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

function indexDocument(file: string, index: Map<string, ScopeAlternatives>): void {
  const { paths } = OpenApiDocument.parse(JSON.parse(readFileSync(file, 'utf8')));
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue; // e.g. path-level `parameters`
      index.set(operationKey(method, path), operationAlternatives(Operation.parse(operation)));
    }
  }
}

let operationScopes: ReadonlyMap<string, ScopeAlternatives> | undefined;

/** Scope alternatives of every operation in the Jira OpenAPI documents, keyed by `operationKey`. */
export function jiraOperationScopes(): ReadonlyMap<string, ScopeAlternatives> {
  if (operationScopes === undefined) {
    const index = new Map<string, ScopeAlternatives>();
    for (const file of JIRA_OPENAPI_FILES) indexDocument(file, index);
    operationScopes = index;
  }
  return operationScopes;
}
