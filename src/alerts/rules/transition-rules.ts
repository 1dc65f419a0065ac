import type { ChangelogEntry } from '../../jira/endpoints/schemas/changelog';
import { parseJiraTime } from '../../jira/jira-time';
import type { AlertThresholds, Finding, RuleContext, StatusCategory } from '../model';
import { sameJiraName } from './names';
import { categoryLabel, rankOf, statusCategoryOf } from './status-category';

export interface StatusRef {
  name: string;
  category: StatusCategory;
}

/** One change of an issue's status, from its changelog. */
export interface StatusTransition {
  issueId: string;
  issueKey: string;
  projectKey: string;
  historyId: string;
  /** Epoch ms. */
  at: number;
  from: StatusRef;
  to: StatusRef;
}

export type IssueIdentity = Pick<StatusTransition, 'issueId' | 'issueKey' | 'projectKey'>;

export type CategoryLookup = (statusId: string, statusName: string | null) => StatusCategory | undefined;

/**
 * The status changes in an issue's changelog, in the changelog's order. A change whose time or
 * either status's category is unknown is left out: no rule could judge it.
 */
export function statusTransitionsOf(issue: IssueIdentity, histories: readonly ChangelogEntry[], categoryOf: CategoryLookup): StatusTransition[] {
  return histories.flatMap((entry) => {
    const at = parseJiraTime(entry.created);
    if (at === undefined) return [];
    return entry.items.flatMap((item): StatusTransition[] => {
      if (item.field !== 'status' || item.from === null || item.to === null) return [];
      const fromCategory = categoryOf(item.from, item.fromString);
      const toCategory = categoryOf(item.to, item.toString);
      if (fromCategory === undefined || toCategory === undefined) return [];
      return [{
        ...issue,
        historyId: entry.id,
        at,
        from: { name: item.fromString ?? item.from, category: fromCategory },
        to: { name: item.toString ?? item.to, category: toCategory },
      }];
    });
  });
}

function isSkippedTransition(t: StatusTransition, thresholds: Pick<AlertThresholds, 'skippedTransitions'>): boolean {
  return thresholds.skippedTransitions.some((pair) => sameJiraName(pair.from, t.from.name) && sameJiraName(pair.to, t.to.name));
}

function describe(status: StatusRef): string {
  return `"${status.name}" (${categoryLabel(status.category)})`;
}

export function transitionFindings(t: StatusTransition, context: RuleContext): Finding[] {
  if (t.at < context.watchingSince) return [];
  const finding = (kind: Finding['kind'], explanation: string): Finding => ({
    kind,
    subject: t.issueId,
    cause: `history:${t.historyId}`,
    severity: 'warning',
    explanation,
    facts: {
      issueKey: t.issueKey,
      historyId: t.historyId,
      at: t.at,
      fromStatus: t.from.name,
      fromCategory: t.from.category,
      toStatus: t.to.name,
      toCategory: t.to.category,
    },
  });
  const findings: Finding[] = [];
  if (t.from.category === 'done' && t.to.category !== 'done') {
    findings.push(finding('reopened', `${t.issueKey} was reopened: it moved from ${describe(t.from)} to ${describe(t.to)}.`));
  }
  if (t.from.category !== 'done' && rankOf(t.to.category) < rankOf(t.from.category)) {
    findings.push(finding('moved-backwards', `${t.issueKey} moved backwards from ${describe(t.from)} to ${describe(t.to)}.`));
  }
  if (isSkippedTransition(t, context.thresholds)) {
    findings.push(finding('transition-skipped', `${t.issueKey} moved from "${t.from.name}" straight to "${t.to.name}", a transition this project flags.`));
  }
  return findings;
}

/**
 * Whether what a transition alert reports has been undone. An unknown current category, or facts
 * this module did not write, leave the alert open: resolving it would be a guess.
 */
export function transitionCauseGone(finding: Pick<Finding, 'kind' | 'facts'>, currentCategory: StatusCategory | undefined, deleted: boolean): boolean {
  if (deleted) return true;
  if (currentCategory === undefined) return false;
  if (finding.kind === 'reopened') return currentCategory === 'done';
  if (finding.kind === 'moved-backwards') {
    const fromCategory = statusCategoryOf(finding.facts.fromCategory);
    return fromCategory !== undefined && rankOf(currentCategory) >= rankOf(fromCategory);
  }
  return false;
}
