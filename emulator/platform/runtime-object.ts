import { randomUUID } from 'node:crypto';
import type { Installation } from './installation';
import type { AppManifest } from './manifest';

const noopMetrics = {
  counter: () => ({ incr: () => undefined }),
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
};

export const APP_VERSION = '1.0.0';
export const ENVIRONMENT_ID = 'e1b2c3d4-0000-4000-8000-00000000e0e0';

/**
 * The `__forge_runtime__` object of one invocation (SDK-WIRE-PROTOCOL §7.1). `kvs` is left out on
 * purpose so that `@forge/kvs` uses its default transport through `__forge_fetch__`.
 */
export function buildRuntime(input: {
  manifest: AppManifest;
  installation: Installation;
  invocationId: string;
  moduleKey: string;
  functionKey: string;
  principalAccountId: string | undefined;
  remainingMs: () => number;
}): Record<string, unknown> {
  const { manifest, installation } = input;
  return {
    metrics: noopMetrics,
    appContext: {
      appId: manifest.appId,
      appVersion: APP_VERSION,
      environmentId: ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      invocationId: input.invocationId,
      installationId: installation.id,
      functionKey: input.functionKey,
      moduleKey: input.moduleKey,
      license: installation.license,
      installation: { id: installation.id },
      permissions: { scopes: [...manifest.scopes], external: { fetch: { backend: [], client: [] } } },
    },
    lambdaContext: { awsRequestId: randomUUID(), getRemainingTimeInMillis: input.remainingMs },
    contextAri: installation.installContext,
    aaid: input.principalAccountId,
    tracing: { traceId: input.invocationId.replace(/-/g, ''), spanId: input.invocationId.slice(0, 16) },
  };
}
