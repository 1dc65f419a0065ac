import { combineWeights } from './confidence';
import type { Evidence } from './evidence';
import { describeShape } from './fit';
import type { Candidate } from './types';

/** Candidates best first, and whether the choice is ambiguous when a rule decides that (null: by margin). */
export interface Ranking {
  candidates: Candidate[];
  ambiguous: boolean | null;
}

export function evidenceStrength(evidence: Evidence): number {
  return combineWeights(evidence.signals.map((signal) => signal.weight));
}

export function hasEvidence(evidence: Evidence): boolean {
  return evidence.signals.some((signal) => signal.weight > 0);
}

/** Field ids break ties so the same site always gives the same answer. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toCandidate(evidence: Evidence, confidence: number = evidenceStrength(evidence)): Candidate {
  const { field } = evidence;
  // A stable sort keeps context notes (weight 0) in the order the rules added them.
  const reasons = [...evidence.signals].sort((a, b) => b.weight - a.weight).map((signal) => signal.reason);
  if (field.schema) reasons.push(`schema type ${describeShape(field.schema)}`);
  return { fieldId: field.id, fieldName: field.name, confidence, reasons };
}

export function rankBySignals(evidence: readonly Evidence[]): Candidate[] {
  return evidence
    .filter(hasEvidence)
    .map((item) => toCandidate(item))
    .sort((a, b) => b.confidence - a.confidence || compareIds(a.fieldId, b.fieldId));
}

/** When a rule orders the candidates, no later one may look more certain than an earlier one. */
export function capDescending(candidates: readonly Candidate[]): Candidate[] {
  let ceiling = 1;
  return candidates.map((candidate) => {
    const confidence = Math.min(candidate.confidence, ceiling);
    ceiling = confidence;
    return { ...candidate, confidence };
  });
}
