/**
 * The resolver actions the UI calls, typed from the contract in src/resolvers/api.ts. Type-only
 * imports: nothing of zod or the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type { SprintCloseReport } from '../../alerts/sprint/reports';
import type {
  AlertView,
  DeadLetterRow,
  EditEstimateInput,
  EditEstimateView,
  HealthView,
  IssuePanelView,
  MappingView,
  OverviewView,
  SaveMappingInput,
  SaveSettingsInput,
  SettingsView,
  SprintReportRow,
  alertActionInput,
  deadLetterIdInput,
  issueInput,
  listAlertsInput,
  listDeadLettersInput,
  replaySinceInput,
  sprintReportInput,
} from '../../resolvers/api';

type None = Record<string, never>;

/** Action name → what it takes and what it answers (inside the envelope). */
export interface Actions {
  getOverview: { input: None; answer: OverviewView };
  getHealth: { input: None; answer: HealthView };
  getMapping: { input: None; answer: MappingView };
  saveMapping: { input: SaveMappingInput; answer: MappingView };
  startFullSync: { input: None; answer: { runId: string } };
  listDeadLetters: { input: z.input<typeof listDeadLettersInput>; answer: { rows: DeadLetterRow[]; cursor: string | null } };
  replayDeadLetter: { input: z.input<typeof deadLetterIdInput>; answer: { replayed: number } };
  replayDeadLettersSince: { input: z.input<typeof replaySinceInput>; answer: { replayed: number } };
  discardDeadLetter: { input: z.input<typeof deadLetterIdInput>; answer: { discarded: number } };
  listAlerts: { input: z.input<typeof listAlertsInput>; answer: { alerts: AlertView[]; cursor: string | null } };
  getSettings: { input: None; answer: SettingsView };
  saveSettings: { input: SaveSettingsInput; answer: SettingsView };
  listSprintReports: { input: None; answer: SprintReportRow[] };
  getSprintReport: { input: z.input<typeof sprintReportInput>; answer: SprintCloseReport };
  getIssuePanel: { input: z.input<typeof issueInput>; answer: IssuePanelView };
  actOnAlert: { input: z.input<typeof alertActionInput>; answer: AlertView };
  editEstimate: { input: EditEstimateInput; answer: EditEstimateView };
}

export type ActionName = keyof Actions;
export type ActionInput<A extends ActionName> = Actions[A]['input'];
export type ActionAnswer<A extends ActionName> = Actions[A]['answer'];
