/** What the generator can do to a site. Sprint rituals run on the sprints' schedule, the rest at random. */
export const ACTION_KINDS = [
  'create-issue',
  'edit-summary',
  'edit-description',
  'assign',
  'transition',
  'reopen',
  'estimate',
  'move-sprint',
  'comment',
  'edit-comment',
  'log-work',
  'delete-issue',
  'create-sprint',
  'start-sprint',
  'close-sprint',
] as const;

export type ActionKind = (typeof ACTION_KINDS)[number];

/** One action as applied: the ground truth a test compares the app's view with. */
export interface AppliedAction {
  kind: ActionKind;
  at: number;
  actorId: string;
  /** The issue acted on; null for sprint rituals. */
  issueId: string | null;
  key: string | null;
  /** The sprint involved: the one started or closed, or the one an issue was created or moved into. */
  sprintId: number | null;
}

export interface ActivitySummary {
  from: number;
  to: number;
  actions: number;
  byKind: Record<ActionKind, number>;
}

export function summarise(actions: readonly AppliedAction[], from: number, to: number): ActivitySummary {
  const byKind = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, 0])) as Record<ActionKind, number>;
  for (const action of actions) byKind[action.kind]++;
  return { from, to, actions: actions.length, byKind };
}
