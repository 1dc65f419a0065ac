/**
 * How unreliably the platform delivers. Every roll comes from one seeded generator, so a run with
 * faults is repeatable.
 */
export interface DeliveryPolicy {
  /** Extra delay before delivery, uniformly drawn in [min, max] ms. */
  latencyMs: { min: number; max: number };
  /** Chance that an event is delivered twice. */
  duplicateRate: number;
  /** Chance that an event is never delivered (product events and scheduled runs only). */
  dropRate: number;
}

export const RELIABLE: DeliveryPolicy = { latencyMs: { min: 0, max: 0 }, duplicateRate: 0, dropRate: 0 };

/** Mulberry32: small, fast and good enough to make fault injection repeatable from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function drawLatency(policy: DeliveryPolicy, random: () => number): number {
  const { min, max } = policy.latencyMs;
  return Math.round(min + (max - min) * random());
}
