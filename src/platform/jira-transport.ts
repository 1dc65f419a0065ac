import { asApp, route, type Route } from '@forge/api';

// Routes are built with Forge's `route` tag, which refuses path-manipulation attempts.
export { route, type Route };

export interface JiraResponse {
  status: number;
  /** Reads one response header, case-insensitively. */
  header(name: string): string | null;
  /** The parsed JSON body, or undefined when Jira sent none. */
  body: unknown;
}

/** Sends one request to the site's Jira as the app. Resilience and typing live in src/jira/. */
export async function requestJiraAsApp(path: Route, init: { method: string; body?: unknown }): Promise<JiraResponse> {
  const response = await asApp().requestJira(path, {
    method: init.method,
    headers: { Accept: 'application/json', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, header: (name) => response.headers.get(name), body: text.length > 0 ? parseJson(text) : undefined };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
