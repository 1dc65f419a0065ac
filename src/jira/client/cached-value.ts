import { z } from 'zod';

/** An app-cache entry: the value as Jira sent it, re-parsed with the endpoint's schema when read. */
export const cachedValueSchema = z.object({ expiresAt: z.number(), value: z.unknown() });
