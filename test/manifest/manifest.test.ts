/**
 * The real manifest passes every check, and each check is proven able to fail: a mutated copy of the
 * manifest (or of the other inputs) must produce that check's problem code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import * as handlers from '../../src/index';
import { JIRA_OPERATIONS } from '../../src/jira/operations';
import { checkManifest, type ManifestCheckInput, type ManifestProblem, type ProblemCode } from './manifest-check';
import {
  declaredScopes,
  modulesOfType,
  nonFunctionModules,
  parseManifest,
  triggerEvents,
  type FunctionModel,
  type ManifestModel,
  type ModuleModel,
} from './manifest-model';
import { eventScopeAlternatives } from './scope-sources';

const APP_DIR = resolve(__dirname, '../..');
const MANIFEST_TEXT = readFileSync(resolve(APP_DIR, 'manifest.yml'), 'utf8');
const REAL_INPUT: ManifestCheckInput = {
  manifestText: MANIFEST_TEXT,
  appDir: APP_DIR,
  exportedHandlers: handlers,
  operations: Object.values(JIRA_OPERATIONS),
};

function describeProblems(problems: ReadonlyArray<ManifestProblem>): string[] {
  return problems.map(({ code, message }) => `${code}: ${message}`);
}

function problemsFor(overrides: Partial<ManifestCheckInput>): Promise<ManifestProblem[]> {
  return checkManifest({ ...REAL_INPUT, ...overrides });
}

/**
 * A problem with this code whose message names what the test broke. Matching the message keeps a
 * test meaningful even if the real manifest already had a problem with the same code.
 */
function problem(code: ProblemCode, fragment: string): { code: ProblemCode; message: unknown } {
  return { code, message: expect.stringContaining(fragment) };
}

/** A fresh, mutable parse of the real manifest; the loose zod model keeps every unchecked field. */
function realManifest(): ManifestModel {
  const parsed = parseManifest(MANIFEST_TEXT);
  if (!parsed.ok) throw new Error(`manifest.yml does not parse: ${parsed.errors.join('; ')}`);
  return parsed.manifest;
}

function problemsForMutation(
  mutate: (manifest: ManifestModel) => void,
  overrides: Partial<ManifestCheckInput> = {},
): Promise<ManifestProblem[]> {
  const manifest = realManifest();
  mutate(manifest);
  return problemsFor({ ...overrides, manifestText: stringify(manifest) });
}

function first<T>(items: ReadonlyArray<T>, what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`manifest.yml has no ${what} to mutate`);
  return item;
}

function firstUiModule(manifest: ManifestModel): ModuleModel {
  return first(nonFunctionModules(manifest).filter(({ module }) => module.resource !== undefined), 'UI module').module;
}

function functionOf(manifest: ManifestModel, key: string | undefined): FunctionModel {
  return first(manifest.modules.function.filter((fn) => fn.key === key), `function '${key}'`);
}

function addScope(manifest: ManifestModel, scope: string): void {
  manifest.permissions = { ...manifest.permissions, scopes: [...declaredScopes(manifest), scope] };
}

function removeScopes(manifest: ManifestModel, unwanted: Iterable<string>): void {
  const remove = new Set(unwanted);
  manifest.permissions = { ...manifest.permissions, scopes: declaredScopes(manifest).filter((s) => !remove.has(s)) };
}

function handlerExportName(manifest: ManifestModel): string {
  return first(manifest.modules.function, 'function').handler.replace(/^index\./, '');
}

describe('the real manifest', () => {
  it('passes FULL validation and every app check', async () => {
    const problems = await checkManifest(REAL_INPUT);
    expect(describeProblems(problems)).toEqual([]);
  });
});

