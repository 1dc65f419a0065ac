import { JIRA_SETTINGS_DEFAULTS, resolveJiraSettings } from '../../../src/settings/jira-settings';

describe('the Jira client settings', () => {
  it('uses the original design\'s defaults when nothing is set', () => {
    expect(resolveJiraSettings({}, undefined)).toEqual({ settings: JIRA_SETTINGS_DEFAULTS, problems: [] });
    expect(JIRA_SETTINGS_DEFAULTS).toMatchObject({ maxRetries: 3, timeoutMs: 30_000, cacheTtlSeconds: 300, defaultSyncIntervalMinutes: 15 });
  });

  it('takes defaults from Forge environment variables, and stored admin settings over them', () => {
    const resolved = resolveJiraSettings({ JIRA_MAX_RETRIES: '2', JIRA_TIMEOUT: '10000', JIRA_DEFAULT_SYNC_INTERVAL: '30' }, { defaultSyncIntervalMinutes: 60 });
    expect(resolved.settings).toMatchObject({ maxRetries: 2, timeoutMs: 10_000, defaultSyncIntervalMinutes: 60 });
    expect(resolved.problems).toEqual([]);
  });

  it('reports a bad environment value by its variable and keeps the default, never using the bad value', () => {
    const resolved = resolveJiraSettings({ JIRA_MAX_RETRIES: 'lots', JIRA_TIMEOUT: '5', JIRA_CACHE_TTL: '-1' }, undefined);
    expect(resolved.settings).toEqual(JIRA_SETTINGS_DEFAULTS);
    expect(resolved.problems.map((p) => p.variable)).toEqual(['JIRA_MAX_RETRIES', 'JIRA_TIMEOUT', 'JIRA_CACHE_TTL']);
    expect(resolved.problems.every((p) => p.message.length > 0 && !p.message.includes('lots'))).toBe(true);
  });
});
