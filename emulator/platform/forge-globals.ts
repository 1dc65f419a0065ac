import type { AsyncEventsService } from './async-events';
import type { Installation } from './installation';
import { currentScope, type InvocationScope } from './invocation-scope';
import { forwardToJira, virtualLatencyOf, type ProductMeta } from './jira-gateway';

interface ForgeMeta {
  type?: string;
  provider?: string;
  remote?: string;
  accountId?: string;
  contextAri?: string;
}

export interface GlobalsDeps {
  appId: string;
  installation(id: string): Installation;
  asyncEvents: AsyncEventsService;
}

export class OutsideInvocationError extends Error {
  constructor(what: string) {
    super(`${what} was called outside any invocation; run app code through the emulator`);
    this.name = 'OutsideInvocationError';
  }
}

/**
 * Installs the process globals of SDK-WIRE-PROTOCOL §7.1: `__forge_fetch__`, a per-invocation
 * `__forge_runtime__`, and a `fetch` that refuses egress from app code (the app declares none).
 */
export function installForgeGlobals(deps: GlobalsDeps): void {
  const target = globalThis as Record<string, unknown>;
  target.__forge_fetch__ = (meta: ForgeMeta, path: string, init?: RequestInit) => routeForgeFetch(deps, meta, path, init);
  Object.defineProperty(globalThis, '__forge_runtime__', { configurable: true, get: () => currentScope()?.runtime });

  const realFetch = globalThis.fetch;
  target.fetch = (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    if (currentScope() !== undefined) {
      return Promise.reject(new Error('Egress refused: manifest.yml declares no permissions.external.fetch.backend'));
    }
    return realFetch(input, init);
  };
}

async function routeForgeFetch(deps: GlobalsDeps, meta: ForgeMeta, path: string, init?: RequestInit): Promise<Response> {
  const scope = currentScope();
  if (scope === undefined) throw new OutsideInvocationError('__forge_fetch__');
  if (scope.ended) throw new Error(`Invocation ${scope.invocationId} already ended (finished or timed out)`);
  const installation = deps.installation(scope.installationId);
  const response = await scope.timeline.trackIo(dispatch(deps, installation, scope, meta, path, init));
  // Waited after the real I/O is done, so the time line can move while the caller "waits".
  const latency = virtualLatencyOf(response);
  if (latency > 0) await scope.timeline.delay(latency);
  return response;
}

async function dispatch(deps: GlobalsDeps, installation: Installation, scope: InvocationScope, meta: ForgeMeta, path: string, init?: RequestInit): Promise<Response> {
  if (meta.type === 'kvs') {
    const result = installation.kvs.handle(path, parseBody(init?.body));
    return json(result.status, result.body);
  }
  if (meta.type === 'fpp' && meta.remote === 'stargate') {
    const result = deps.asyncEvents.handle(installation, scope, path, parseBody(init?.body));
    return json(result.status, result.body);
  }
  if (meta.type === 'fpp' && meta.remote === 'jira') {
    return forwardToJira(installation, scope, deps.appId, productMeta(meta), path, init);
  }
  return new Response(null, { status: 400, headers: { 'forge-proxy-error': 'UNSUPPORTED_BY_EMULATOR' } });
}

function productMeta(meta: ForgeMeta): ProductMeta {
  const provider = meta.provider === 'app' || meta.provider === 'user' ? meta.provider : 'none';
  return meta.accountId === undefined ? { provider } : { provider, accountId: meta.accountId };
}

function parseBody(body: RequestInit['body'] | undefined): unknown {
  if (typeof body !== 'string' || body.length === 0) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function json(status: number, body: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
