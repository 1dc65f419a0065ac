import type { Finding, RuleContext } from '../model';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

function mentionIdOf(node: Readonly<Record<string, unknown>>): string | undefined {
  if (node.type !== 'mention' || !isRecord(node.attrs)) return undefined;
  const { id } = node.attrs;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The account ids an ADF document mentions, each once, in document order. Walks with its own stack
 * and remembers visited nodes, so neither a deeply nested nor a cyclic value can make it throw.
 */
export function mentionedAccountIds(adf: unknown): string[] {
  const ids = new Set<string>();
  const visited = new Set<object>();
  const pending: unknown[] = [adf];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!isRecord(node) || visited.has(node)) continue;
    visited.add(node);
    const id = mentionIdOf(node);
    if (id !== undefined) ids.add(id);
    const children: unknown = node.content;
    // Pushed last child first so the first is taken next; one at a time, as spreading a huge array overflows.
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return [...ids];
}

export interface CommentMentionEvent {
  issueId: string;
  issueKey: string;
  commentId: string;
  /** The comment's last editor; undefined when Jira made the change itself. */
  authorId: string | undefined;
  /** The comment's ADF document. */
  body: unknown;
  /** When the comment was created or last edited, epoch ms. */
  at: number;
}

export interface DescriptionMentionEvent {
  issueId: string;
  issueKey: string;
  body: unknown;
  /** When the description was changed, epoch ms. */
  at: number;
}

export function commentMentionCause(commentId: string, accountId: string): string {
  return `comment:${commentId}:${accountId}`;
}

export function descriptionMentionCause(accountId: string): string {
  return `description:${accountId}`;
}

function mentionFinding(issueId: string, cause: string, explanation: string, facts: Finding['facts']): Finding {
  return { kind: 'mention', subject: issueId, cause, severity: 'info', explanation, facts };
}

/** People do not need telling that they mentioned themselves. */
export function commentMentionFindings(event: CommentMentionEvent, context: Pick<RuleContext, 'watchingSince'>): Finding[] {
  if (event.at < context.watchingSince) return [];
  return mentionedAccountIds(event.body)
    .filter((accountId) => accountId !== event.authorId)
    .map((accountId) =>
      mentionFinding(
        event.issueId,
        commentMentionCause(event.commentId, accountId),
        `Comment ${event.commentId} on ${event.issueKey} mentions user ${accountId}.`,
        { issueKey: event.issueKey, commentId: event.commentId, accountId, at: event.at, ...(event.authorId === undefined ? {} : { authorId: event.authorId }) },
      ),
    );
}

export function descriptionMentionFindings(event: DescriptionMentionEvent, context: Pick<RuleContext, 'watchingSince'>): Finding[] {
  if (event.at < context.watchingSince) return [];
  return mentionedAccountIds(event.body).map((accountId) =>
    mentionFinding(
      event.issueId,
      descriptionMentionCause(accountId),
      `The description of ${event.issueKey} mentions user ${accountId}.`,
      { issueKey: event.issueKey, accountId, at: event.at },
    ),
  );
}

/** Account ids may hold colons (`557058:…`), so a cause is matched by its prefix, never split. */
function goneCauses(openCauses: readonly string[], prefix: string, currentIds: readonly string[]): string[] {
  const current = new Set(currentIds);
  return openCauses.filter((cause) => cause.startsWith(prefix) && !current.has(cause.slice(prefix.length)));
}

/** Of a comment's open mention causes, those it no longer mentions; pass no ids for a deleted comment. */
export function goneCommentMentionCauses(openCauses: readonly string[], commentId: string, currentIds: readonly string[]): string[] {
  return goneCauses(openCauses, commentMentionCause(commentId, ''), currentIds);
}

/** Of the description's open mention causes, those it no longer mentions. */
export function goneDescriptionMentionCauses(openCauses: readonly string[], currentIds: readonly string[]): string[] {
  return goneCauses(openCauses, descriptionMentionCause(''), currentIds);
}
