import { JiraSite } from '../../../../emulator/jira/site/jira-site';
import { VirtualClock } from '../../../../emulator/platform/clock';
import { conformanceCases, type ConformanceCase } from './cases';
import { findOperation, validateRequest, validateResponse } from './openapi';
import { callSite, queryOf } from './site-client';

/**
 * Every operation the site serves, over real HTTP, against Atlassian's OpenAPI documents: each
 * answer fits the schema of its operation and status, and requests outside the documents are
 * refused as Jira refuses them.
 */
describe('the Jira site conforms to the OpenAPI documents', () => {
  let site: JiraSite;
  let cases: ConformanceCase[];

  beforeAll(async () => {
    site = await JiraSite.start({ clock: new VirtualClock(), issues: 600, seed: 5 });
    cases = conformanceCases(site);
  });
  afterAll(async () => {
    await site.stop();
  });

  it('has a successful case for every operation the site serves, and a case only for operations it serves', () => {
    const served = new Set(site.operations.map((o) => `${o.method} ${o.template}`));
    const succeeding = new Set(cases.filter((c) => c.status < 300).map((c) => `${c.method} ${c.template}`));
    expect([...served].filter((op) => !succeeding.has(op))).toEqual([]);
    expect(cases.map((c) => `${c.method} ${c.template}`).filter((op) => !served.has(op))).toEqual([]);
  });

  it('answers each case with its status and a body that fits the documented schema', async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const answer = await callSite(site.baseUrl, c.caller, c.method, c.path, c.body);
      const name = `${c.method} ${c.template} (${c.label})`;
      if (answer.status !== c.status) failures.push(`${name}: answered ${answer.status}, expected ${c.status}: ${JSON.stringify(answer.body)}`);
      else for (const error of validateResponse(c.method, c.template, answer.status, answer.body)) failures.push(`${name}: ${error}`);
      const requestErrors = validateRequest(c.method, c.template, { query: queryOf(c.path), body: c.body });
      if (c.outsideSpec === true && requestErrors.length === 0) failures.push(`${name}: the request was meant to break the document but fits it`);
      if (c.outsideSpec !== true && c.status < 300 && requestErrors.length > 0) failures.push(`${name}: the request itself breaks the document: ${requestErrors.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a caller without credentials with 401 on every operation that documents it', async () => {
    const failures: string[] = [];
    for (const { method, template } of site.operations) {
      const c = cases.find((k) => k.method === method && k.template === template);
      if (c === undefined || !(findOperation(method, template)?.declaredStatuses.includes(401) ?? false)) continue;
      const answer = await callSite(site.baseUrl, { as: 'anonymous' }, method, c.path, c.body);
      if (answer.status !== 401) failures.push(`${method} ${template}: answered ${answer.status}`);
      else failures.push(...validateResponse(method, template, 401, answer.body).map((e) => `${method} ${template}: ${e}`));
    }
    expect(failures).toEqual([]);
  });
});
