import type { IssueType } from '../model/entities';
import { CUSTOM_FIELD_IDS } from '../model/fields';
import type { Issue, IssueChanges } from '../model/issue';
import type { JiraSiteState } from '../model/site-state';
import type { IssueHandle, ProjectContext } from './project-context';
import type { Random } from './random';
import { DAY, HOUR, type PlannedSprint } from './sprints';
import { LABELS, commentBody, description, summary } from './text';
import type { Timeline } from './timeline';

const TYPE_WEIGHTS: ReadonlyArray<readonly [IssueType['name'], number]> = [['Epic', 4], ['Story', 45], ['Task', 25], ['Bug', 16], ['Subtask', 10]];
const ESTIMATED_SHARE: Record<IssueType['name'], number> = { Epic: 0, Story: 0.85, Task: 0.6, Bug: 0.45, Subtask: 0 };
const POINTS: ReadonlyArray<readonly [number, number]> = [[1, 3], [2, 4], [3, 5], [5, 4], [8, 2], [13, 1]];
const PRIORITIES: ReadonlyArray<readonly [string, number]> = [['1', 1], ['2', 3], ['3', 8], ['4', 3], ['5', 1]];

export interface PlanContext {
  state: JiraSiteState;
  random: Random;
  timeline: Timeline;
  now: number;
}

/** Plans one issue's whole life (creation, planning, estimates, work, comments, worklogs) on the timeline. */
export function planIssue(ctx: PlanContext, projects: ProjectContext[], created: number): void {
  const { random } = ctx;
  const p = random.weighted(projects.map((project) => [project, project.seeded.weight] as const));
  let typeName = random.weighted(TYPE_WEIGHTS);
  if (typeName === 'Subtask' && p.parents.length === 0) typeName = 'Task';
  const handle: IssueHandle = { id: null };
  if (typeName === 'Epic') p.epics.push(handle);
  else if (typeName !== 'Subtask') p.parents.push(handle);
  const life = new IssueLife(ctx, p, handle, typeName, created);
  if (typeName === 'Subtask') life.planSubtask(random.pick(p.parents.slice(-20)));
  else life.plan();
}

class IssueLife {
  private readonly random: Random;
  private assigneeId: string | null = null;

  constructor(
    private readonly ctx: PlanContext,
    private readonly p: ProjectContext,
    private readonly handle: IssueHandle,
    private readonly typeName: IssueType['name'],
    private readonly created: number,
  ) {
    this.random = ctx.random;
  }

  plan(): void {
    const { random, p, created } = this;
    const epic = this.typeName === 'Epic';
    const fields: IssueChanges = this.initialFields();
    const parentEpic = !epic && p.epics.length > 0 && random.chance(0.6) ? random.pick(p.epics.slice(-6)) : null;
    const parentLater = parentEpic !== null && random.chance(0.2);
    this.create(fields, () => (parentEpic !== null && !parentLater ? this.liveId(parentEpic) : null));
    if (parentEpic !== null && parentLater) this.edit(created + random.float() * 10 * DAY, () => ({ parentId: this.liveId(parentEpic) }));

    const target = epic ? null : this.sprintTarget();
    const planAt = target === null ? null : target.start > created ? created + random.float() * (target.start - created) * 0.9 : created + HOUR;
    if (target !== null && planAt !== null) this.edit(planAt, () => ({ sprintIds: [target.sprint.id] }));
    this.planEstimates(planAt ?? created + DAY);

    let workStart: number | null = null;
    if (epic) workStart = created + random.float() * 20 * DAY;
    else if (target !== null) workStart = Math.max(target.start, planAt ?? 0) + random.float() * 6 * DAY;
    else if (p.sprints.length === 0 || random.chance(0.1)) workStart = created + random.float() * 10 * DAY;
    const duration = epic ? (20 + random.float() * 70) * DAY : (0.5 + random.float() ** 2 * 20) * DAY;
    const doneAt = workStart === null || (epic && random.chance(0.6)) ? null : workStart + duration;
    if (workStart !== null) this.planWork(workStart, doneAt, duration);
    this.planEdits(created);
    this.planComments(doneAt);
    if (!epic && random.chance(0.003)) {
      const actor = this.actor();
      this.at(created + random.float() * (this.ctx.now - created), (issue, at) => this.ctx.state.deleteIssue(issue.id, actor, at));
    }
  }