describe('each check can fail', () => {
  it('FULL validation rejects a schema-invalid manifest', async () => {
    const problems = await problemsForMutation((m) => Object.assign(m, { unknownTopLevel: true }));
    expect(problems).toContainEqual(problem('forge-validation', 'unknownTopLevel'));
  });

  it('reports text that is not YAML', async () => {
    const problems = await problemsFor({ manifestText: 'modules: [' });
    expect(problems).toContainEqual(problem('forge-validation', 'failed to parse'));
    expect(problems).toContainEqual(problem('manifest-shape', 'not valid YAML'));
  });

  it('rejects the misspelled event avi:jira:started:sprint', async () => {
    const problems = await problemsForMutation((m) => {
      first(modulesOfType(m, 'trigger'), 'trigger').events?.push('avi:jira:started:sprint');
    });
    expect(problems).toContainEqual(problem('unknown-event', "'avi:jira:started:sprint'"));
  });

  it('accepts the lifecycle events the mapping omits', async () => {
    const problems = await problemsForMutation((m) => {
      first(modulesOfType(m, 'trigger'), 'trigger').events?.push('avi:forge:installed:app', 'avi:forge:upgraded:app');
    });
    expect(problems.filter(({ code }) => code === 'unknown-event')).toEqual([]);
  });

  it('reports an event whose scopes are not declared', async () => {
    const manifest = realManifest();
    const events = modulesOfType(manifest, 'trigger').flatMap(triggerEvents);
    const event = first(events.filter((name) => !name.startsWith('avi:forge:')), 'product event');
    const problems = await problemsForMutation((m) => removeScopes(m, eventScopeAlternatives(event)?.flat() ?? []));
    expect(problems).toContainEqual(problem('event-scope-missing', `'${event}'`));
  });

  it('reports a missing storage:app scope', async () => {
    const problems = await problemsForMutation((m) => removeScopes(m, ['storage:app']));
    expect(problems).toContainEqual(problem('storage-scope-missing', 'storage:app'));
  });

  it('reports a declared scope nothing needs', async () => {
    const problems = await problemsForMutation((m) => addScope(m, 'manage:jira-webhook'));
    expect(problems).toContainEqual(problem('scope-unneeded', "'manage:jira-webhook'"));
  });

  it('reports part of a granular scope set, which covers nothing on its own', async () => {
    const problems = await problemsForMutation((m) => addScope(m, 'read:issue:jira'));
    expect(problems).toContainEqual(problem('scope-unneeded', "'read:issue:jira'"));
  });

  it('reports a handler src/index.ts does not export', async () => {
    const name = handlerExportName(realManifest());
    const exportedHandlers = Object.fromEntries(Object.entries(handlers).filter(([key]) => key !== name));
    expect(await problemsFor({ exportedHandlers })).toContainEqual(problem('handler-missing', `'${name}'`));
  });

  it('reports a handler that is not a function', async () => {
    const name = handlerExportName(realManifest());
    const problems = await problemsFor({ exportedHandlers: { ...handlers, [name]: 42 } });
    expect(problems).toContainEqual(problem('handler-not-function', `'${name}'`));
  });

  it('does not take an inherited property for an export', async () => {
    const problems = await problemsForMutation((m) => {
      first(m.modules.function, 'function').handler = 'index.toString';
    });
    expect(problems).toContainEqual(problem('handler-missing', "'index.toString'"));
  });

  it('reports a handler outside src/index.ts', async () => {
    const problems = await problemsForMutation((m) => {
      const fn = first(m.modules.function, 'function');
      fn.handler = fn.handler.replace(/^index\./, 'other.');
    });
    expect(problems).toContainEqual(problem('handler-not-index', "'other."));
  });

  it('reports a missing resource path', async () => {
    const problems = await problemsForMutation((m) => {
      first(m.resources, 'resource').path = 'src/frontend/no-such-dir/index.tsx';
    });
    expect(problems).toContainEqual(problem('resource-missing', 'no-such-dir'));
  });

  it('reports a Jira operation that is not in the OpenAPI documents', async () => {
    const problems = await problemsFor({ operations: [{ method: 'GET', path: '/rest/api/3/no-such-resource' }] });
    expect(problems).toContainEqual(problem('operation-unknown', "'GET /rest/api/3/no-such-resource'"));
  });

  it('matches the method as well as the path template', async () => {
    const problems = await problemsFor({ operations: [{ method: 'DELETE', path: '/rest/api/3/serverInfo' }] });
    expect(problems).toContainEqual(problem('operation-unknown', "'DELETE /rest/api/3/serverInfo'"));
  });

  it('reports a Jira operation whose scopes are not declared', async () => {
    // The software spec lists only the granular read:sprint:jira-software for this read.
    const problems = await problemsForMutation(
      (m) => removeScopes(m, ['read:sprint:jira-software']),
      { operations: [{ method: 'GET', path: '/rest/agile/1.0/sprint/{sprintId}' }] },
    );
    expect(problems).toContainEqual(problem('operation-scope-missing', 'read:sprint:jira-software'));
  });

  it('reports a Jira operation no OAuth2 scope opens to apps', async () => {
    // A Connect-only endpoint: its only security requirement is basicAuth.
    const operations = [{ method: 'GET', path: '/rest/atlassian-connect/1/service-registry' }];
    const problems = await problemsFor({ operations });
    expect(problems).toContainEqual(problem('operation-scope-missing', 'no OAuth2 scopes'));
  });

  it('reports a function reference to an undeclared function', async () => {
    const problems = await problemsForMutation((m) => {
      first(modulesOfType(m, 'consumer'), 'consumer').function = 'no-such-function';
    });
    expect(problems).toContainEqual(problem('function-ref-unknown', "'no-such-function'"));
  });

  it('reports an unsupported runtime', async () => {
    const problems = await problemsForMutation((m) => {
      m.app.runtime = { name: 'nodejs20.x' };
    });
    expect(problems).toContainEqual(problem('runtime-unsupported', "'nodejs20.x'"));
  });

  it('reports a second fiveMinute scheduled trigger', async () => {
    const problems = await problemsForMutation((m) => {
      const tick = first(modulesOfType(m, 'scheduledTrigger'), 'scheduledTrigger');
      m.modules.scheduledTrigger = [tick, { ...tick, key: `${tick.key}-again` }];
    });
    expect(problems).toContainEqual(problem('five-minute-schedule', 'found 2'));
  });

  it('reports a missing fiveMinute scheduled trigger', async () => {
    const problems = await problemsForMutation((m) => {
      delete m.modules.scheduledTrigger;
    });
    expect(problems).toContainEqual(problem('five-minute-schedule', 'found 0'));
  });

  it('reports egress permissions', async () => {
    const problems = await problemsForMutation((m) => {
      m.permissions = { ...m.permissions, external: { fetch: { backend: ['https://example.com'] } } };
    });
    expect(problems).toContainEqual(problem('external-permissions', 'permissions.external'));
  });

  it('reports a consumer function without timeoutSeconds', async () => {
    const manifest = realManifest();
    const consumer = first(modulesOfType(manifest, 'consumer'), 'consumer');
    const problems = await problemsForMutation((m) => {
      delete functionOf(m, consumer.function).timeoutSeconds;
    });
    expect(problems).toContainEqual(problem('consumer-timeout-missing', `'${consumer.key}'`));
  });

  it('reports a UI module that is not UI Kit (render: native)', async () => {
    const { key } = firstUiModule(realManifest());
    const problems = await problemsForMutation((m) => {
      delete firstUiModule(m).render;
    });
    expect(problems).toContainEqual(problem('ui-not-native', `'${key}'`));
  });

  it('reports a UI module without a resolver', async () => {
    const { key } = firstUiModule(realManifest());
    const problems = await problemsForMutation((m) => {
      delete firstUiModule(m).resolver;
    });
    expect(problems).toContainEqual(problem('ui-resolver-missing', `'${key}'`));
  });
});
