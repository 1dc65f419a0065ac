/**
 * How much each kind of evidence says, as the chance it alone identifies the field. Evidence
 * combines as independent chances (see confidence.ts), so two medium signals beat one, and no
 * pile of weak ones reaches certainty.
 */
export const WEIGHT = {
  /** Jira's own field for the purpose: `timespent` is logged time, whatever it is called. */
  systemId: 0.95,
  /** A field type made for the purpose (jsw-story-points, gh-sprint); a site can hold a stale second one. */
  customType: 0.85,
  /** Names are chosen by admins and reused loosely ("Story Points" for an unrelated number). */
  exactName: 0.6,
  /** A word inside a longer name: a hint, never enough alone. */
  keyword: 0.3,
  /** Every estimating board uses the field: what a sprint's points mean is decided there. Scaled by the share of boards. */
  boards: 0.97,
  /** The projects' style (team-managed projects link epics through `parent`). */
  projectStyle: 0.9,
} as const;

/** An exact name alone (0.6) is suggested; a keyword alone (0.3) only listed. */
export const SUGGESTION_THRESHOLD = 0.5;

/** Candidates this close to the best are a real choice for the admin, not noise. */
export const AMBIGUITY_MARGIN = 0.15;

/** Discovery never claims certainty: the admin confirms every mapping. */
export const MAX_CONFIDENCE = 0.99;

/** When boards disagree on the story-points field, confidence is squeezed into this band: a board uses the field, so it is plausible; others do not, so it is never sure. */
export const DISAGREEMENT_BAND = { floor: 0.5, ceiling: 0.75 } as const;
