import { z } from 'zod';

/** The Jira client's knobs: the original design's four, and the points budget's two. */
export const jiraSettingsSchema = z.object({
  maxRetries: z.number().int().min(0).max(5),
  timeoutMs: z.number().int().min(1_000).max(120_000),
  cacheTtlSeconds: z.number().int().min(0).max(86_400),
  defaultSyncIntervalMinutes: z.number().int().min(5).max(1_440),
  pointsQuotaPerHour: z.number().int().min(1_000).max(10_000_000),
  pointsSharePercent: z.number().min(1).max(100),
});

export type JiraSettings = z.infer<typeof jiraSettingsSchema>;

/**
 * The original design's values; the share gives one site a quarter of the app's Tier 1 quota,
 * which lets a 10,000-issue full sync finish within the hour and leaves the rest for other sites.
 */
export const JIRA_SETTINGS_DEFAULTS: JiraSettings = {
  maxRetries: 3,
  timeoutMs: 30_000,
  cacheTtlSeconds: 300,
  defaultSyncIntervalMinutes: 15,
  pointsQuotaPerHour: 65_000,
  pointsSharePercent: 25,
};

/** Forge environment variables (`forge variables set`) that set the defaults. */
export const JIRA_ENVIRONMENT: Readonly<Record<keyof JiraSettings, string>> = {
  maxRetries: 'JIRA_MAX_RETRIES',
  timeoutMs: 'JIRA_TIMEOUT',
  cacheTtlSeconds: 'JIRA_CACHE_TTL',
  defaultSyncIntervalMinutes: 'JIRA_DEFAULT_SYNC_INTERVAL',
  pointsQuotaPerHour: 'JIRA_POINTS_QUOTA',
  pointsSharePercent: 'JIRA_POINTS_SHARE_PERCENT',
};

/** An admin's overrides, as stored; each field is optional and validated like the whole. */
export const storedJiraSettingsSchema = jiraSettingsSchema.partial();

export type StoredJiraSettings = z.infer<typeof storedJiraSettingsSchema>;

export interface SettingProblem {
  setting: keyof JiraSettings;
  source: 'environment';
  /** The variable's name, never its value: an environment may hold anything. */
  variable: string;
  message: string;
}

export interface ResolvedJiraSettings {
  settings: JiraSettings;
  /** Values that were refused; the default stands in their place and the problem is shown to admins. */
  problems: SettingProblem[];
}

/**
 * Defaults from the environment, then the admin's stored overrides. A bad environment value is
 * reported and the built-in default used instead; stored overrides were validated when saved.
 */
export function resolveJiraSettings(environment: Readonly<Record<string, string | undefined>>, stored: StoredJiraSettings | undefined): ResolvedJiraSettings {
  const settings: JiraSettings = { ...JIRA_SETTINGS_DEFAULTS };
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(JIRA_ENVIRONMENT) as Array<keyof JiraSettings>) {
    const variable = JIRA_ENVIRONMENT[key];
    const raw = environment[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = jiraSettingsSchema.shape[key].safeParse(Number(raw.trim()));
    if (parsed.success) settings[key] = parsed.data;
    else problems.push({ setting: key, source: 'environment', variable, message: parsed.error.issues[0]?.message ?? 'invalid value' });
  }
  return { settings: { ...settings, ...definedOnly(stored) }, problems };
}

function definedOnly(stored: StoredJiraSettings | undefined): Partial<JiraSettings> {
  return Object.fromEntries(Object.entries(stored ?? {}).filter(([, value]) => value !== undefined)) as Partial<JiraSettings>;
}
