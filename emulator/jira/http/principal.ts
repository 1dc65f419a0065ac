import { PRINCIPAL_HEADER } from '../../platform/jira-gateway';

/** Who a request acts as: the app (through the Forge proxy) or a user (proxy `asUser`, or basic auth). */
export type Principal = { kind: 'app'; appId: string | undefined } | { kind: 'user'; accountId: string };

export interface Credentials {
  /** Resolves basic-auth credentials (email and API token) to an account id, or undefined. */
  accountFor(email: string, token: string): string | undefined;
}

/**
 * Reads the caller from the request. Forge-proxied calls carry the emulated proxy's headers; any
 * other client (curl, a Jira client library) authenticates with basic auth like a real site.
 */
export function principalOf(headers: Readonly<Record<string, string | string[] | undefined>>, credentials: Credentials, appHeader: string): Principal | undefined {
  const proxied = first(headers[PRINCIPAL_HEADER]);
  if (proxied === 'app') return { kind: 'app', appId: first(headers[appHeader]) };
  if (proxied?.startsWith('user:') === true) return { kind: 'user', accountId: proxied.slice('user:'.length) };
  const authorization = first(headers.authorization);
  if (authorization?.startsWith('Basic ') !== true) return undefined;
  const decoded = Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0) return undefined;
  const accountId = credentials.accountFor(decoded.slice(0, separator), decoded.slice(separator + 1));
  return accountId === undefined ? undefined : { kind: 'user', accountId };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
