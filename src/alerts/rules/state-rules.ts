import type { Finding, IssueFacts, RuleContext } from '../model';
import { missingEstimateInSprint, missingEstimateSinceCreation } from './missing-estimate';
import { overEstimateFinding } from './over-estimate';
import { remainingZeroFinding } from './remaining-zero';
import { stuckFinding } from './stuck';
import { unestimatedWorkFinding } from './unestimated-work';

type StateRule = (issue: IssueFacts, context: RuleContext) => Finding | undefined;

const STATE_RULES: readonly StateRule[] = [
  missingEstimateSinceCreation,
  missingEstimateInSprint,
  stuckFinding,
  overEstimateFinding,
  remainingZeroFinding,
  unestimatedWorkFinding,
];

/**
 * Every state rule that holds for the issue now. The caller resolves open state alerts of the issue
 * whose key is not among these, which is how a deleted issue loses them all.
 */
export function stateFindings(issue: IssueFacts, context: RuleContext): Finding[] {
  if (issue.deleted) return [];
  return STATE_RULES.flatMap((rule) => rule(issue, context) ?? []);
}
