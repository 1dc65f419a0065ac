import { asApp, asUser, route, type Route } from '@forge/api';

// Routes are built with Forge's `route` tag, which refuses path-manipulation attempts.
export { route, type Route };

export interface JiraResponse {
  status: number;
  /** Reads one response header, case-insensitively. */
  header(name: string): string | null;
  /** The parsed JSON body, or undefined when Jira sent none. */
  body: unknown;
}

/** As the app, as the person using the UI, or as a named user (offline impersonation). */
export type JiraPrincipal = { as: 'app' } | { as: 'user' } | { as: 'user'; accountId: string };

export interface JiraRequestInit {
  method: string;
  body?: unknown;
  /** Sent as `X-Request-Id`, so the app's log lines and Jira's support can be matched up. */
  requestId?: string;
}

/** Sends one request to the site's Jira. Resilience and typing live in src/jira/; a failed connection rejects. */
export async function requestJira(principal: JiraPrincipal, path: Route, init: JiraRequestInit): Promise<JiraResponse> {
  const requester = principal.as === 'app' ? asApp() : 'accountId' in principal ? asUser(principal.accountId) : asUser();
  const response = await requester.requestJira(path, {
    method: init.method,
    headers: {
      Accept: 'application/json',
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(init.requestId === undefined ? {} : { 'X-Request-Id': init.requestId }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, header: (name) => response.headers.get(name), body: text.length > 0 ? parseJson(text) : undefined };
}

/** The bootstrap's connection check, before the client and its settings exist. */
export function requestJiraAsApp(path: Route, init: JiraRequestInit): Promise<JiraResponse> {
  return requestJira({ as: 'app' }, path, init);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
