import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PRINCIPAL_HEADER } from '../platform/jira-gateway';

export interface RecordedRequest {
  method: string;
  path: string;
  principal: string | undefined;
}

/**
 * A minimal Jira on loopback: enough for the platform's own tests (who called, as whom) until the
 * full seeded site exists. Answers `serverInfo` and `myself`; everything else is a Jira-style 404.
 */
export class MinimalJiraSite {
  readonly requests: RecordedRequest[] = [];
  /** Status to answer the app with, to play the install-time permission race. */
  appStatus = 200;
  private server: Server | undefined;
  private url: string | undefined;

  get baseUrl(): string {
    if (this.url === undefined) throw new Error('The site is not started');
    return this.url;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server === undefined ? resolve() : this.server.close(() => resolve())));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const principal = headerValue(req.headers[PRINCIPAL_HEADER]);
    const path = req.url ?? '/';
    this.requests.push({ method: req.method ?? 'GET', path, principal });
    if (principal === 'app' && this.appStatus !== 200) return send(res, this.appStatus, { errorMessages: ['Unauthorized'], errors: {} });
    const route = path.split('?')[0];
    if (req.method === 'GET' && route === '/rest/api/3/serverInfo') {
      return send(res, 200, { baseUrl: 'https://emulated.atlassian.net', version: '1001.0.0-SNAPSHOT', versionNumbers: [1001, 0, 0], deploymentType: 'Cloud', buildNumber: 100284, serverTitle: 'Jira', defaultLocale: { locale: 'en_US' } });
    }
    if (req.method === 'GET' && route === '/rest/api/3/myself' && principal?.startsWith('user:') === true) {
      return send(res, 200, { accountId: principal.slice('user:'.length), accountType: 'atlassian', active: true, displayName: 'Emulated User' });
    }
    send(res, 404, { errorMessages: ['Not found'], errors: {} });
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
