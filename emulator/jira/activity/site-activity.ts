import type { JiraSiteState } from '../model/site-state';
import { Random } from '../seed/random';
import type { Action, ActivityContext } from './activity-context';
import { summarise, type ActivitySummary, type AppliedAction } from './applied-action';
import { comment, editComment, logWork } from './conversation-actions';
import { createIssue } from './create-issue';
import { assign, deleteIssue, editDescription, editSummary, estimate } from './edit-actions';
import { projectViews } from './project-views';
import { moveSprint } from './sprint-moves';
import { dueSprintRitual } from './sprint-rituals';
import { transition, reopen } from './workflow-actions';
import { nextActionTime } from './working-hours';
import { WorkingSet } from './working-set';

export interface ActivityOptions {
  seed: number;
  /** Actions per hour at the busiest (weekday working hours); far fewer at night and at weekends. */
  actionsPerHour: number;
  /** Who acts; by default every active user. Each acts only in projects they can browse. */
  actorIds?: readonly string[];
}

export interface PlayOptions {
  from: number;
  durationMs: number;
  /** Moves the caller's clock (e.g. the platform's) to `at`, delivering whatever falls due on the way. */
  advanceTo: (at: number) => Promise<void>;
}

/** How often each random action happens relative to the others: mostly workflow and talk, deletes rare. */
const ACTIONS: ReadonlyArray<readonly [Action, number]> = [
  [createIssue, 10],
  [editSummary, 3],
  [editDescription, 3],
  [assign, 6],
  [transition, 22],
  [reopen, 2],
  [estimate, 6],
  [moveSprint, 5],
  [comment, 16],
  [editComment, 3],
  [logWork, 10],
  [deleteIssue, 0.5],
];

/**
 * People working on a site over virtual time, from a seed: the same seed on the same site gives
 * the same actions and the same final state. Sprint rituals happen on the sprints' schedule.
 */
export class SiteActivity {
  private readonly applied: AppliedAction[] = [];
  private readonly random: Random;
  private ctx: ActivityContext | undefined;

  constructor(
    private readonly state: JiraSiteState,
    private readonly options: ActivityOptions,
  ) {
    if (!(options.actionsPerHour > 0)) throw new Error('actionsPerHour must be positive');
    this.random = new Random(options.seed);
  }

  /** Every action applied so far, in order. */
  get log(): readonly AppliedAction[] {
    return this.applied;
  }

  /** Applies one action at `at`: a sprint ritual if one is due, else a random one. */
  step(at: number): AppliedAction {
    const ctx = this.context(at);
    // An action finding nothing to act on (no comments yet, no done issue) gives way to filing a new issue.
    const action = dueSprintRitual(ctx, at) ?? this.random.weighted(ACTIONS)(ctx, at) ?? createIssue(ctx, at);
    if (action === undefined) throw new Error('The site offers nothing to act on');
    this.applied.push(action);
    return action;
  }

  /** Applies actions from `from` for `durationMs`, moving the caller's clock to each before applying it. */
  async play(options: PlayOptions): Promise<ActivitySummary> {
    const { from, durationMs, advanceTo } = options;
    const end = from + durationMs;
    const first = this.applied.length;
    for (let at = nextActionTime(this.random, from, this.options.actionsPerHour); at < end; at = nextActionTime(this.random, at, this.options.actionsPerHour)) {
      await advanceTo(at);
      this.step(at);
    }
    await advanceTo(end);
    return summarise(this.applied.slice(first), from, end);
  }

  /** Built at the first action, so the working set reflects the site as it is when activity starts. */
  private context(at: number): ActivityContext {
    if (this.ctx !== undefined) return this.ctx;
    const { state, random } = this;
    const actorIds = this.options.actorIds ?? [...state.users.values()].filter((u) => u.active && u.accountType === 'atlassian').map((u) => u.accountId);
    const views = projectViews(state, actorIds);
    if (views.size === 0) throw new Error('No actor can work in any project');
    const work = new WorkingSet(state, random);
    work.load(at);
    const counts = work.countByProject();
    const projectWeights = [...views.values()].map((view) => [view, 1 + (counts.get(view.project.id) ?? 0)] as const);
    this.ctx = { state, random, views, projectWeights, work };
    return this.ctx;
  }
}
