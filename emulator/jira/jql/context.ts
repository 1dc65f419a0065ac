import type { JiraSiteState } from '../model/site-state';

/** Who searches, and when: what a query's values resolve against. */
export interface JqlContext {
  state: JiraSiteState;
  /** Virtual time in epoch ms, for relative dates and date functions. */
  now: number;
  /** The searcher, for `currentUser()`; undefined for an anonymous search, where it matches nobody. */
  currentAccountId: string | undefined;
  canBrowse(projectId: string): boolean;
}

/** The context as compilation uses it: browse checks are asked once per project, not once per issue. */
export interface Scope {
  readonly state: JiraSiteState;
  readonly now: number;
  readonly currentAccountId: string | undefined;
  visible(projectId: string): boolean;
}

export function scopeOf(context: JqlContext): Scope {
  const browsable = new Map<string, boolean>();
  return {
    state: context.state,
    now: context.now,
    currentAccountId: context.currentAccountId,
    visible(projectId) {
      let allowed = browsable.get(projectId);
      if (allowed === undefined) browsable.set(projectId, (allowed = context.canBrowse(projectId)));
      return allowed;
    },
  };
}
