import type { Issue, IssueChanges } from '../../model/issue';
import type { JiraSiteState } from '../../model/site-state';
import type { Viewer } from '../../site/context';

export const OPERATIONS = ['set', 'add', 'remove', 'edit', 'copy'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One step of an edit: `fields.x = v` is `set v`; `update.x = [{add: v}, …]` lists the steps in order. */
export interface FieldOperation {
  op: Operation;
  value: unknown;
}

export interface EditTarget {
  state: JiraSiteState;
  issue: Issue;
  viewer: Viewer;
}

/**
 * A field's verdict: the model changes it makes, or the message Jira puts under the field's name in
 * `errors` (and, rarely, a general message for `errorMessages`).
 */
export type FieldResult = { ok: true; changes: IssueChanges } | { ok: false; error: string; message?: string };

/** How a settable field reads its operations. */
export interface FieldEditor {
  operations: readonly Operation[];
  apply(operations: readonly FieldOperation[], target: EditTarget): FieldResult;
}

export function changed(changes: IssueChanges): FieldResult {
  return { ok: true, changes };
}

export function rejected(error: string, message?: string): FieldResult {
  return message === undefined ? { ok: false, error } : { ok: false, error, message };
}

/** Jira's answer for a field that is unknown, read-only, or not editable by this viewer. */
export function cannotBeSet(fieldId: string): string {
  return `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
}

/** A field whose only operation is `set`: each value is checked in turn and the last one wins. */
export function setOnly(read: (value: unknown, target: EditTarget) => FieldResult): FieldEditor {
  return {
    operations: ['set'],
    apply(operations, target) {
      let result: FieldResult = changed({});
      for (const { value } of operations) {
        result = read(value, target);
        if (!result.ok) return result;
      }
      return result;
    },
  };
}
