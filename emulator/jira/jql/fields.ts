import { CUSTOM_FIELD_IDS } from '../model/fields';
import type { JqlOperator } from './ast';

export type FieldKind = 'project' | 'issuekey' | 'updated' | 'created' | 'sprint' | 'status' | 'statusCategory' | 'issuetype' | 'assignee' | 'parent' | 'labels' | 'priority';

const SPRINT_CLAUSE = `cf[${CUSTOM_FIELD_IDS.sprint.slice('customfield_'.length)}]`;

/** Clause names, lower-cased: Jira matches them case-insensitively and knows several fields by more than one. */
const CLAUSE_NAMES: ReadonlyMap<string, FieldKind> = new Map([
  ['project', 'project'],
  ['key', 'issuekey'],
  ['issuekey', 'issuekey'],
  ['issue', 'issuekey'],
  ['id', 'issuekey'],
  ['updated', 'updated'],
  ['updateddate', 'updated'],
  ['created', 'created'],
  ['createddate', 'created'],
  ['sprint', 'sprint'],
  [SPRINT_CLAUSE, 'sprint'],
  ['status', 'status'],
  ['statuscategory', 'statusCategory'],
  ['issuetype', 'issuetype'],
  ['type', 'issuetype'],
  ['assignee', 'assignee'],
  ['parent', 'parent'],
  ['labels', 'labels'],
  ['priority', 'priority'],
]);

export function fieldKind(name: string): FieldKind | undefined {
  return CLAUSE_NAMES.get(name.toLowerCase());
}

const EQUALITY: readonly JqlOperator[] = ['=', '!=', 'in', 'not in'];
const ORDERED: readonly JqlOperator[] = [...EQUALITY, '<', '<=', '>', '>='];
const NULLABLE: readonly JqlOperator[] = [...EQUALITY, 'is', 'is not'];

export interface FieldSpec {
  operators: readonly JqlOperator[];
  /** Whether the field can be EMPTY, and so be searched for EMPTY. */
  emptiable: boolean;
}

export const FIELD_SPECS: Readonly<Record<FieldKind, FieldSpec>> = {
  project: { operators: EQUALITY, emptiable: false },
  issuekey: { operators: ORDERED, emptiable: false },
  updated: { operators: ORDERED, emptiable: false },
  created: { operators: ORDERED, emptiable: false },
  sprint: { operators: NULLABLE, emptiable: true },
  status: { operators: EQUALITY, emptiable: false },
  statusCategory: { operators: EQUALITY, emptiable: false },
  issuetype: { operators: EQUALITY, emptiable: false },
  assignee: { operators: NULLABLE, emptiable: true },
  parent: { operators: EQUALITY, emptiable: false },
  labels: { operators: NULLABLE, emptiable: true },
  priority: { operators: EQUALITY, emptiable: false },
};

/** Jira's operator for the same clause under NOT: it pushes NOT down to the clauses, flipping each operator. */
export const COMPLEMENT: Readonly<Record<JqlOperator, JqlOperator>> = {
  '=': '!=',
  '!=': '=',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  '~': '!~',
  '!~': '~',
};

export type SortKind = 'key' | 'id' | 'created' | 'updated' | 'status' | 'priority' | 'rank' | 'issuetype' | 'project';

const SORT_NAMES: ReadonlyMap<string, SortKind> = new Map([
  ['key', 'key'],
  ['issuekey', 'key'],
  ['issue', 'key'],
  ['id', 'id'],
  ['created', 'created'],
  ['createddate', 'created'],
  ['updated', 'updated'],
  ['updateddate', 'updated'],
  ['status', 'status'],
  ['priority', 'priority'],
  ['rank', 'rank'],
  ['issuetype', 'issuetype'],
  ['type', 'issuetype'],
  ['project', 'project'],
]);

export function sortKind(name: string): SortKind | undefined {
  return SORT_NAMES.get(name.toLowerCase());
}

/** Each field's own direction when ORDER BY names none: Jira sorts dates newest first and priority highest first. */
export const DEFAULT_DESCENDING: ReadonlySet<SortKind> = new Set(['created', 'updated', 'priority']);
