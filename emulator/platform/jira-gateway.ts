import { request as httpRequest } from 'node:http';
import type { Installation } from './installation';
import type { InvocationScope } from './invocation-scope';

/** Headers the emulated proxy adds so the Jira site knows who calls, as Forge's token would tell it. */
export const PRINCIPAL_HEADER = 'x-forge-emulator-principal';
export const INSTALLATION_HEADER = 'x-forge-emulator-installation';
export const APP_HEADER = 'x-forge-emulator-app';
/** The caller's virtual time: inside an invocation it runs ahead of the global clock while the invocation waits. */
export const CALLER_TIME_HEADER = 'x-forge-emulator-now';
/** A Jira site may answer after virtual latency instead of sleeping; the invocation's time line pays it. */
export const VIRTUAL_LATENCY_HEADER = 'x-emulator-virtual-latency-ms';

/** The virtual latency a response asks its caller to wait, in ms. */
export function virtualLatencyOf(response: Response): number {
  const latency = Number(response.headers.get(VIRTUAL_LATENCY_HEADER) ?? '0');
  return Number.isFinite(latency) && latency > 0 ? latency : 0;
}

export interface ProductMeta {
  provider: 'app' | 'user' | 'none';
  accountId?: string;
}

/** Forwards `requestJira` to the installation's Jira site over real HTTP on loopback. */
export async function forwardToJira(
  installation: Installation,
  scope: InvocationScope,
  appId: string,
  meta: ProductMeta,
  path: string,
  init: RequestInit | undefined,
): Promise<Response> {
  if (installation.jiraBaseUrl === undefined) return proxyError(502, 'NO_SITE');
  const principal = principalOf(meta, scope);
  if (principal === undefined) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
  if (principal.startsWith('user:') && !installation.hasConsent(principal.slice('user:'.length))) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');

  const headers = new Headers(init?.headers);
  headers.set(PRINCIPAL_HEADER, principal);
  headers.set(INSTALLATION_HEADER, installation.id);
  headers.set(APP_HEADER, appId);
  headers.set(CALLER_TIME_HEADER, String(scope.timeline.now()));
  const body = typeof init?.body === 'string' ? init.body : undefined;
  return send(new URL(path, installation.jiraBaseUrl), init?.method ?? 'GET', headers, body);
}

/** `asUser()` acts as the invoking user; `asApp()` as the app; a bare `requestJira` as the user when there is one. */
function principalOf(meta: ProductMeta, scope: InvocationScope): string | undefined {
  if (meta.provider === 'app') return 'app';
  const accountId = meta.accountId ?? scope.principalAccountId;
  if (accountId !== undefined) return `user:${accountId}`;
  return meta.provider === 'none' ? 'app' : undefined;
}

function proxyError(status: number, code: string): Response {
  return new Response(null, { status, headers: { 'forge-proxy-error': code } });
}

/** node:http rather than fetch: undici's internal timers would land on the invocation's time line. */
function send(url: URL, method: string, headers: Headers, body: string | undefined): Promise<Response> {
  return new Promise((resolve, reject) => {
    const outgoing: Record<string, string> = {};
    headers.forEach((value, key) => (outgoing[key] = value));
    if (body !== undefined) outgoing['content-length'] = String(Buffer.byteLength(body));
    const req = httpRequest(url, { method, headers: outgoing, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(res.headers)) {
          if (typeof value === 'string') responseHeaders.set(key, value);
          else if (Array.isArray(value)) for (const v of value) responseHeaders.append(key, v);
        }
        const status = res.statusCode ?? 500;
        const noBody = status === 204 || status === 304;
        resolve(new Response(noBody ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
