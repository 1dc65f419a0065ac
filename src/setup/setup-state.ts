import { z } from 'zod';

/**
 * Where the installation stands in its setup. The admin page shows it and what is left to do.
 * `connected` means the app reached the site's Jira as itself after install.
 */
export const setupStateSchema = z.object({
  status: z.enum(['installed', 'connected', 'waiting-for-permissions']),
  installedAt: z.number().int(),
  appVersion: z.string(),
  installerAccountId: z.string().optional(),
  jiraBaseUrl: z.string().optional(),
  lastCheckedAt: z.number().int().optional(),
  lastJiraStatus: z.number().int().optional(),
});

export type SetupState = z.infer<typeof setupStateSchema>;

/** The state after a connection check; pure, so the install race (401/403 early on) is easy to test. */
export function afterConnectionCheck(
  state: SetupState,
  check: { ok: true; baseUrl: string } | { ok: false; status: number },
  now: number,
): SetupState {
  if (check.ok) {
    return { ...state, status: 'connected', jiraBaseUrl: check.baseUrl, lastCheckedAt: now, lastJiraStatus: 200 };
  }
  return { ...state, status: 'waiting-for-permissions', lastCheckedAt: now, lastJiraStatus: check.status };
}
