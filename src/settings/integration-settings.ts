import { z } from 'zod';
import { readValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { OPTIONAL_FEATURES, type OptionalFeature } from './features';

/**
 * What the original design registered webhooks for, and how events retry: the admin's choices.
 * Empty filters mean everything.
 */
export const integrationSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  /** Project keys whose events the app processes. */
  projectKeys: z.array(z.string().min(1)).max(500),
  /** Issue type names whose events the app processes. */
  issueTypes: z.array(z.string().min(1)).max(100),
  /** The original design's backoff between attempts of a failed event. */
  retryDelaysSeconds: z.array(z.number().int().min(1).max(900)).min(1).max(10),
  maxAttempts: z.number().int().min(1).max(10),
  /** Tell the person on the issue (a comment) when their change lost to a newer change in Jira. */
  notifyOnConflict: z.boolean().default(false),
  enabledFeatures: z.array(z.enum(OPTIONAL_FEATURES)).default([...OPTIONAL_FEATURES]),
  /** The boards whose sprints are synced and analysed; empty means every scrum board of the synced projects. */
  sprintBoards: z.array(z.number().int().positive()).max(500).default([]),
});

export type IntegrationSettings = z.infer<typeof integrationSettingsSchema>;

export function featureOn(settings: IntegrationSettings, feature: OptionalFeature): boolean {
  return settings.enabledFeatures.includes(feature);
}

export const INTEGRATION_DEFAULTS: IntegrationSettings = {
  schemaVersion: 1,
  projectKeys: [],
  issueTypes: [],
  retryDelaysSeconds: [1, 2, 5, 10, 30],
  maxAttempts: 5,
  notifyOnConflict: false,
  enabledFeatures: [...OPTIONAL_FEATURES],
  sprintBoards: [],
};

export async function integrationSettings(): Promise<IntegrationSettings> {
  return (await readValue(KEYS.integrationSettings(), integrationSettingsSchema)) ?? INTEGRATION_DEFAULTS;
}
