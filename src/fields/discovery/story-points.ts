import type { BoardEstimation } from '../logical-fields';
import { roundConfidence } from './confidence';
import type { Evidence, Signal } from './evidence';
import { compareIds, capDescending, evidenceStrength, hasEvidence, rankBySignals, toCandidate, type Ranking } from './ranking';
import type { BoardDisagreement } from './types';
import { DISAGREEMENT_BAND, WEIGHT } from './weights';

interface BoardUse {
  evidence: Evidence;
  boards: BoardEstimation[];
  /** The field's own evidence, before the boards: it breaks ties between equally used fields. */
  strength: number;
}

function boardNames(boards: readonly BoardEstimation[]): string {
  return boards.map((board) => board.boardName).join(', ');
}

function whichBoards(using: number, estimating: number): string {
  if (using < estimating) return `${using} of ${estimating} boards`;
  if (estimating === 1) return 'the only estimating board';
  return estimating === 2 ? 'both estimating boards' : `all ${estimating} estimating boards`;
}

function boardSignal(boards: readonly BoardEstimation[], estimating: number): Signal {
  const share = boards.length / estimating;
  return { weight: WEIGHT.boards * share, reason: `the estimation field of ${whichBoards(boards.length, estimating)} (${boardNames(boards)})` };
}

function disagreementNote(others: readonly BoardUse[]): Signal {
  const list = others.map((use) => `'${use.evidence.field.name}' (${boardNames(use.boards)})`).join(', ');
  return { weight: 0, reason: `boards disagree: others estimate with ${list}` };
}

function groupByField(evidence: readonly Evidence[], estimating: readonly BoardEstimation[]): BoardUse[] {
  return evidence
    .map((item) => ({ evidence: item, boards: estimating.filter((board) => board.estimationFieldId === item.field.id), strength: evidenceStrength(item) }))
    .filter((use) => use.boards.length > 0)
    .sort((a, b) => b.boards.length - a.boards.length || b.strength - a.strength || compareIds(a.evidence.field.id, b.evidence.field.id));
}

/**
 * The boards' estimation field decides what a sprint's points mean, so it outranks every other
 * signal. Boards with no estimation or estimating in time name no story-points field (time fields
 * do not fit), so only the boards naming a fitting field count.
 */
export function rankStoryPoints(evidence: readonly Evidence[], boards: readonly BoardEstimation[]): { ranking: Ranking; disagreement: BoardDisagreement | null } {
  const fitting = new Set(evidence.map((item) => item.field.id));
  const estimating = boards.filter((board) => board.estimationFieldId !== null && fitting.has(board.estimationFieldId)).sort((a, b) => a.boardId - b.boardId);
  const uses = groupByField(evidence, estimating);
  const [winner, ...others] = uses;
  if (!winner) return { ranking: { candidates: rankBySignals(evidence), ambiguous: null }, disagreement: null };

  const agree = others.length === 0;
  const boardCandidates = uses.map((use) => {
    const signals = [...use.evidence.signals, boardSignal(use.boards, estimating.length)];
    if (use === winner && !agree) signals.push(disagreementNote(others));
    const scored = { ...use.evidence, signals };
    if (agree) return toCandidate(scored);
    const squeezed = DISAGREEMENT_BAND.floor + (DISAGREEMENT_BAND.ceiling - DISAGREEMENT_BAND.floor) * evidenceStrength(scored);
    return toCandidate(scored, roundConfidence(squeezed));
  });
  const unused = rankBySignals(evidence.filter((item) => hasEvidence(item) && !uses.some((use) => use.evidence === item)));
  const disagreement: BoardDisagreement | null = agree
    ? null
    : { logical: 'storyPoints', byField: uses.map((use) => ({ fieldId: use.evidence.field.id, fieldName: use.evidence.field.name, boardIds: use.boards.map((board) => board.boardId) })) };
  return { ranking: { candidates: capDescending([...boardCandidates, ...unused]), ambiguous: !agree }, disagreement };
}
