import { JiraHttpServer, type JiraHandler, type JiraRequest } from './http/jira-server';
import { jiraError } from './http/jira-errors';
import { RouteTable } from './http/route-table';

export interface RecordedRequest {
  method: string;
  path: string;
  principal: string;
}

const SERVER_INFO = {
  baseUrl: 'https://emulated.atlassian.net',
  version: '1001.0.0-SNAPSHOT',
  versionNumbers: [1001, 0, 0],
  deploymentType: 'Cloud',
  buildNumber: 100284,
  serverTitle: 'Jira',
  defaultLocale: { locale: 'en_US' },
};

/**
 * A minimal Jira on loopback: enough for the platform's own tests (who called, as whom) until the
 * seeded site serves every endpoint. Answers `serverInfo` and, for users, `myself`.
 */
export class MinimalJiraSite {
  readonly requests: RecordedRequest[] = [];
  /** Status to answer the app with, to play the install-time permission race. */
  appStatus = 200;
  private readonly server: JiraHttpServer;

  constructor() {
    const routes = new RouteTable<JiraHandler>()
      .add('GET', '/rest/api/3/serverInfo', () => ({ status: 200, body: SERVER_INFO }))
      .add('GET', '/rest/api/3/myself', (request) =>
        request.principal.kind === 'user'
          ? { status: 200, body: { accountId: request.principal.accountId, accountType: 'atlassian', active: true, displayName: 'Emulated User' } }
          : jiraError(404, ['The app has no user of its own here.']),
      );
    this.server = new JiraHttpServer(routes, { accountFor: () => undefined }, {
      before: (request) => {
        this.requests.push({ method: request.method, path: request.template, principal: describe(request) });
        return request.principal.kind === 'app' && this.appStatus !== 200 ? jiraError(this.appStatus, ['Unauthorized']) : undefined;
      },
      latency: () => ({ ms: 0, virtual: true }),
      after: (_request, reply) => reply,
    });
  }

  get baseUrl(): string {
    return this.server.baseUrl;
  }

  async start(): Promise<this> {
    await this.server.start();
    return this;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

function describe(request: JiraRequest): string {
  return request.principal.kind === 'app' ? 'app' : `user:${request.principal.accountId}`;
}
