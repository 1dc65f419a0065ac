import type { SaveSettingsInput, SettingsView } from '../../../resolvers/api';
import type { OptionalFeature } from '../../../settings/features';

/**
 * The settings form as the admin edits it: text fields hold text until Save, so a half-typed number
 * is not lost or coerced while typing. Ranges are checked by the resolver, whose message is shown.
 */
export interface SettingsDraft {
  projectKeys: string[];
  issueTypes: string;
  syncIntervalMinutes: string;
  notifyOnConflict: boolean;
  /** The optional features that are on; the order is kept as loaded, so an untouched form saves what it read. */
  enabledFeatures: OptionalFeature[];
  /** The boards whose sprints are followed; empty means every scrum board of the synced projects. */
  sprintBoards: number[];
  estimatedIssueTypes: string;
  missingEstimateGraceMinutes: string;
  stuckDays: string;
  overEstimateRatio: string;
  skippedTransitions: string;
  velocitySprints: string;
  velocityTolerance: string;
  notify: boolean;
  cooldownMinutes: string;
  /** Per project, a notify choice that overrides the default; a project not in here follows the default. */
  projectNotify: Record<string, boolean>;
}

export type NumberField = 'syncIntervalMinutes' | 'missingEstimateGraceMinutes' | 'stuckDays' | 'overEstimateRatio' | 'velocitySprints' | 'velocityTolerance' | 'cooldownMinutes';

export const NUMBER_LABELS: Record<NumberField, string> = {
  syncIntervalMinutes: 'Sync interval (minutes)',
  missingEstimateGraceMinutes: 'Grace before a missing estimate alert (minutes)',
  stuckDays: 'Stuck after (days in one status)',
  overEstimateRatio: 'Over estimate when time spent exceeds the estimate by (ratio)',
  velocitySprints: 'Velocity over the last (sprints)',
  velocityTolerance: 'Overcommitment tolerance (ratio of velocity)',
  cooldownMinutes: 'Cooldown between notifications (minutes)',
};

const list = (items: readonly string[]): string => items.join(', ');

const split = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export function draftOf(view: SettingsView): SettingsDraft {
  const d = view.alertDefaults;
  const projectNotify: Record<string, boolean> = {};
  for (const [key, overrides] of Object.entries(view.alertProjects)) if (overrides.notify !== undefined) projectNotify[key] = overrides.notify;
  return {
    projectKeys: [...view.projectKeys],
    issueTypes: list(view.issueTypes),
    syncIntervalMinutes: String(view.syncIntervalMinutes),
    notifyOnConflict: view.notifyOnConflict,
    enabledFeatures: [...view.enabledFeatures],
    sprintBoards: [...view.sprintBoards],
    estimatedIssueTypes: list(d.estimatedIssueTypes),
    missingEstimateGraceMinutes: String(d.missingEstimateGraceMinutes),
    stuckDays: String(d.stuckDays),
    overEstimateRatio: String(d.overEstimateRatio),
    skippedTransitions: d.skippedTransitions.map((t) => `${t.from} > ${t.to}`).join(', '),
    velocitySprints: String(d.velocitySprints),
    velocityTolerance: String(d.velocityTolerance),
    notify: d.notify,
    cooldownMinutes: String(d.cooldownMinutes),
    projectNotify,
  };
}

export type DraftCheck = { ok: true; input: SaveSettingsInput } | { ok: false; problems: string[] };

/** "In Progress > Done, To Do > Done" → pairs; "→" is accepted too, as people type it. */
export function parseTransitions(text: string): { transitions: Array<{ from: string; to: string }>; problems: string[] } {
  const transitions: Array<{ from: string; to: string }> = [];
  const problems: string[] = [];
  for (const entry of split(text)) {
    const parts = entry.split(/>|→/).map((part) => part.trim());
    const [from, to] = parts;
    if (parts.length !== 2 || from === undefined || to === undefined || from === '' || to === '') problems.push(`Skipped transitions: "${entry}" is not "From > To".`);
    else transitions.push({ from, to });
  }
  return { transitions, problems };
}

/** The draft as saveSettings takes it; `view` supplies the per-project overrides this form does not edit. */
export function inputOf(draft: SettingsDraft, view: SettingsView): DraftCheck {
  const problems: string[] = [];
  const numberOf = (field: NumberField): number => {
    const text = draft[field].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) problems.push(`${NUMBER_LABELS[field]}: enter a number.`);
    return value;
  };
  const { transitions, problems: transitionProblems } = parseTransitions(draft.skippedTransitions);
  problems.push(...transitionProblems);
  const alertProjects: SaveSettingsInput['alertProjects'] = {};
  for (const [key, overrides] of Object.entries(view.alertProjects)) alertProjects[key] = { ...overrides };
  for (const [key, notify] of Object.entries(draft.projectNotify)) alertProjects[key] = { ...alertProjects[key], notify };
  const input: SaveSettingsInput = {
    projectKeys: draft.projectKeys,
    issueTypes: split(draft.issueTypes),
    syncIntervalMinutes: numberOf('syncIntervalMinutes'),
    notifyOnConflict: draft.notifyOnConflict,
    enabledFeatures: [...draft.enabledFeatures],
    sprintBoards: [...draft.sprintBoards],
    alertDefaults: {
      estimatedIssueTypes: split(draft.estimatedIssueTypes),
      missingEstimateGraceMinutes: numberOf('missingEstimateGraceMinutes'),
      stuckDays: numberOf('stuckDays'),
      overEstimateRatio: numberOf('overEstimateRatio'),
      skippedTransitions: transitions,
      velocitySprints: numberOf('velocitySprints'),
      velocityTolerance: numberOf('velocityTolerance'),
      notify: draft.notify,
      cooldownMinutes: numberOf('cooldownMinutes'),
    },
    alertProjects,
  };
  return problems.length === 0 ? { ok: true, input } : { ok: false, problems };
}

/** The draft's features with `feature` switched on or off; the others keep their place. */
export function withFeature(features: readonly OptionalFeature[], feature: OptionalFeature, on: boolean): OptionalFeature[] {
  if (!on) return features.filter((f) => f !== feature);
  return features.includes(feature) ? [...features] : [...features, feature];
}

export interface BoardOption {
  label: string;
  value: number;
}

/** "Team board (Operations, OPS)": boards are often named alike, their project tells them apart. */
export function boardOptions(view: Pick<SettingsView, 'boards' | 'projects'>, selected: readonly number[]): BoardOption[] {
  const options = view.boards.map((board) => {
    const project = board.projectKey === null ? undefined : view.projects.find((p) => p.key === board.projectKey);
    const where = board.projectKey === null ? '' : project === undefined ? ` (${board.projectKey})` : ` (${project.name}, ${project.key})`;
    return { label: `${board.name}${where}`, value: board.id };
  });
  // A chosen board that is not synced (any more) stays listed, or saving would silently drop it.
  for (const id of selected) if (!options.some((o) => o.value === id)) options.push({ label: `Board ${id}`, value: id });
  return options;
}
