/**
 * The parts of manifest.yml the custom checks read, parsed with zod. Objects are loose because the
 * schema itself is `@forge/manifest`'s job (FULL validation); this model only has to be sure that
 * what the checks touch has the type they expect.
 */
import { parse } from 'yaml';
import { z } from 'zod';

/** A trigger event is a name, or `{ eventType, filter }` when the trigger filters per event. */
const TriggerEvent = z.union([z.string(), z.looseObject({ eventType: z.string() })]);

const Module = z.looseObject({
  key: z.string(),
  function: z.string().optional(),
  resolver: z.looseObject({ function: z.string().optional() }).optional(),
  resource: z.string().optional(),
  render: z.string().optional(),
  events: z.array(TriggerEvent).optional(),
  interval: z.string().optional(),
});

const FunctionModule = z.looseObject({
  key: z.string(),
  handler: z.string(),
  timeoutSeconds: z.number().optional(),
});

/** `permissions.scopes` is a list, or an object keyed by scope (the `allowImpersonation` form). */
const Scopes = z.union([z.array(z.string()), z.record(z.string(), z.unknown())]);

const Manifest = z.looseObject({
  modules: z
    .looseObject({ function: z.array(FunctionModule).default([]) })
    .catchall(z.array(Module)),
  resources: z.array(z.looseObject({ key: z.string(), path: z.string() })).default([]),
  app: z.looseObject({
    runtime: z.looseObject({ name: z.string() }).optional(),
  }),
  permissions: z
    .looseObject({ scopes: Scopes.optional(), external: z.unknown().optional() })
    .optional(),
});

export type ManifestModel = z.infer<typeof Manifest>;
export type ModuleModel = z.infer<typeof Module>;
export type FunctionModel = z.infer<typeof FunctionModule>;

export type ParseOutcome = { ok: true; manifest: ManifestModel } | { ok: false; errors: string[] };

export function parseManifest(manifestText: string): ParseOutcome {
  let raw: unknown;
  try {
    raw = parse(manifestText);
  } catch (error) {
    return { ok: false, errors: [`not valid YAML: ${String(error)}`] };
  }
  const result = Manifest.safeParse(raw);
  if (result.success) return { ok: true, manifest: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  };
}

/** A module list by type; the `function` list has its own shape and is read directly. */
export function modulesOfType(manifest: ManifestModel, type: string): ModuleModel[] {
  return type === 'function' ? [] : (manifest.modules[type] ?? []);
}

/** Every module except the `function` list, with its module type (e.g. `trigger`). */
export function nonFunctionModules(manifest: ManifestModel): Array<{ type: string; module: ModuleModel }> {
  return Object.keys(manifest.modules).flatMap((type) =>
    modulesOfType(manifest, type).map((module) => ({ type, module })),
  );
}

export function declaredScopes(manifest: ManifestModel): string[] {
  const scopes = manifest.permissions?.scopes ?? [];
  return Array.isArray(scopes) ? scopes : Object.keys(scopes);
}

export function triggerEvents(trigger: ModuleModel): string[] {
  return (trigger.events ?? []).map((event) => (typeof event === 'string' ? event : event.eventType));
}
