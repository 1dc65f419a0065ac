/**
 * The contract between the UI and its resolvers: each action's input schema (parsed on the server,
 * never trusted) and the shape of its answer. Shared by src/resolvers and src/frontend.
 */
import { z } from 'zod';
import { LOGICAL_FIELDS } from '../fields/logical-fields';
import { OPTIONAL_FEATURES } from '../settings/features';

export const RESOLVER_ERROR_CODES = [
  'INVALID_PAYLOAD',
  'NOT_SIGNED_IN',
  'NOT_ADMIN',
  'ISSUE_NOT_VISIBLE',
  'NOT_FOUND',
  'INVALID_MAPPING',
  'JIRA_UNAVAILABLE',
  'JIRA_RATE_LIMITED',
  'TIME_BUDGET_EXCEEDED',
  'INTERNAL',
] as const;

export type ResolverErrorCode = (typeof RESOLVER_ERROR_CODES)[number];

/** Every resolver answers with this envelope; the UI shows `error.message` and branches on `code`. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: ResolverErrorCode; message: string } };

// ---------- inputs ----------

export const emptyInput = z.object({}).strict();

export const listDeadLettersInput = z.object({ cursor: z.string().max(2_000).optional() }).strict();
export const deadLetterIdInput = z.object({ id: z.string().min(1).max(1_000) }).strict();
export const replaySinceInput = z.object({ since: z.number().int().min(0) }).strict();

export const saveMappingInput = z.object({ mapping: z.partialRecord(z.enum(LOGICAL_FIELDS), z.string().min(1).max(255).nullable()) }).strict();

export const listAlertsInput = z.object({ status: z.enum(['open', 'acknowledged', 'resolved']), cursor: z.string().max(2_000).optional() }).strict();

export const sprintReportInput = z.object({ sprintId: z.number().int().positive() }).strict();

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/);
const thresholdsInput = z
  .object({
    estimatedIssueTypes: z.array(z.string().trim().min(1).max(255)).max(50),
    missingEstimateGraceMinutes: z.number().int().min(0).max(43_200),
    stuckDays: z.number().min(0.5).max(365),
    overEstimateRatio: z.number().min(1).max(10),
    skippedTransitions: z.array(z.object({ from: z.string().trim().min(1).max(255), to: z.string().trim().min(1).max(255) }).strict()).max(50),
    velocitySprints: z.number().int().min(1).max(10),
    velocityTolerance: z.number().min(0).max(2),
    notify: z.boolean(),
    cooldownMinutes: z.number().int().min(0).max(10_080),
  })
  .strict();

export const saveSettingsInput = z
  .object({
    projectKeys: z.array(projectKey).max(500),
    issueTypes: z.array(z.string().trim().min(1).max(255)).max(100),
    syncIntervalMinutes: z.number().int().min(5).max(1_440),
    notifyOnConflict: z.boolean(),
    enabledFeatures: z.array(z.enum(OPTIONAL_FEATURES)).max(OPTIONAL_FEATURES.length),
    sprintBoards: z.array(z.number().int().positive()).max(500),
    alertDefaults: thresholdsInput,
    alertProjects: z.record(projectKey, thresholdsInput.partial()),
  })
  .strict();

export const issueInput = z.object({ issueId: z.string().regex(/^\d{1,18}$/) }).strict();
export const alertActionInput = z.object({ alertId: z.string().regex(/^[0-9a-f]{32}$/), action: z.enum(['acknowledge', 'resolve']) }).strict();

/** Story points as a number; estimates in seconds, up to a year of work. */
export const editEstimateInput = z
  .object({
    issueId: z.string().regex(/^\d{1,18}$/),
    field: z.enum(['storyPoints', 'originalEstimate', 'remainingEstimate']),
    value: z.number().min(0).max(31_536_000).nullable(),
    /** `mirroredAt` of the panel view the person edited: a newer change in Jira wins over theirs. */
    basedOn: z.number().int().min(0),
  })
  .strict();

export type EditEstimateInput = z.infer<typeof editEstimateInput>;

export interface EditEstimateView {
  result: 'written' | 'conflict' | 'not-mapped';
  /** Jira's value, which won, when there was a conflict. */
  jiraValue: number | null;
  panel: IssuePanelView;
}

export type SaveMappingInput = z.infer<typeof saveMappingInput>;
export type SaveSettingsInput = z.infer<typeof saveSettingsInput>;

// ---------- answers ----------

export type HealthStatus = 'healthy' | 'degraded' | 'down';

export interface ComponentHealth {
  status: HealthStatus;
  reason: string;
}

export interface HealthView {
  jiraClient: ComponentHealth;
  events: ComponentHealth;
  sync: ComponentHealth;
  lastSuccessfulSync: number | null;
  queueDepth: number;
  /** Failed share of processed events, 0 to 1. */
  errorRate: number;
  breaker: 'closed' | 'open' | 'half-open';
  rateLimitPause: { until: number; reason: string } | null;
  points: { used: number; budget: number };
}

export interface SetupStep {
  key: 'connected' | 'fields-discovered' | 'mapping-confirmed' | 'first-sync';
  label: string;
  done: boolean;
}

export interface SyncView {
  full: { runId: string; phase: string; issuesDone: number; issuesEstimated: number | null; startedAt: number; finishedAt: number | null } | null;
  incremental: { lastRunAt: number | null; lastSuccessAt: number | null; nextRunAt: number | null; lastRead: number; lastRecovered: number; totalRecovered: number; totalDeleted: number } | null;
  intervalMinutes: number;
}

export interface OverviewView {
  setup: { status: string; installedAt: number | null; steps: SetupStep[] };
  sync: SyncView;
  health: HealthView;
  alerts: { open: number };
}

export interface MappingFieldView {
  logical: (typeof LOGICAL_FIELDS)[number];
  label: string;
  selected: string | null;
  suggestion: { fieldId: string | null; confidence: number; reasons: string[]; ambiguous: boolean; alternatives: Array<{ fieldId: string; fieldName: string; confidence: number }> } | null;
  problems: string[];
}

export interface MappingView {
  confirmed: boolean;
  fields: MappingFieldView[];
  options: Array<{ fieldId: string; name: string }>;
  warnings: string[];
}

export interface DeadLetterRow {
  id: string;
  eventType: string;
  reason: string;
  attempts: number;
  lastFailedAt: number;
  status: string;
}

export interface AlertView {
  id: string;
  kind: string;
  title: string;
  projectKey: string;
  severity: 'info' | 'warning';
  status: 'open' | 'acknowledged' | 'resolved';
  explanation: string;
  firstSeen: number;
  lastSeen: number;
}

export interface SettingsView extends SaveSettingsInput {
  projects: Array<{ key: string; name: string }>;
  boards: Array<{ id: number; name: string; projectKey: string | null; estimation: string | null }>;
}

export interface SprintReportRow {
  sprintId: number;
  name: string;
  boardId: number;
  completedAt: number;
  committedPoints: number;
  completedPoints: number;
  completionRatio: number | null;
}

export interface IssuePanelView {
  issueKey: string;
  /** Jira's `updated` of the version shown (epoch ms); null when SIAS has not mirrored the issue yet. */
  mirroredAt: number | null;
  alerts: AlertView[];
  /** Estimates and time spent in seconds. */
  mapped: { storyPoints: number | null; originalEstimate: number | null; remainingEstimate: number | null; timeSpent: number | null; status: string | null };
  sprint: { id: number; name: string; state: string; startDate: number | null; endDate: number | null } | null;
}
