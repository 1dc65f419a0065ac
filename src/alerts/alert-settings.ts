import { z } from 'zod';
import { readValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { DEFAULT_THRESHOLDS, type AlertThresholds } from './model';

const name = z.string().trim().min(1).max(255);

export const thresholdsSchema = z.object({
  estimatedIssueTypes: z.array(name).max(50),
  missingEstimateGraceMinutes: z.number().int().min(0).max(43_200),
  stuckDays: z.number().min(0.5).max(365),
  overEstimateRatio: z.number().min(1).max(10),
  skippedTransitions: z.array(z.object({ from: name, to: name })).max(50),
  velocitySprints: z.number().int().min(1).max(10),
  velocityTolerance: z.number().min(0).max(2),
  notify: z.boolean(),
  cooldownMinutes: z.number().int().min(0).max(10_080),
});

/** The alert thresholds: defaults for the site, and per project the settings that differ. */
export const alertSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  defaults: thresholdsSchema,
  projects: z.record(z.string().min(1).max(255), thresholdsSchema.partial()),
});

export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export const ALERT_SETTINGS_DEFAULTS: AlertSettings = { schemaVersion: 1, defaults: { ...DEFAULT_THRESHOLDS, estimatedIssueTypes: [...DEFAULT_THRESHOLDS.estimatedIssueTypes], skippedTransitions: [] }, projects: {} };

export async function alertSettings(): Promise<AlertSettings> {
  return (await readValue(KEYS.alertSettings(), alertSettingsSchema)) ?? ALERT_SETTINGS_DEFAULTS;
}

export function thresholdsFor(settings: AlertSettings, projectKey: string): AlertThresholds {
  return { ...settings.defaults, ...settings.projects[projectKey] };
}
