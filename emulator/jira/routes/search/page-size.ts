import type { FieldSelection } from '../../render/field-selection';

/** The search never returns more than this per page, and only for id/key-only requests. */
export const MAX_SEARCH_PAGE = 5000;

/**
 * Jira documents that pages shrink when many fields are requested without saying by how much; the
 * emulated site serves up to 5,000 issues for id/key-only searches, 100 with fields, and 50 when
 * half the site's fields or the changelog are asked for, so a client that trusts `maxResults`
 * instead of the token would be caught.
 */
export function pageSize(requested: number, selection: FieldSelection, expand: ReadonlySet<string>, fieldCount: number): number {
  const cap = selection.idsOnly ? MAX_SEARCH_PAGE : expand.has('changelog') || selection.fieldIds.length * 2 > fieldCount ? 50 : 100;
  return Math.max(0, Math.min(requested, cap));
}