  planSubtask(parent: IssueHandle): void {
    const { random, created } = this;
    const fields = this.initialFields();
    this.create(fields, () => this.liveId(parent), () => {
      const parentIssue = parent.id === null ? undefined : this.ctx.state.issue(parent.id);
      return parentIssue?.sprintIds ?? [];
    });
    const workStart = created + random.float() * 5 * DAY;
    const duration = (0.2 + random.float() * 5) * DAY;
    this.planWork(workStart, random.chance(0.8) ? workStart + duration : null, duration);
    this.planComments(null);
  }

  private initialFields(): IssueChanges {
    const { random, p } = this;
    const fields: IssueChanges = { priorityId: random.weighted(PRIORITIES) };
    if (random.chance(0.8)) fields.description = description(random);
    if (random.chance(0.5)) fields.assigneeId = this.assign();
    if (this.typeName !== 'Subtask' && p.seeded.teams.length > 0 && random.chance(0.7)) fields.teamId = random.pick(p.seeded.teams).id;
    if (random.chance(0.3)) fields.labels = [...new Set([random.pick(LABELS), random.pick(LABELS)])].sort();
    if (this.typeName !== 'Epic' && random.chance(this.typeName === 'Subtask' ? 0.5 : 0.3)) {
      const seconds = this.random.int(1, 16) * 3600;
      fields.originalEstimateSeconds = seconds;
      fields.remainingEstimateSeconds = seconds;
    }
    return fields;
  }

  private create(fields: IssueChanges, parentId: () => string | null, sprintIds: () => number[] = () => []): void {
    const { p, ctx, handle, typeName } = this;
    const reporter = this.actor();
    const title = summary(this.random, typeName === 'Epic');
    ctx.timeline.add(this.created, () => {
      const parent = parentId();
      // A subtask whose parent was deleted before it existed is filed as a plain task instead.
      const type = typeName === 'Subtask' && parent === null ? 'Task' : typeName;
      const issue = ctx.state.createIssue(
        { ...fields, projectId: p.seeded.project.id, issueTypeId: p.types[type], summary: title, statusId: p.statuses.todo, parentId: parent, sprintIds: sprintIds() },
        reporter,
        this.created,
      );
      handle.id = issue.id;
    });
  }

  /** The sprint the issue is planned into: usually the next to start, sometimes a later one, or scope added mid-sprint. */
  private sprintTarget(): PlannedSprint | null {
    const { random, p, created } = this;
    if (p.sprints.length === 0 || !random.chance(0.8)) return null;
    if (this.typeName === 'Bug' && random.chance(0.15)) {
      const running = p.sprints.find((s) => s.start <= created && created + DAY < s.end);
      if (running !== undefined) return running;
    }
    const next = p.sprints.findIndex((s) => s.start >= created + 12 * HOUR);
    if (next < 0) return null;
    return p.sprints[next + (random.chance(0.3) ? random.int(1, 3) : 0)] ?? null;
  }

  private planEstimates(planAt: number): void {
    const { random, p } = this;
    if (!random.chance(ESTIMATED_SHARE[this.typeName])) return;
    const boardField = p.seeded.board.estimationFieldId ?? (random.chance(0.2) ? CUSTOM_FIELD_IDS.storyPointEstimate : null);
    if (boardField === null) return;
    const legacyBoard = boardField === CUSTOM_FIELD_IDS.storyPoints;
    // Both fields set on some issues: field discovery must pick the board's one, not the first found.
    const both = random.chance(legacyBoard ? 0.1 : 0.05);
    const estimate = (value: number): IssueChanges => {
      const other = both ? random.weighted(POINTS) : undefined;
      if (legacyBoard) return other === undefined ? { storyPoints: value } : { storyPoints: value, storyPointEstimate: other };
      return other === undefined ? { storyPointEstimate: value } : { storyPointEstimate: value, storyPoints: other };
    };
    const first = estimate(random.weighted(POINTS));
    this.edit(random.chance(0.5) ? this.created + 1 : planAt, () => first);
    if (random.chance(0.12)) {
      const second = estimate(random.weighted(POINTS));
      this.edit(planAt + random.float() * 10 * DAY, () => second);
    }
  }

