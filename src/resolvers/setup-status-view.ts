import { z } from 'zod';

/** What the UI may learn about setup: no account ids and no site details. Shared by resolver and UI. */
export const setupStatusViewSchema = z.object({
  status: z.enum(['not-installed', 'installed', 'connected', 'waiting-for-permissions']),
  installedAt: z.number().int().nullable(),
});

export type SetupStatusView = z.infer<typeof setupStatusViewSchema>;
