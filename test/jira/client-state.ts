import type { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { Installation } from '../../emulator/platform/installation';
import { KEYS } from '../../src/storage/keys';

/**
 * The install's bootstrap discovers the site's fields through the client, which fills the app
 * cache and counts metrics and points. Tests of the client start from none of that.
 */
export async function forgetBootstrapTraffic(platform: ForgePlatform, installation: Installation): Promise<void> {
  const result = await platform.run(installation, async () => {
    const { kvs, WhereConditions } = await import('@forge/kvs');
    const cached = await kvs.query().where('key', WhereConditions.beginsWith('jira:cache:')).limit(100).getMany();
    for (const entry of cached.results) await kvs.delete(entry.key);
    for (const key of [KEYS.jiraMetrics(), KEYS.jiraBudget()]) await kvs.delete(key);
  });
  if (result.outcome !== 'success') throw new Error(`clearing the client's state ended ${result.outcome}`);
}
