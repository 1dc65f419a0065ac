import type { AlertThresholds, Estimation, IssueFacts } from '../model';
import { sameJiraName } from './names';

/** Any number counts, 0 included: an estimate of 0 is a decision, not a gap. */
export function isEstimated(issue: IssueFacts, estimation: Estimation): boolean {
  const value = estimation === 'points' ? issue.storyPoints : issue.originalEstimate;
  return typeof value === 'number' && Number.isFinite(value);
}

/** An issue with no known type is not estimable: the rule cannot tell it should be. */
export function isEstimable(issue: IssueFacts, thresholds: Pick<AlertThresholds, 'estimatedIssueTypes'>): boolean {
  const { issueType } = issue;
  if (issueType === undefined || issue.statusCategory === 'done') return false;
  return thresholds.estimatedIssueTypes.some((type) => sameJiraName(type, issueType));
}

/** What an issue lacks when it is not estimated, in the project's own terms. */
export function estimateName(estimation: Estimation): string {
  return estimation === 'points' ? 'story points' : 'original estimate';
}
