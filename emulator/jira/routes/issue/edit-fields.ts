import { CUSTOM_FIELD_IDS } from '../../model/fields';
import type { FieldEditor } from './edit-operations';
import { numberEditor } from './edit-number-fields';
import { labelsEditor } from './edit-labels';
import { parentEditor } from './edit-parent';
import { assigneeEditor, priorityEditor, teamEditor } from './edit-reference-fields';
import { sprintEditor } from './edit-sprint';
import { descriptionEditor, summaryEditor } from './edit-text-fields';
import { timeTrackingEditor } from './edit-timetracking';

/** The fields editIssue can set on this site, by field id; anything else cannot be set. */
export const FIELD_EDITORS: ReadonlyMap<string, FieldEditor> = new Map([
  ['summary', summaryEditor],
  ['description', descriptionEditor],
  ['priority', priorityEditor],
  ['assignee', assigneeEditor],
  ['labels', labelsEditor],
  ['parent', parentEditor],
  ['timetracking', timeTrackingEditor],
  [CUSTOM_FIELD_IDS.storyPointEstimate, numberEditor('storyPointEstimate')],
  [CUSTOM_FIELD_IDS.storyPoints, numberEditor('storyPoints')],
  [CUSTOM_FIELD_IDS.sprint, sprintEditor],
  [CUSTOM_FIELD_IDS.team, teamEditor],
]);
