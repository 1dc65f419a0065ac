/**
 * `npm start`: boots the local cloud, installs the app on a site, and prints what happened.
 * Later issues extend it with sync, alerts and the sprint report.
 */
import { JiraSite } from '../emulator/jira/site/jira-site';
import { ForgePlatform } from '../emulator/platform/forge-platform';
import { discoveryRecordSchema, type DiscoveryRecord } from '../src/fields/field-records';
import { readValue } from '../src/platform/kvs-store';
import { KEYS } from '../src/storage/keys';
import { formatTable } from './format';

async function main(): Promise<void> {
  const platform = new ForgePlatform();
  const site = await JiraSite.start({ clock: platform.clock, issues: 2_000, seed: 42 });
  try {
    const { state } = site;
    console.log(`Local Jira site on ${site.baseUrl}: ${state.issueCount} issues in ${state.projects.size} projects, ${state.boards.size} boards, ${state.sprints.size} sprints, ${state.users.size} users`);
    const admin = site.admin();
    const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId, installerAccountId: admin.accountId });
    console.log(`Installed SIAS for Jira on ${installation.siteUrl} (installation ${installation.id})`);
    console.log('\nInvocations');
    console.log(
      formatTable(
        ['function', 'module', 'outcome', 'virtual ms', 'real ms'],
        platform.log.all().map((r) => [r.functionKey, r.moduleKey, r.outcome, String(r.virtualMs), r.realMs.toFixed(1)]),
      ),
    );
    await platform.drain();
    const discovery = await platform.run(installation, () => readValue(KEYS.fieldSuggestions(), discoveryRecordSchema));
    const suggestions = discovery.outcome === 'success' ? (discovery.value as DiscoveryRecord | undefined)?.suggestions : undefined;
    if (suggestions !== undefined) {
      console.log('\nSuggested field mapping');
      console.log(
        formatTable(
          ['field', 'suggested', 'confidence', 'ambiguous', 'first reason'],
          Object.values(suggestions).map((s) => [s.logical, s.fieldId ?? '-', s.confidence.toFixed(2), s.ambiguous ? 'yes' : '', s.reasons[0] ?? '']),
        ),
      );
    }
    const status = await platform.callResolver({ installation, moduleKey: 'sias-admin', functionKey: 'getSetupStatus', accountId: admin.accountId });
    console.log('\nSetup status (admin page resolver):', JSON.stringify(status));
    const usage = installation.kvs.usage();
    console.log('\nCloud counters');
    console.log(
      formatTable(
        ['Jira requests', 'KVS read units', 'KVS write units', 'invocations', 'GB-seconds'],
        [[String(site.requests.length), String(usage.readUnits), String(usage.writeUnits), String(platform.log.count()), platform.log.gbSeconds().toFixed(4)]],
      ),
    );
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
