import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** The default limit of functions without `timeoutSeconds`; UI resolvers and triggers have 25 s. */
export const TRIGGER_AND_RESOLVER_LIMIT_SECONDS = 25;
export const DEFAULT_ASYNC_LIMIT_SECONDS = 55;

const functionSchema = z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().int().min(1).max(900).optional() });
const triggerSchema = z.object({
  key: z.string(),
  function: z.string(),
  events: z.array(z.string()).min(1),
  filter: z.object({ ignoreSelf: z.boolean().optional() }).loose().optional(),
});
const consumerSchema = z.object({ key: z.string(), queue: z.string(), function: z.string() });
const scheduledSchema = z.object({ key: z.string(), function: z.string(), interval: z.enum(['fiveMinute', 'hour', 'day', 'week']) });
const uiModuleSchema = z.object({ key: z.string(), resolver: z.object({ function: z.string() }).optional() }).loose();
const indexSchema = z.union([z.string(), z.object({ name: z.string(), range: z.array(z.string()).optional(), partition: z.array(z.string()).optional() })]);
const entitySchema = z.object({
  name: z.string(),
  attributes: z.record(z.string(), z.object({ type: z.enum(['string', 'boolean', 'float', 'integer', 'any']) })),
  indexes: z.array(indexSchema).default([]),
});

const manifestSchema = z.object({
  modules: z
    .object({
      function: z.array(functionSchema).default([]),
      trigger: z.array(triggerSchema).default([]),
      consumer: z.array(consumerSchema).default([]),
      scheduledTrigger: z.array(scheduledSchema).default([]),
      'jira:adminPage': z.array(uiModuleSchema).default([]),
      'jira:issuePanel': z.array(uiModuleSchema).default([]),
    })
    .loose(),
  app: z.object({
    id: z.string(),
    storage: z.object({ entities: z.array(entitySchema).default([]) }).optional(),
  }).loose(),
  permissions: z.object({ scopes: z.array(z.string()).default([]) }).loose().optional(),
});

export type FunctionModule = z.infer<typeof functionSchema> & { exportName: string; limitSeconds: number };
export type TriggerModule = z.infer<typeof triggerSchema>;
export type ConsumerModule = z.infer<typeof consumerSchema>;
export type ScheduledTriggerModule = z.infer<typeof scheduledSchema>;
export type EntityDeclaration = z.infer<typeof entitySchema>;
export interface UiModule {
  key: string;
  type: 'jira:adminPage' | 'jira:issuePanel';
  resolverFunction: string | undefined;
}

/** The parts of manifest.yml the platform acts on. */
export interface AppManifest {
  appId: string;
  functions: ReadonlyMap<string, FunctionModule>;
  triggers: readonly TriggerModule[];
  consumers: readonly ConsumerModule[];
  scheduledTriggers: readonly ScheduledTriggerModule[];
  uiModules: readonly UiModule[];
  entities: readonly EntityDeclaration[];
  scopes: readonly string[];
}

export function loadManifest(path: string): AppManifest {
  return parseManifest(readFileSync(path, 'utf8'));
}

export function parseManifest(text: string): AppManifest {
  const raw = manifestSchema.parse(parse(text));
  const modules = raw.modules;
  const asyncFunctions = new Set([...modules.consumer.map((c) => c.function), ...modules.scheduledTrigger.map((s) => s.function)]);
  const functions = new Map<string, FunctionModule>();
  for (const fn of modules.function) {
    const [file, exportName] = fn.handler.split('.');
    if (file !== 'index' || exportName === undefined) throw new Error(`Function ${fn.key}: handler must be index.<export>, got ${fn.handler}`);
    // Only consumers and scheduled triggers honour timeoutSeconds; triggers and resolvers stop at 25 s.
    const limitSeconds = asyncFunctions.has(fn.key) ? (fn.timeoutSeconds ?? DEFAULT_ASYNC_LIMIT_SECONDS) : TRIGGER_AND_RESOLVER_LIMIT_SECONDS;
    functions.set(fn.key, { ...fn, exportName, limitSeconds });
  }
  const uiModules: UiModule[] = [
    ...modules['jira:adminPage'].map((m) => ({ key: m.key, type: 'jira:adminPage' as const, resolverFunction: m.resolver?.function })),
    ...modules['jira:issuePanel'].map((m) => ({ key: m.key, type: 'jira:issuePanel' as const, resolverFunction: m.resolver?.function })),
  ];
  return {
    appId: raw.app.id.replace(/^ari:cloud:ecosystem::app\//, ''),
    functions,
    triggers: modules.trigger,
    consumers: modules.consumer,
    scheduledTriggers: modules.scheduledTrigger,
    uiModules,
    entities: raw.app.storage?.entities ?? [],
    scopes: raw.permissions?.scopes ?? [],
  };
}
