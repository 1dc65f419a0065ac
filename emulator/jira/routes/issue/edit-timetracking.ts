import type { IssueChanges } from '../../model/issue';
import { parseDuration } from '../../render/duration';
import { changed, rejected, type FieldEditor } from './edit-operations';
import { isPlainObject } from './query-params';

/**
 * `{originalEstimate, remainingEstimate}` as duration strings, through `fields` (set) or
 * `update` (`edit`, or `set`). Setting only the original estimate on an issue with no work logged
 * sets the remaining estimate too, as Jira's time tracking does.
 */
export const timeTrackingEditor: FieldEditor = {
  operations: ['set', 'edit'],
  apply(operations, { issue }) {
    const changes: IssueChanges = {};
    for (const { value } of operations) {
      if (!isPlainObject(value)) return rejected('data was not an object');
      const original = estimate(value.originalEstimate);
      if (original === 'invalid') return rejected('The original estimate specified is not valid.');
      const remaining = estimate(value.remainingEstimate);
      if (remaining === 'invalid') return rejected('The remaining estimate specified is not valid.');
      if (original !== undefined) changes.originalEstimateSeconds = original;
      if (remaining !== undefined) changes.remainingEstimateSeconds = remaining;
    }
    const { originalEstimateSeconds: original, remainingEstimateSeconds: remaining } = changes;
    if (original !== undefined && remaining === undefined && issue.timeSpentSeconds === null) changes.remainingEstimateSeconds = original;
    return changed(changes);
  },
};

function estimate(value: unknown): number | undefined | 'invalid' {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return 'invalid';
  return parseDuration(value) ?? 'invalid';
}
