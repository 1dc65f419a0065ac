import { MAX_CONFIDENCE } from './weights';

export function roundConfidence(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Independent pieces of evidence: the field is wrong only if every one of them is. */
export function combineWeights(weights: readonly number[]): number {
  const allWrong = weights.reduce((product, weight) => product * (1 - weight), 1);
  return roundConfidence(Math.min(1 - allWrong, MAX_CONFIDENCE));
}
