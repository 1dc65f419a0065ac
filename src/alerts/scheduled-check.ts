import { z } from 'zod';
import { mirrorIssueSchema } from '../mirror/mirror-issue';
import { entitiesBetween } from '../platform/entity-query';
import { readValue, writeValue } from '../platform/kvs-store';
import { KEYS } from '../storage/keys';
import { thresholdsFor } from './alert-settings';
import { applyAlertPlans, evaluateIssue } from './evaluate-issue';
import { queueNotifications } from './notify';
import { loadAlertEnvironment } from './rule-context';

const checkSchema = z.object({ checkedUntil: z.number() });

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Issues whose time-based rule comes due in one tick; more wait for the next tick. */
const PER_TICK = 1_000;

/**
 * Rules that become true with time alone (an estimate still missing when the grace period ends, an
 * issue stuck in progress) are checked on the scheduled tick: the issues whose creation or category
 * change crossed a threshold since the last check are evaluated again.
 */
export async function runScheduledAlertCheck(now: number): Promise<number> {
  const environment = await loadAlertEnvironment();
  if (environment === undefined) return 0;
  const last = (await readValue(KEYS.alertsScheduledCheck(), checkSchema))?.checkedUntil ?? environment.watchingSince;
  const projects = [undefined, ...Object.keys(environment.settings.projects)].map((key) => (key === undefined ? environment.settings.defaults : thresholdsFor(environment.settings, key)));
  const graces = projects.map((t) => t.missingEstimateGraceMinutes * MINUTE);
  const stucks = projects.map((t) => t.stuckDays * DAY);
  const due = new Map<string, z.infer<typeof mirrorIssueSchema>>();
  for (const entry of await entitiesBetween('mirror-issue', 'createdAt', last - Math.max(...graces), now - Math.min(...graces), PER_TICK, mirrorIssueSchema)) due.set(entry.key, entry.value);
  for (const entry of await entitiesBetween('mirror-issue', 'statusCategoryChangedAt', last - Math.max(...stucks), now - Math.min(...stucks), PER_TICK, mirrorIssueSchema)) due.set(entry.key, entry.value);
  const plans = [];
  for (const [issueId, issue] of due) plans.push(await evaluateIssue({ issueId, issue, mayHaveAlerts: true }, environment, now));
  await queueNotifications(await applyAlertPlans(plans, now), environment, now);
  await writeValue(KEYS.alertsScheduledCheck(), checkSchema, { checkedUntil: now });
  return due.size;
}
