/** How long a response takes; every draw comes from the caller's seeded generator. */
export type LatencyDistribution =
  | { type: 'fixed'; ms: number }
  | { type: 'uniform'; minMs: number; maxMs: number }
  /** Weighted components, e.g. 95 % fast and 5 % slow for a long tail. */
  | { type: 'mix'; components: ReadonlyArray<{ weight: number; distribution: LatencyDistribution }> };

export function drawLatencyMs(distribution: LatencyDistribution, random: () => number): number {
  switch (distribution.type) {
    case 'fixed':
      return distribution.ms;
    case 'uniform':
      return Math.round(distribution.minMs + (distribution.maxMs - distribution.minMs) * random());
    case 'mix': {
      const total = distribution.components.reduce((sum, c) => sum + c.weight, 0);
      let pick = random() * total;
      for (const component of distribution.components) {
        pick -= component.weight;
        if (pick < 0) return drawLatencyMs(component.distribution, random);
      }
      const last = distribution.components[distribution.components.length - 1];
      return last === undefined ? 0 : drawLatencyMs(last.distribution, random);
    }
  }
}

/** A typical long tail: mostly `fastMs`, with `tailShare` of responses in `slowMs`. */
export function longTail(
  fastMs: { min: number; max: number },
  slowMs: { min: number; max: number },
  tailShare: number,
): LatencyDistribution {
  return {
    type: 'mix',
    components: [
      { weight: 1 - tailShare, distribution: { type: 'uniform', minMs: fastMs.min, maxMs: fastMs.max } },
      { weight: tailShare, distribution: { type: 'uniform', minMs: slowMs.min, maxMs: slowMs.max } },
    ],
  };
}
