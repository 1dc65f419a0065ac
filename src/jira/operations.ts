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
  /** A POST that Jira charges per returned object like a read (PLATFORM-FACTS §7.1). */
  readonly chargedAsRead?: boolean;
}

export const JIRA_OPERATIONS = {
  getServerInfo: { method: 'GET', path: '/rest/api/3/serverInfo' },
  getMyself: { method: 'GET', path: '/rest/api/3/myself' },
  getMyPermissions: { method: 'GET', path: '/rest/api/3/mypermissions' },
  checkPermissions: { method: 'POST', path: '/rest/api/3/permissions/check' },
  getFields: { method: 'GET', path: '/rest/api/3/field' },
  getStatuses: { method: 'GET', path: '/rest/api/3/status' },
  getPriorities: { method: 'GET', path: '/rest/api/3/priority/search' },
  getIssueTypes: { method: 'GET', path: '/rest/api/3/issuetype' },
  getProjects: { method: 'GET', path: '/rest/api/3/project/search' },
  searchIssues: { method: 'POST', path: '/rest/api/3/search/jql', chargedAsRead: true },
  approximateCount: { method: 'POST', path: '/rest/api/3/search/approximate-count' },
  bulkFetchIssues: { method: 'POST', path: '/rest/api/3/issue/bulkfetch' },
  getIssue: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}' },
  editIssue: { method: 'PUT', path: '/rest/api/3/issue/{issueIdOrKey}' },
  getChangelogs: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/changelog' },
  bulkFetchChangelogs: { method: 'POST', path: '/rest/api/3/changelog/bulkfetch' },
  getComments: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/comment' },
  addComment: { method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/comment' },
  getWorklogs: { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}/worklog' },
  getBoards: { method: 'GET', path: '/rest/agile/1.0/board' },
  getBoardSprints: { method: 'GET', path: '/rest/agile/1.0/board/{boardId}/sprint' },
  getBoardConfiguration: { method: 'GET', path: '/rest/agile/1.0/board/{boardId}/configuration' },
  getSprint: { method: 'GET', path: '/rest/agile/1.0/sprint/{sprintId}' },
  getSprintIssues: { method: 'GET', path: '/rest/software/1.0/sprint/{sprintId}/issue' },
} as const satisfies Record<string, JiraOperation>;

export type JiraOperationName = keyof typeof JIRA_OPERATIONS;
