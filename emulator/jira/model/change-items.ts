import { adfToPlainText } from './adf';
import { CUSTOM_FIELD_IDS } from './fields';
import type { ChangeItem, EditableFields } from './issue';

/** Names the store resolves so changelog items carry Jira's `fromString`/`toString`. */
export interface ChangeLookup {
  userName(accountId: string): string;
  priorityName(priorityId: string): string;
  issueKey(issueId: string): string;
  sprintName(sprintId: number): string;
  teamName(teamId: string): string;
}

type Pair = { id: string | null; text: string | null };

const nothing: Pair = { id: null, text: null };

function textOnly(text: string | null): Pair {
  return { id: null, text };
}

function numberText(value: number | null): Pair {
  return value === null ? nothing : textOnly(String(value));
}

function secondsPair(value: number | null): Pair {
  return value === null ? nothing : { id: String(value), text: String(value) };
}

function render<K extends keyof EditableFields>(field: K, value: EditableFields[K], lookup: ChangeLookup): Pair {
  const v = value as EditableFields[keyof EditableFields];
  switch (field) {
    case 'summary':
      return textOnly(v as string);
    case 'description':
      return v === null ? nothing : textOnly(adfToPlainText(v as NonNullable<EditableFields['description']>));
    case 'priorityId':
      return { id: v as string, text: lookup.priorityName(v as string) };
    case 'assigneeId':
      return v === null ? nothing : { id: v as string, text: lookup.userName(v as string) };
    case 'parentId':
      return v === null ? nothing : { id: v as string, text: lookup.issueKey(v as string) };
    case 'sprintIds': {
      const ids = v as number[];
      return ids.length === 0 ? nothing : { id: ids.join(', '), text: ids.map((id) => lookup.sprintName(id)).join(', ') };
    }
    case 'teamId':
      return v === null ? nothing : { id: v as string, text: lookup.teamName(v as string) };
    case 'labels': {
      const labels = v as string[];
      return labels.length === 0 ? nothing : textOnly(labels.join(' '));
    }
    case 'storyPointEstimate':
    case 'storyPoints':
      return numberText(v as number | null);
    default:
      return secondsPair(v as number | null);
  }
}

const FIELD_NAMES: { [K in keyof EditableFields]: Pick<ChangeItem, 'field' | 'fieldtype' | 'fieldId'> } = {
  summary: { field: 'summary', fieldtype: 'jira', fieldId: 'summary' },
  description: { field: 'description', fieldtype: 'jira', fieldId: 'description' },
  priorityId: { field: 'priority', fieldtype: 'jira', fieldId: 'priority' },
  assigneeId: { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee' },
  // Jira logs parent changes under this name and without a field id.
  parentId: { field: 'IssueParentAssociation', fieldtype: 'jira' },
  sprintIds: { field: 'Sprint', fieldtype: 'custom', fieldId: CUSTOM_FIELD_IDS.sprint },
  storyPointEstimate: { field: 'Story point estimate', fieldtype: 'custom', fieldId: CUSTOM_FIELD_IDS.storyPointEstimate },
  storyPoints: { field: 'Story Points', fieldtype: 'custom', fieldId: CUSTOM_FIELD_IDS.storyPoints },
  teamId: { field: 'Team', fieldtype: 'custom', fieldId: CUSTOM_FIELD_IDS.team },
  originalEstimateSeconds: { field: 'timeoriginalestimate', fieldtype: 'jira', fieldId: 'timeoriginalestimate' },
  remainingEstimateSeconds: { field: 'timeestimate', fieldtype: 'jira', fieldId: 'timeestimate' },
  labels: { field: 'labels', fieldtype: 'jira', fieldId: 'labels' },
};

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

export function fieldChangeItem<K extends keyof EditableFields>(field: K, from: EditableFields[K], to: EditableFields[K], lookup: ChangeLookup): ChangeItem {
  const before = render(field, from, lookup);
  const after = render(field, to, lookup);
  return { ...FIELD_NAMES[field], from: before.id, fromString: before.text, to: after.id, toString: after.text };
}

export function plainChangeItem(field: string, from: Pair, to: Pair): ChangeItem {
  return { field, fieldtype: 'jira', fieldId: field, from: from.id, fromString: from.text, to: to.id, toString: to.text };
}