  private planWork(workStart: number, doneAt: number | null, duration: number): void {
    const { random, p } = this;
    if (this.assigneeId === null) {
      const assignee = this.assign();
      this.edit(workStart, () => ({ assigneeId: assignee }));
    }
    this.transition(workStart, p.statuses.inProgress);
    if (p.statuses.review !== null && random.chance(0.5)) this.transition(workStart + duration * 0.7, p.statuses.review);
    if (doneAt !== null) this.transition(doneAt, p.statuses.done);
    const logsWork = this.typeName !== 'Epic' && random.chance(0.35);
    const until = Math.min(doneAt ?? this.ctx.now, this.ctx.now);
    if (!logsWork || until <= workStart) return;
    for (let n = random.int(1, 3); n > 0; n--) {
      const started = Math.floor(workStart + random.float() * (until - workStart));
      const seconds = random.int(1, 12) * 1800;
      const author = this.assigneeId ?? this.actor();
      this.at(started + random.float() * 2 * HOUR, (issue, at) => this.ctx.state.addWorklog(issue.id, { started, timeSpentSeconds: seconds }, author, at));
    }
  }

  private planEdits(created: number): void {
    const { random } = this;
    const span = this.ctx.now - created;
    if (random.chance(0.05)) {
      const title = summary(random, this.typeName === 'Epic');
      this.edit(created + random.float() * span, () => ({ summary: title }));
    }
    if (random.chance(0.05)) {
      const priorityId = random.weighted(PRIORITIES);
      this.edit(created + random.float() * span, () => ({ priorityId }));
    }
    if (random.chance(0.03) && this.p.seeded.teams.length > 0) {
      const teamId = random.pick(this.p.seeded.teams).id;
      this.edit(created + random.float() * span, () => ({ teamId }));
    }
  }

  private planComments(doneAt: number | null): void {
    const { random, p, created } = this;
    const count = random.weighted([[0, 45], [1, 30], [2, 15], [3, 10]] as const);
    const until = Math.min(this.ctx.now, (doneAt ?? this.ctx.now) + 3 * DAY);
    for (let n = 0; n < count; n++) {
      const at = created + random.float() * (until - created);
      const author = this.actor();
      const body = commentBody(random, random.chance(0.3) ? random.pick(p.browsers) : null);
      let commentId: string | null = null;
      this.at(at, (issue, time) => (commentId = this.ctx.state.addComment(issue.id, body, author, time).id));
      if (random.chance(0.05)) {
        const edited = commentBody(random, null);
        this.at(at + random.float() * 2 * DAY, (issue, time) => commentId !== null && this.ctx.state.editComment(issue.id, commentId, edited, author, time));
      }
    }
  }

  private assign(): string {
    this.assigneeId = this.random.pick(this.p.browsers).accountId;
    return this.assigneeId;
  }

  private actor(): string {
    return this.random.pick(this.p.browsers).accountId;
  }

  private transition(at: number, statusId: string): void {
    const actor = this.assigneeId ?? this.actor();
    this.at(at, (issue, time) => this.ctx.state.transitionIssue(issue.id, statusId, actor, time));
  }

  private edit(at: number, changes: () => IssueChanges): void {
    const actor = this.actor();
    this.at(at, (issue, time) => this.ctx.state.editIssueFields(issue.id, changes(), actor, time));
  }

  /** Schedules work on this issue, skipped if it was never created or is already deleted. */
  private at(at: number, run: (issue: Issue, time: number) => void): void {
    const time = Math.max(Math.floor(at), this.created);
    this.ctx.timeline.add(time, () => {
      const issue = this.handle.id === null ? undefined : this.ctx.state.issue(this.handle.id);
      if (issue !== undefined) run(issue, time);
    });
  }

  private liveId(handle: IssueHandle): string | null {
    return handle.id !== null && this.ctx.state.issue(handle.id) !== undefined ? handle.id : null;
  }
}
