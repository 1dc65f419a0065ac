import { JiraSite } from '../../emulator/jira/site/jira-site';
import { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { Installation } from '../../emulator/platform/installation';
import type { DiscoveryRecord, HealthRecord, MappingRecord } from '../../src/fields/field-records';
import { saveMapping } from '../../src/fields/mapping-store';
import type { JiraFieldInfo } from '../../src/fields/logical-fields';
import { KEYS } from '../../src/storage/keys';

interface Cloud {
  platform: ForgePlatform;
  site: JiraSite;
  installation: Installation;
}

async function installed(): Promise<Cloud> {
  const platform = new ForgePlatform();
  const site = await JiraSite.start({ clock: platform.clock, issues: 200, seed: 3 });
  const installation = await platform.install({ jiraBaseUrl: site.baseUrl, cloudId: site.cloudId });
  await platform.drain();
  return { platform, site, installation };
}

async function stored<T>(cloud: Cloud, key: string): Promise<T> {
  const result = await cloud.platform.run(cloud.installation, async () => (await import('@forge/kvs')).kvs.get(key));
  if (result.outcome !== 'success') throw new Error('reading KVS failed');
  return result.value as T;
}

function siteFields(site: JiraSite): JiraFieldInfo[] {
  return [...site.state.fields.values()].map((f) => ({ id: f.id, name: f.name, custom: f.custom, schema: f.schema }));
}

async function save(cloud: Cloud, proposed: Record<string, string | null>, by = cloud.site.admin().accountId): Promise<Awaited<ReturnType<typeof saveMapping>>> {
  const result = await cloud.platform.run(cloud.installation, () => saveMapping(proposed, by, cloud.platform.clock.now(), siteFields(cloud.site)));
  if (result.outcome !== 'success') throw new Error('saving failed');
  return result.value as Awaited<ReturnType<typeof saveMapping>>;
}

/** Each discovery reads the field list from Jira once. */
const discoveries = (cloud: Cloud): number => cloud.site.requests.filter((r) => r.path === '/rest/api/3/field').length;

describe('field discovery and mapping on the seeded site', () => {
  let cloud: Cloud;
  afterEach(async () => {
    await cloud.site.stop();
  });

  it('discovers the fields at install and suggests a mapping, with the boards\' disagreement on story points reported', async () => {
    cloud = await installed();
    const record = await stored<DiscoveryRecord>(cloud, KEYS.fieldSuggestions());
    expect(record.suggestions.storyPoints).toMatchObject({ fieldId: 'customfield_10016', ambiguous: true, alternatives: [expect.objectContaining({ fieldId: 'customfield_10026' })] });
    expect(record.suggestions.sprint.fieldId).toBe('customfield_10020');
    expect(record.suggestions.epicLink.fieldId).toBe('parent');
    expect(record.boardDisagreement?.byField.map((f) => f.fieldId).sort()).toEqual(['customfield_10016', 'customfield_10026']);
    const health = await stored<HealthRecord>(cloud, KEYS.fieldHealth());
    expect(health.features.sprintAnalysis.status).toBe('degraded');
  });

  it('stores a valid mapping with who changed what, and refuses an invalid one with a message per field, writing nothing', async () => {
    cloud = await installed();
    const admin = cloud.site.admin().accountId;
    const first = await save(cloud, { storyPoints: 'customfield_10016', sprint: 'customfield_10020', originalEstimate: 'timeoriginalestimate' }, admin);
    expect(first.ok).toBe(true);
    const refused = await save(cloud, { storyPoints: 'labels', sprint: 'customfield_99999' }, admin);
    expect(refused.ok).toBe(false);
    if (refused.ok) throw new Error('refused');
    expect(refused.problems.map((p) => p.logical).sort()).toEqual(['sprint', 'storyPoints']);
    expect(refused.problems.every((p) => p.message.length > 0)).toBe(true);
    expect(await stored<MappingRecord>(cloud, KEYS.fieldMapping())).toEqual(first.ok ? first.record : undefined);
    const second = await save(cloud, { storyPoints: 'customfield_10026', sprint: 'customfield_10020', originalEstimate: 'timeoriginalestimate' }, admin);
    expect(second.ok).toBe(true);
    const record = await stored<MappingRecord>(cloud, KEYS.fieldMapping());
    expect(record).toMatchObject({ schemaVersion: 1, confirmedBy: admin, mapping: { storyPoints: 'customfield_10026', sprint: 'customfield_10020' } });
    expect(record.history.map((h) => h.changes.map((c) => `${c.logical}:${c.from}->${c.to}`))).toEqual([
      ['storyPoints:null->customfield_10016', 'sprint:null->customfield_10020', 'originalEstimate:null->timeoriginalestimate'],
      ['storyPoints:customfield_10016->customfield_10026'],
    ]);
  });

  it('re-runs discovery once for a burst of field events, and flags a mapped field that was deleted', async () => {
    cloud = await installed();
    await save(cloud, { storyPoints: 'customfield_10026', sprint: 'customfield_10020' });
    await cloud.platform.advance(60_000);
    const before = discoveries(cloud);
    cloud.site.state.fields.delete('customfield_10026');
    for (const eventType of ['avi:jira:deleted:field', 'avi:jira:updated:field', 'avi:jira:created:field']) {
      cloud.platform.publishProductEvent(cloud.installation, { eventType, field: { id: 'customfield_10026' } });
    }
    await cloud.platform.drain();
    expect(discoveries(cloud) - before).toBe(1);
    const health = await stored<HealthRecord>(cloud, KEYS.fieldHealth());
    expect(health.problems).toEqual([expect.objectContaining({ logical: 'storyPoints', fieldId: 'customfield_10026', problem: 'deleted' })]);
    expect(health.features.sprintAnalysis.status).toBe('degraded');
    const record = await stored<DiscoveryRecord>(cloud, KEYS.fieldSuggestions());
    expect(record.suggestions.storyPoints.alternatives.map((a) => a.fieldId)).not.toContain('customfield_10026');
  });

  it('checks the fields again every hour from the scheduled trigger, as events can be lost', async () => {
    cloud = await installed();
    await save(cloud, { storyPoints: 'customfield_10016', sprint: 'customfield_10020' });
    const field = cloud.site.state.fields.get('customfield_10016');
    if (field === undefined) throw new Error('the site has the field');
    field.schema = { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' };
    const before = discoveries(cloud);
    await cloud.platform.advance(3_600_000 + 5 * 60_000);
    await cloud.platform.drain();
    expect(discoveries(cloud) - before).toBe(1);
    const health = await stored<HealthRecord>(cloud, KEYS.fieldHealth());
    expect(health.problems).toEqual([expect.objectContaining({ logical: 'storyPoints', problem: 'retyped' })]);
  });
});
