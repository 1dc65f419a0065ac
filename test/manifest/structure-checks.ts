/**
 * Structural checks beyond the Forge schema: handlers resolve to real exported functions, resources
 * exist, function references resolve, and the app keeps the shape its design relies on (supported
 * runtime, one five-minute tick, no egress, bounded consumers, UI Kit modules with resolvers).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { modulesOfType, nonFunctionModules, type ManifestModel } from './manifest-model';
import { PROBLEM, report, type ManifestProblem } from './problem';

const SUPPORTED_RUNTIMES: ReadonlySet<string> = new Set(['nodejs22.x', 'nodejs24.x']);

/** Every handler lives in src/index.ts, so a handler is exactly `index.<export>`. */
const INDEX_HANDLER = /^index\.([^./]+)$/;

export function checkHandlers(
  manifest: ManifestModel,
  exportedHandlers: Readonly<Record<string, unknown>>,
): ManifestProblem[] {
  return manifest.modules.function.flatMap(({ key, handler }) => {
    const where = `function '${key}' handler '${handler}'`;
    const name = INDEX_HANDLER.exec(handler)?.[1];
    if (name === undefined) return [report(PROBLEM.handlerNotIndex, `${where} is not 'index.<export>'`)];
    // Own properties only: `in` would also find Object.prototype members such as `toString`.
    if (!Object.hasOwn(exportedHandlers, name)) {
      return [report(PROBLEM.handlerMissing, `${where}: src/index.ts does not export '${name}'`)];
    }
    if (typeof exportedHandlers[name] !== 'function') {
      return [report(PROBLEM.handlerNotFunction, `${where}: export '${name}' is not a function`)];
    }
    return [];
  });
}

export function checkResources(manifest: ManifestModel, appDir: string): ManifestProblem[] {
  return manifest.resources
    .filter(({ path }) => !existsSync(resolve(appDir, path)))
    .map(({ key, path }) => report(PROBLEM.resourceMissing, `resource '${key}' path '${path}' is not in ${appDir}`));
}

export function checkFunctionRefs(manifest: ManifestModel): ManifestProblem[] {
  const functionKeys = new Set(manifest.modules.function.map(({ key }) => key));
  return nonFunctionModules(manifest).flatMap(({ type, module }) =>
    [module.function, module.resolver?.function]
      .filter((ref): ref is string => ref !== undefined && !functionKeys.has(ref))
      .map((ref) => report(PROBLEM.functionRefUnknown, `${type} '${module.key}' names undeclared function '${ref}'`)),
  );
}

export function checkRuntime(manifest: ManifestModel): ManifestProblem[] {
  const name = manifest.app.runtime?.name;
  if (name !== undefined && SUPPORTED_RUNTIMES.has(name)) return [];
  const expected = [...SUPPORTED_RUNTIMES].join(', ');
  return [report(PROBLEM.runtimeUnsupported, `app.runtime.name '${name ?? '(missing)'}' is not one of ${expected}`)];
}

/** The sync loop is driven by exactly one five-minute tick; two would double the work. */
export function checkSchedule(manifest: ManifestModel): ManifestProblem[] {
  const ticks = modulesOfType(manifest, 'scheduledTrigger').filter(({ interval }) => interval === 'fiveMinute');
  if (ticks.length === 1) return [];
  return [report(PROBLEM.fiveMinuteSchedule, `expected one fiveMinute scheduledTrigger, found ${ticks.length}`)];
}

/** The app talks only to Jira; any egress permission would widen what admins must approve. */
export function checkNoExternal(manifest: ManifestModel): ManifestProblem[] {
  if (manifest.permissions?.external === undefined) return [];
  return [report(PROBLEM.externalPermissions, 'permissions.external is declared; the app must not need egress')];
}

/**
 * Consumers run checkpointed work sized to their function's timeout; without an explicit
 * timeoutSeconds the platform default would silently set a different budget.
 */
export function checkConsumerTimeouts(manifest: ManifestModel): ManifestProblem[] {
  const functions = new Map(manifest.modules.function.map((fn) => [fn.key, fn]));
  return modulesOfType(manifest, 'consumer').flatMap(({ key, function: ref }) => {
    const fn = ref === undefined ? undefined : functions.get(ref);
    if (fn === undefined || fn.timeoutSeconds !== undefined) return [];
    return [report(PROBLEM.consumerTimeoutMissing, `consumer '${key}' function '${fn.key}' has no timeoutSeconds`)];
  });
}

/** A module with a `resource` is a UI module: UI Kit (`render: native`) backed by a resolver. */
export function checkUiModules(manifest: ManifestModel): ManifestProblem[] {
  return nonFunctionModules(manifest)
    .filter(({ module }) => module.resource !== undefined)
    .flatMap(({ type, module }) => {
      const where = `${type} '${module.key}'`;
      const problems: ManifestProblem[] = [];
      if (module.render !== 'native') {
        problems.push(report(PROBLEM.uiNotNative, `${where} has render '${module.render ?? '(missing)'}', not 'native'`));
      }
      if (module.resolver?.function === undefined) {
        problems.push(report(PROBLEM.uiResolverMissing, `${where} has no resolver function`));
      }
      return problems;
    });
}
