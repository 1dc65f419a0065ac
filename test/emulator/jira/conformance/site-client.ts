import { APP_HEADER, INSTALLATION_HEADER, PRINCIPAL_HEADER } from '../../../../emulator/platform/jira-gateway';

/** Who a conformance request acts as: the app or a user through the Forge proxy, or nobody. */
export type Caller = { as: 'app' } | { as: 'user'; accountId: string } | { as: 'anonymous' };

export interface SiteAnswer {
  status: number;
  body: unknown;
}

const APP_ID = 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-00000000c0de';

/** Calls the site over HTTP the way the emulated Forge proxy does, without a platform in between. */
export async function callSite(baseUrl: string, caller: Caller, method: string, path: string, body?: unknown): Promise<SiteAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (caller.as !== 'anonymous') {
    headers[PRINCIPAL_HEADER] = caller.as === 'app' ? 'app' : `user:${caller.accountId}`;
    headers[INSTALLATION_HEADER] = 'conformance';
    headers[APP_HEADER] = APP_ID;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** The query of a path as the request validator reads it: repeated names become lists. */
export function queryOf(path: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URL(path, 'http://site.local').searchParams) {
    const previous = query[name];
    query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return query;
}
