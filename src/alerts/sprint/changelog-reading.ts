import type { ChangeItem, ChangelogEntry } from '../../jira/endpoints/schemas/changelog';
import { parseJiraTime } from '../../jira/jira-time';
import type { FieldChange } from './field-history';

/** A changelog entry placed in time; entries whose date cannot be read cannot be placed and are left out. */
interface DatedEntry {
  at: number;
  id: string;
  items: readonly ChangeItem[];
}

/** Ids are numeric strings that order entries made in the same millisecond; other ids fall back to text order. */
function compareIds(a: string, b: string): number {
  const byNumber = Number(a) - Number(b);
  return Number.isNaN(byNumber) || byNumber === 0 ? a.localeCompare(b) : byNumber;
}

/** The entries oldest first, whatever order Jira (or a cache) returned them in. */
export function datedEntries(changelog: readonly ChangelogEntry[]): DatedEntry[] {
  const dated: DatedEntry[] = [];
  for (const entry of changelog) {
    const at = parseJiraTime(entry.created);
    if (at !== undefined) dated.push({ at, id: entry.id, items: entry.items });
  }
  return dated.sort((a, b) => a.at - b.at || compareIds(a.id, b.id));
}

/** Items written before field ids existed carry only the field's name, which for system fields is the id. */
function changesField(item: ChangeItem, fieldId: string): boolean {
  return (item.fieldId ?? item.field) === fieldId;
}

/** The changes of one field, oldest first, each side read by `read`. */
export function fieldChanges<T>(entries: readonly DatedEntry[], fieldId: string, read: (item: ChangeItem) => { from: T; to: T }): Array<FieldChange<T>> {
  return entries.flatMap((entry) => entry.items.filter((item) => changesField(item, fieldId)).map((item) => ({ at: entry.at, ...read(item) })));
}

/** The Sprint field writes every sprint the issue has been in, oldest first: "12, 13". */
export function sprintIdsOf(text: string | null): number[] {
  if (text === null) return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number)
    .filter(Number.isInteger);
}

/**
 * A number written as text: story points in `fromString`/`toString` ("3", "0.5"), an original estimate's
 * seconds in `from`/`to`. An empty side means no estimate.
 */
export function numberOf(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const points = Number(text);
  return Number.isFinite(points) ? points : undefined;
}

/** Status and assignee items carry ids in `from`/`to`; null means none. */
export function idOf(text: string | null): string | undefined {
  return text ?? undefined;
}
