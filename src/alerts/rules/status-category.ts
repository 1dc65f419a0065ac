import type { StatusCategory } from '../model';

const RANK: Readonly<Record<StatusCategory, number>> = { new: 0, indeterminate: 1, done: 2 };

const LABEL: Readonly<Record<StatusCategory, string>> = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' };

/** The category a mirrored key names, or undefined for a key Jira does not define (or none). */
export function statusCategoryOf(key: unknown): StatusCategory | undefined {
  return key === 'new' || key === 'indeterminate' || key === 'done' ? key : undefined;
}

/** How far along a category is: `new` 0, `indeterminate` 1, `done` 2. */
export function rankOf(category: StatusCategory): number {
  return RANK[category];
}

/** The name Jira's UI shows for a category. */
export function categoryLabel(category: StatusCategory): string {
  return LABEL[category];
}
