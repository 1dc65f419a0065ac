import { asApp, asUser, route } from '@forge/api';
import { JiraHttpServer, type JiraHandler, type RequestHooks } from '../../../../emulator/jira/http/jira-server';
import { RouteTable } from '../../../../emulator/jira/http/route-table';
import { fixturePlatform } from '../../fixture-platform';

const credentials = { accountFor: (email: string, token: string) => (email === 'admin@example.com' && token === 'secret' ? 'acc-admin' : undefined) };

function table(): RouteTable<JiraHandler> {
  return new RouteTable<JiraHandler>()
    .add('GET', '/rest/api/3/myself', (request) => ({ status: 200, body: { principal: request.principal } }))
    .add('GET', '/rest/api/3/issue/{issueIdOrKey}', (request) => ({ status: 200, body: { key: request.params.issueIdOrKey, template: request.template } }))
    .add('POST', '/rest/api/3/echo', (request) => ({ status: 200, body: { got: request.body } }));
}

const basic = (user: string, token: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}` });

describe('the Jira site over HTTP', () => {
  let server: JiraHttpServer;
  afterEach(async () => server.stop());

  it('serves any HTTP client with basic auth, and refuses anonymous calls as Jira does', async () => {
    server = new JiraHttpServer(table(), credentials);
    const base = await server.start();
    const ok = await fetch(`${base}/rest/api/3/myself`, { headers: basic('admin@example.com', 'secret') });
    expect(await ok.json()).toEqual({ principal: { kind: 'user', accountId: 'acc-admin' } });
    expect((await fetch(`${base}/rest/api/3/myself`)).status).toBe(401);
    expect((await fetch(`${base}/rest/api/3/myself`, { headers: basic('admin@example.com', 'wrong') })).status).toBe(401);
  });

  it('routes by OpenAPI template with decoded parameters, and tells 404 from 405', async () => {
    server = new JiraHttpServer(table(), credentials);
    const base = await server.start();
    const headers = basic('admin@example.com', 'secret');
    expect(await (await fetch(`${base}/rest/api/3/issue/SIAS-12`, { headers })).json()).toEqual({ key: 'SIAS-12', template: '/rest/api/3/issue/{issueIdOrKey}' });
    expect((await fetch(`${base}/rest/api/3/issue/SIAS-12`, { method: 'DELETE', headers })).status).toBe(405);
    const missing = await fetch(`${base}/rest/api/3/nothing`, { headers });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ errorMessages: ['Not found'], errors: {} });
  });

  it('answers the removed search endpoints 410 Gone and a malformed body 400', async () => {
    server = new JiraHttpServer(table(), credentials);
    const base = await server.start();
    const headers = { ...basic('admin@example.com', 'secret'), 'content-type': 'application/json' };
    expect((await fetch(`${base}/rest/api/3/search?jql=project%3DX`, { headers })).status).toBe(410);
    expect((await fetch(`${base}/rest/api/3/search`, { method: 'POST', headers, body: '{"jql":"project = X"}' })).status).toBe(410);
    expect((await fetch(`${base}/rest/api/3/echo`, { method: 'POST', headers, body: '{not json' })).status).toBe(400);
    expect(await (await fetch(`${base}/rest/api/3/echo`, { method: 'POST', headers, body: '{"a":1}' })).json()).toEqual({ got: { a: 1 } });
  });

  it('knows Forge callers from the proxy: the app, or the user asUser names', async () => {
    server = new JiraHttpServer(table(), credentials);
    const { platform } = fixturePlatform();
    const installation = await platform.install({ jiraBaseUrl: await server.start() });
    const asAppResult = await platform.run(installation, async () => (await asApp().requestJira(route`/rest/api/3/myself`)).json());
    expect(asAppResult).toMatchObject({ outcome: 'success', value: { principal: { kind: 'app', appId: platform.manifest.appId } } });
    const asUserResult = await platform.run(installation, async () => (await asUser('acc-9').requestJira(route`/rest/api/3/myself`)).json());
    expect(asUserResult).toMatchObject({ outcome: 'success', value: { principal: { kind: 'user', accountId: 'acc-9' } } });
  });

  it('lets hooks answer early, drop the connection, or add latency the invocation pays in virtual time', async () => {
    let mode: 'reset' | 'throttle' | 'slow' = 'throttle';
    const hooks: RequestHooks = {
      before: () => (mode === 'reset' ? 'reset' : mode === 'throttle' ? { status: 429, body: { errorMessages: ['Rate limit exceeded.'], errors: {} }, headers: { 'retry-after': '5' } } : undefined),
      latency: () => ({ ms: mode === 'slow' ? 40_000 : 0, virtual: true }),
      after: (_request, reply) => reply,
    };
    server = new JiraHttpServer(table(), credentials, hooks);
    const { platform } = fixturePlatform();
    const installation = await platform.install({ jiraBaseUrl: await server.start() });
    const throttled = await platform.run(installation, async () => (await asApp().requestJira(route`/rest/api/3/myself`)).headers.get('retry-after'));
    expect(throttled).toMatchObject({ outcome: 'success', value: '5' });
    mode = 'reset';
    expect(await platform.run(installation, () => asApp().requestJira(route`/rest/api/3/myself`))).toMatchObject({ outcome: 'error' });
    mode = 'slow';
    const slow = await platform.run(installation, () => asApp().requestJira(route`/rest/api/3/myself`), { limitSeconds: 25 });
    expect(slow.outcome).toBe('timeout');
    expect(platform.log.all().at(-1)).toMatchObject({ moduleType: 'script', virtualMs: 25_000 });
  });
});
