import type { IssueChanges } from '../../model/issue';
import { changed, rejected, setOnly, type FieldEditor } from './edit-operations';

/** Jira's number custom fields hold doubles below 10^14. */
const NUMBER_LIMIT = 100_000_000_000_000;

/** A number custom field (the story point fields); null clears it. */
export function numberEditor(field: 'storyPointEstimate' | 'storyPoints'): FieldEditor {
  return setOnly((value) => {
    if (value !== null && typeof value !== 'number') return rejected('Operation value must be a number');
    if (value !== null && Math.abs(value) >= NUMBER_LIMIT) return rejected('Specify a number for the custom field (below 100,000,000,000,000)');
    const changes: IssueChanges = {};
    changes[field] = value;
    return changed(changes);
  });
}
