import { JiraSiteState } from '../model/site-state';
import { seedCatalog } from './catalog';
import { planIssue } from './issues';
import { seedPeople, seedTeams } from './people';
import { projectContext } from './project-context';
import { seedProjects } from './projects';
import { Random } from './random';
import { HOUR, historyStart, planSprints, type PlannedSprint } from './sprints';
import { Timeline } from './timeline';

export interface GenerateOptions {
  /** 1 to 100,000; deleted issues count, so slightly fewer remain. */
  issues: number;
  seed: number;
  /** Virtual "now" in epoch ms; all generated history lies before it. */
  now: number;
}

export const MAX_ISSUES = 100_000;

/** Builds a whole site from a seed: the same options always give the same state. */
export function generateSite(options: GenerateOptions): JiraSiteState {
  const { issues, seed, now } = options;
  if (!Number.isInteger(issues) || issues < 1 || issues > MAX_ISSUES) throw new Error(`issues must be an integer from 1 to ${MAX_ISSUES}`);
  const state = new JiraSiteState();
  const random = new Random(seed);
  const timeline = new Timeline(now);
  seedCatalog(state);
  const people = seedPeople(state, random, issues);
  const teams = seedTeams(state, random, people);
  const contexts = seedProjects(state, people, teams, issues).map((seeded, i) => {
    const sprints = seeded.board.type === 'scrum' ? planSprints(state, random, seeded.board, i, now, seeded.project.key) : [];
    scheduleSprints(state, timeline, sprints, seeded.project.leadAccountId);
    return projectContext(state, seeded, sprints);
  });
  const start = historyStart(now);
  const span = now - HOUR - start;
  const created = Array.from({ length: issues }, () => start + Math.floor(random.float() * span)).sort((a, b) => a - b);
  const ctx = { state, random, timeline, now };
  for (const at of created) planIssue(ctx, contexts, at);
  timeline.run();
  return state;
}

/** Sprints start on schedule and close an hour before the next starts, carrying unfinished work over. */
function scheduleSprints(state: JiraSiteState, timeline: Timeline, sprints: PlannedSprint[], actorId: string): void {
  sprints.forEach(({ sprint, start, end }, k) => {
    timeline.add(start, () => state.startSprint(sprint.id, start, end));
    const next = sprints[k + 1]?.sprint.id ?? null;
    timeline.add(end, () => state.closeSprint(sprint.id, actorId, end, next));
  });
}
