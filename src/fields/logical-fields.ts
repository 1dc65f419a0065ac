/** The logical fields of the original design's field mapping; each maps to one Jira field id, or none. */
export const LOGICAL_FIELDS = [
  'storyPoints',
  'epicLink',
  'sprint',
  'team',
  'originalEstimate',
  'remainingEstimate',
  'loggedTime',
  'severity',
  'priority',
  'businessValue',
] as const;

export type LogicalField = (typeof LOGICAL_FIELDS)[number];

/** What discovery knows of a Jira field: the `GET /rest/api/3/field` entry, narrowed to what it reads. */
export interface JiraFieldInfo {
  id: string;
  name: string;
  custom: boolean;
  schema?: { type: string; custom?: string | undefined; items?: string | undefined; system?: string | undefined } | undefined;
}

/** A board's estimation field (`board/{id}/configuration`), null when the board does not estimate. */
export interface BoardEstimation {
  boardId: number;
  boardName: string;
  projectId: string | null;
  estimationFieldId: string | null;
}

export interface ProjectStyleInfo {
  id: string;
  key: string;
  /** Jira's `style`: `classic` is company-managed, `next-gen` team-managed. */
  style: 'classic' | 'next-gen';
}

/** The features of the app that read a mapped field; they report themselves degraded when it goes wrong. */
export const FEATURES = ['missingEstimateAlerts', 'timeTrackingAlerts', 'sprintStartHealth', 'sprintAnalysis', 'epicRollup', 'teamLoad'] as const;

export type Feature = (typeof FEATURES)[number];

export type FieldMapping = Record<LogicalField, string | null>;
