import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as realDelay } from 'node:timers/promises';
import { APP_HEADER, CALLER_TIME_HEADER, INSTALLATION_HEADER, VIRTUAL_LATENCY_HEADER } from '../../platform/jira-gateway';
import { jiraError, REMOVED_SEARCH_PATHS, searchRemoved, type JiraReply } from './jira-errors';
import { principalOf, type Credentials, type Principal } from './principal';
import type { Method, RouteTable } from './route-table';

export interface JiraRequest {
  method: Method;
  template: string;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
  principal: Principal;
  /** The installation the Forge proxy named, when the call came through it. */
  installationId: string | undefined;
  /** The app the Forge proxy called for, as or on behalf of a user; absent for basic-auth clients. */
  appId?: string;
  /** The calling invocation's virtual time, which runs ahead of the global clock while it waits. */
  callerNow?: number;
  /** The client's `X-Request-Id`, kept so tests can match the app's log lines to the site's requests. */
  requestId?: string;
}

export type JiraHandler = (request: JiraRequest) => JiraReply;

/** What happens around a routed request: limits, faults and counters plug in here. */
export interface RequestHooks {
  /** A reply here answers instead of the handler; `reset` drops the connection. */
  before(request: JiraRequest): JiraReply | 'reset' | undefined;
  /** Latency to add to this answer, and whether the caller's time line pays it instead of real time. */
  latency(request: JiraRequest): { ms: number; virtual: boolean };
  after(request: JiraRequest, reply: JiraReply): JiraReply;
}

const NO_HOOKS: RequestHooks = { before: () => undefined, latency: () => ({ ms: 0, virtual: true }), after: (_request, reply) => reply };

/**
 * The Jira site's HTTP face on loopback: routing by OpenAPI template, authentication, Jira-style
 * errors, and the hooks where rate limits and faults act. Usable by curl and by any Jira client.
 */
export class JiraHttpServer {
  private server: Server | undefined;
  private url: string | undefined;

  constructor(
    private readonly routes: RouteTable<JiraHandler>,
    private readonly credentials: Credentials,
    private readonly hooks: RequestHooks = NO_HOOKS,
  ) {}

  get baseUrl(): string {
    if (this.url === undefined) throw new Error('The Jira site is not started');
    return this.url;
  }

  async start(port = 0): Promise<string> {
    const server = createServer((req, res) => void this.serve(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://jira.local');
    const raw = await readBody(req);
    if (REMOVED_SEARCH_PATHS.has(url.pathname)) return send(res, searchRemoved());
    const principal = principalOf(req.headers, this.credentials, APP_HEADER);
    if (principal === undefined) return send(res, jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']));
    const match = this.routes.match(req.method ?? 'GET', url.pathname);
    if (match === undefined) {
      return send(res, this.routes.knowsPath(url.pathname) ? jiraError(405, ['Method not allowed']) : jiraError(404, ['Not found']));
    }
    let body: unknown;
    try {
      body = raw.length === 0 ? undefined : (JSON.parse(raw) as unknown);
    } catch {
      return send(res, jiraError(400, ['The request body is not valid JSON.']));
    }
    const installation = req.headers[INSTALLATION_HEADER];
    const appId = req.headers[APP_HEADER];
    const callerNow = Number(req.headers[CALLER_TIME_HEADER]);
    const requestId = req.headers['x-request-id'];
    const request: JiraRequest = {
      method: (req.method ?? 'GET') as Method,
      template: match.template,
      params: match.params,
      query: url.searchParams,
      body,
      principal,
      installationId: typeof installation === 'string' ? installation : undefined,
      ...(typeof appId === 'string' ? { appId } : {}),
      ...(Number.isFinite(callerNow) && callerNow > 0 ? { callerNow } : {}),
      ...(typeof requestId === 'string' ? { requestId } : {}),
    };
    const early = this.hooks.before(request);
    if (early === 'reset') {
      req.socket.destroy();
      return;
    }
    const reply = this.hooks.after(request, early ?? match.handler(request));
    const latency = this.hooks.latency(request);
    if (latency.ms > 0 && !latency.virtual) await realDelay(latency.ms);
    send(res, latency.ms > 0 && latency.virtual ? { ...reply, headers: { ...reply.headers, [VIRTUAL_LATENCY_HEADER]: String(latency.ms) } } : reply);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: JiraReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
  res.end(JSON.stringify(reply.body));
}
