import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EVENT_KINDS, SPRINT_KINDS, STATE_KINDS, type AlertKind } from '../model';

export const alertKindSchema = z.enum([...STATE_KINDS, ...EVENT_KINDS, ...SPRINT_KINDS]);
export const alertStatusSchema = z.enum(['open', 'acknowledged', 'resolved']);
export type AlertStatus = z.infer<typeof alertStatusSchema>;

/**
 * One alert, in the `alert` custom entity (keyed by a hash of its dedup key), indexed by subject,
 * by status and by cause. Times are epoch ms. Attributes KVS cannot hold as null are left out.
 */
export const alertRecordSchema = z.object({
  kind: alertKindSchema,
  /** The issue id, or `sprint:<id>`. */
  subject: z.string(),
  cause: z.string(),
  projectKey: z.string(),
  /** The issue key or sprint name, for lists that do not read the subject. */
  title: z.string(),
  severity: z.enum(['info', 'warning']),
  status: alertStatusSchema,
  /** Who resolved it: its rule (the cause went away), or a person. */
  resolvedBy: z.enum(['rule', 'person']).optional(),
  /** The account that acknowledged or resolved it by hand. */
  actedBy: z.string().optional(),
  firstSeen: z.number(),
  lastSeen: z.number(),
  resolvedAt: z.number().optional(),
  /** Set before the comment is posted, so an alert is never notified twice. */
  notifiedAt: z.number().optional(),
  explanation: z.string(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  version: z.number().int().min(1),
});

export type AlertRecord = z.infer<typeof alertRecordSchema>;

export const ALERT_ENTITY = 'alert';

/** Keys allow few characters; the dedup key may hold any, so the id is its hash. */
export function alertId(dedupKey: string): string {
  return createHash('sha256').update(dedupKey).digest('hex').slice(0, 32);
}

export type AlertFamily = 'state' | 'event' | 'sprint';

export function familyOf(kind: AlertKind): AlertFamily {
  if ((STATE_KINDS as readonly string[]).includes(kind)) return 'state';
  if ((SPRINT_KINDS as readonly string[]).includes(kind)) return 'sprint';
  return 'event';
}
