/**
 * Every Jira REST operation the app calls, as its OpenAPI method and path template. Endpoint
 * functions build their routes from these entries, and the manifest test checks that the manifest
 * declares each operation's OAuth scopes, so a new call cannot ship without its scope.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface JiraOperation {
  readonly method: HttpMethod;
  /** The path template exactly as it appears in Atlassian's OpenAPI document. */
  readonly path: string;
}

export const JIRA_OPERATIONS = {
  getServerInfo: { method: 'GET', path: '/rest/api/3/serverInfo' },
} as const satisfies Record<string, JiraOperation>;
