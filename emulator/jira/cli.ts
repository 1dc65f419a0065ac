import { parseArgs } from 'node:util';
import { MAX_ISSUES } from './seed/generate-site';
import { JiraSite } from './site/jira-site';

/**
 * `npm run jira-site -- --issues 10000 --port 8080`: serves a seeded site until stopped and prints a
 * site admin's basic-auth credentials, so curl or any Jira client can be pointed at it. The site
 * runs on wall-clock time here, since no platform emulator drives it.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      issues: { type: 'string', default: '1000' },
      port: { type: 'string', default: '8080' },
      seed: { type: 'string', default: '1' },
      'search-lag-ms': { type: 'string', default: '0' },
    },
  });
  const issues = wholeNumber(values.issues, 'issues');
  if (issues < 1 || issues > MAX_ISSUES) throw new Error(`--issues must be from 1 to ${MAX_ISSUES}`);
  const site = await JiraSite.start({
    clock: { now: () => Date.now() },
    issues,
    seed: wholeNumber(values.seed, 'seed'),
    port: wholeNumber(values.port, 'port'),
    searchLagMs: wholeNumber(values['search-lag-ms'], 'search-lag-ms'),
  });
  const admin = site.admin();
  console.log(`JIRA_BASE_URL=${site.baseUrl}`);
  console.log(`JIRA_EMAIL=${admin.emailAddress}`);
  console.log(`JIRA_API_TOKEN=${site.apiTokenFor(admin.accountId)}`);
  console.error(`Serving ${site.state.issueCount} issues in ${site.state.projects.size} projects; Ctrl-C stops.`);
  const stop = (): void => void site.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function wholeNumber(text: string | undefined, name: string): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number`);
  return Number(text);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
