/** Jira's error body (`ErrorCollection` in the OpenAPI documents). */
export interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}

export interface JiraReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** What the body holds, for the points cost; never sent. Omitted means one core object per 2xx body. */
  objects?: { core: number; identity: number };
}

export function jiraError(status: number, messages: readonly string[], errors: Record<string, string> = {}): JiraReply {
  const body: ErrorCollection = { errorMessages: [...messages], errors };
  return { status, body };
}

/** The old search endpoints were removed in 2025; Jira now answers them 410 Gone. */
export const REMOVED_SEARCH_PATHS: ReadonlySet<string> = new Set(['/rest/api/3/search', '/rest/api/2/search']);

export function searchRemoved(): JiraReply {
  return jiraError(410, ['The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.']);
}
