/**
 * The event rules of docs/alerts.md ("## Event rules"): status transitions and mentions, fired by
 * changes at or after watchingSince and resolved by later changes that undo what they report.
 *
 * An event alert fires once for its key and, once resolved, stays resolved: "each fires once for
 * the event that caused it" and "an alert is never raised twice". So mentioning a user again after
 * the mention was removed does not reopen the alert. A deleted issue's alerts are all resolved.
 */
import type { EventKind } from '../../src/alerts/model';
import type { Comment, History, Issue } from '../jira/model/issue';
import type { IssueChange, SiteChange } from '../jira/model/site-change';
import { key, mentionedUsers, RANK, type ExpectedAlert, type SiteFacts } from './input';
import { isIssueChange } from './replay';

interface EventAlert {
  kind: EventKind;
  issueId: string;
  open: boolean;
  /** For transition alerts resolved by the issue's state: true once what it reports is undone. */
  undone?: (issue: Issue) => boolean;
  /** For mention alerts: the document (comment id or `description`) and the user. */
  mention?: { where: string; accountId: string };
}

export class EventAlertTracker {
  private readonly alerts = new Map<string, EventAlert>();
  /** Keys by issue, for resolution. */
  private readonly keysByIssue = new Map<string, string[]>();

  constructor(private readonly facts: SiteFacts) {}

  /** Sees one change, in order; every change is seen, events fire only at or after watchingSince. */
  observe(change: SiteChange): void {
    if (!isIssueChange(change)) return;
    const watched = change.at >= this.facts.watchingSince;
    switch (change.kind) {
      case 'issue-deleted':
        for (const alertKey of this.keysByIssue.get(change.issueId) ?? []) this.resolve(alertKey);
        return;
      case 'issue-created':
        this.description(change, null, change.after.description, watched);
        return;
      case 'issue-updated':
        this.resolveUndone(change.issueId, change.after);
        if (watched) this.transitions(change.issueId, change.after.projectId, change.history);
        if (change.history.items.some((item) => item.field === 'description')) this.description(change, change.before.description, change.after.description, watched);
        return;
      case 'comment-created':
        this.comment(change, null, change.comment, watched);
        return;
      case 'comment-updated':
        this.comment(change, change.previous, change.comment, watched);
        return;
      case 'worklog-created':
        return;
    }
  }

  results(): ExpectedAlert[] {
    return [...this.alerts].map(([alertKey, alert]) => ({ key: alertKey, kind: alert.kind, status: alert.open ? 'open' : 'resolved' }));
  }

  private transitions(issueId: string, projectId: string, history: History): void {
    for (const item of history.items) {
      if (item.field !== 'status' || item.from === null || item.to === null) continue;
      const a = this.facts.category(item.from);
      const b = this.facts.category(item.to);
      if (a === undefined || b === undefined) continue;
      const cause = `history:${history.id}`;
      if (a === 'done' && b !== 'done') {
        this.fire(key('reopened', issueId, cause), { kind: 'reopened', issueId, open: true, undone: (issue) => this.facts.category(issue.statusId) === 'done' });
      }
      if (RANK[b] < RANK[a] && a !== 'done') {
        const rankA = RANK[a];
        this.fire(key('moved-backwards', issueId, cause), { kind: 'moved-backwards', issueId, open: true, undone: (issue) => (this.facts.rank(issue.statusId) ?? -1) >= rankA });
      }
      const from = this.facts.statusName(item.from);
      const to = this.facts.statusName(item.to);
      if (this.facts.thresholds(projectId).skippedTransitions.some((pair) => pair.from === from && pair.to === to)) {
        // Resolved only by a person (or by the issue's deletion).
        this.fire(key('transition-skipped', issueId, cause), { kind: 'transition-skipped', issueId, open: true });
      }
    }
  }

  private resolveUndone(issueId: string, issue: Issue): void {
    for (const alertKey of this.keysByIssue.get(issueId) ?? []) {
      const alert = this.alerts.get(alertKey);
      if (alert?.open === true && alert.undone?.(issue) === true) alert.open = false;
    }
  }

  /** Comment mentions: new users (not in the previous version, not the last editor) fire; users no longer mentioned resolve. */
  private comment(change: IssueChange, previous: Comment | null, comment: Comment, watched: boolean): void {
    const now = mentionedUsers(comment.body);
    const before = previous === null ? new Set<string>() : mentionedUsers(previous.body);
    this.resolveMentions(change.issueId, comment.id, now);
    if (!watched) return;
    for (const accountId of now) {
      if (before.has(accountId) || accountId === comment.updateAuthorId) continue;
      this.fire(key('mention', change.issueId, `comment:${comment.id}:${accountId}`), { kind: 'mention', issueId: change.issueId, open: true, mention: { where: comment.id, accountId } });
    }
  }

  /** Description mentions: every newly mentioned user fires (the doc names no author exception). */
  private description(change: IssueChange, before: unknown, after: unknown, watched: boolean): void {
    const now = mentionedUsers(after);
    const previously = mentionedUsers(before);
    this.resolveMentions(change.issueId, 'description', now);
    if (!watched) return;
    for (const accountId of now) {
      if (previously.has(accountId)) continue;
      this.fire(key('mention', change.issueId, `description:${accountId}`), { kind: 'mention', issueId: change.issueId, open: true, mention: { where: 'description', accountId } });
    }
  }

  private resolveMentions(issueId: string, where: string, stillMentioned: ReadonlySet<string>): void {
    for (const alertKey of this.keysByIssue.get(issueId) ?? []) {
      const alert = this.alerts.get(alertKey);
      if (alert?.open === true && alert.mention?.where === where && !stillMentioned.has(alert.mention.accountId)) alert.open = false;
    }
  }

  /** At most one alert per key, ever: a key seen before is left as it is. */
  private fire(alertKey: string, alert: EventAlert): void {
    if (this.alerts.has(alertKey)) return;
    this.alerts.set(alertKey, alert);
    const keys = this.keysByIssue.get(alert.issueId);
    if (keys === undefined) this.keysByIssue.set(alert.issueId, [alertKey]);
    else keys.push(alertKey);
  }

  private resolve(alertKey: string): void {
    const alert = this.alerts.get(alertKey);
    if (alert !== undefined) alert.open = false;
  }
}
