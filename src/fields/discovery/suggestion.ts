import type { LogicalField } from '../logical-fields';
import { FIELD_SPECS } from './field-specs';
import type { Ranking } from './ranking';
import type { Suggestion } from './types';
import { AMBIGUITY_MARGIN, SUGGESTION_THRESHOLD } from './weights';

// Confidences carry two decimals; comparing in hundredths keeps 0.65 - 0.5 from missing the margin by a rounding error.
function withinMargin(best: number, other: number): boolean {
  return Math.round((best - other) * 100) <= Math.round(AMBIGUITY_MARGIN * 100);
}

export function toSuggestion(logical: LogicalField, { candidates, ambiguous }: Ranking): Suggestion {
  const [best, ...rest] = candidates;
  if (!best || best.confidence < SUGGESTION_THRESHOLD) {
    const reason = best
      ? `no field is likely enough: the best, '${best.fieldName}' (${best.fieldId}), scores ${best.confidence.toFixed(2)}`
      : `no field looks like ${FIELD_SPECS[logical].label.toLowerCase()}`;
    return { logical, fieldId: null, confidence: 0, reasons: [reason], alternatives: candidates, ambiguous: false };
  }
  const runnerUp = rest[0];
  return {
    logical,
    fieldId: best.fieldId,
    confidence: best.confidence,
    reasons: best.reasons,
    alternatives: rest,
    ambiguous: ambiguous ?? (runnerUp !== undefined && withinMargin(best.confidence, runnerUp.confidence)),
  };
}
