import { mentionedAccountIds, type AdfDoc } from '../model/adf';

/**
 * Accounts mentioned in `after` but not in `before`, each once, in document order. Jira notifies
 * mentions when text is written, so an edit reports only the people it adds.
 */
export function newMentions(after: AdfDoc | null, before: AdfDoc | null, exclude: string | null = null): string[] {
  const known = new Set(before === null ? [] : mentionedAccountIds(before));
  if (exclude !== null) known.add(exclude);
  const added: string[] = [];
  for (const id of after === null ? [] : mentionedAccountIds(after)) {
    if (known.has(id)) continue;
    known.add(id);
    added.push(id);
  }
  return added;
}
