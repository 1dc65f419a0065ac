import { z } from 'zod';

/** The original design's error metrics, per installation, plus what Forge adds: waits, deferrals, points. */
export const clientMetricsSchema = z.object({
  requests: z.number().int().min(0),
  pointsSpent: z.number().min(0),
  errorsByType: z.record(z.string(), z.number().int()),
  errorsByEndpoint: z.record(z.string(), z.number().int()),
  breakerTrips: z.number().int().min(0),
  rateLimitWaits: z.number().int().min(0),
  rateLimited: z.number().int().min(0),
  deferrals: z.number().int().min(0),
  cacheHits: z.number().int().min(0),
  cacheMisses: z.number().int().min(0),
});

export type ClientMetrics = z.infer<typeof clientMetricsSchema>;

export function emptyMetrics(): ClientMetrics {
  return { requests: 0, pointsSpent: 0, errorsByType: {}, errorsByEndpoint: {}, breakerTrips: 0, rateLimitWaits: 0, rateLimited: 0, deferrals: 0, cacheHits: 0, cacheMisses: 0 };
}

/** Whether an invocation counted anything worth a KVS write. */
export function hasCounts(metrics: ClientMetrics): boolean {
  return Object.values(metrics).some((value) => (typeof value === 'number' ? value > 0 : Object.keys(value).length > 0));
}

/** Adds one invocation's counts to the stored totals. */
export function mergeMetrics(total: ClientMetrics, delta: ClientMetrics): ClientMetrics {
  return {
    requests: total.requests + delta.requests,
    pointsSpent: total.pointsSpent + delta.pointsSpent,
    errorsByType: addCounts(total.errorsByType, delta.errorsByType),
    errorsByEndpoint: addCounts(total.errorsByEndpoint, delta.errorsByEndpoint),
    breakerTrips: total.breakerTrips + delta.breakerTrips,
    rateLimitWaits: total.rateLimitWaits + delta.rateLimitWaits,
    rateLimited: total.rateLimited + delta.rateLimited,
    deferrals: total.deferrals + delta.deferrals,
    cacheHits: total.cacheHits + delta.cacheHits,
    cacheMisses: total.cacheMisses + delta.cacheMisses,
  };
}

export function countError(metrics: ClientMetrics, code: string, operation: string): void {
  metrics.errorsByType[code] = (metrics.errorsByType[code] ?? 0) + 1;
  metrics.errorsByEndpoint[operation] = (metrics.errorsByEndpoint[operation] ?? 0) + 1;
}

function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const sum = { ...a };
  for (const [key, value] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}
