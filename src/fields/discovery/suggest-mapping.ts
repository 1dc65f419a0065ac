import type { LogicalField } from '../logical-fields';
import { byLogicalField } from './by-logical-field';
import { rankEpicLink } from './epic-link';
import { gatherEvidence } from './evidence';
import { rankBySignals, type Ranking } from './ranking';
import { rankStoryPoints } from './story-points';
import { toSuggestion } from './suggestion';
import type { DiscoveryInput, DiscoveryResult } from './types';

/** Suggests a Jira field for every logical field, from the site's fields, its boards' estimation and its projects' style. */
export function suggestMapping({ fields, boards, projects }: DiscoveryInput): DiscoveryResult {
  const storyPoints = rankStoryPoints(gatherEvidence('storyPoints', fields), boards);
  const rank = (logical: LogicalField): Ranking => {
    if (logical === 'storyPoints') return storyPoints.ranking;
    if (logical === 'epicLink') return rankEpicLink(gatherEvidence(logical, fields), projects);
    return { candidates: rankBySignals(gatherEvidence(logical, fields)), ambiguous: null };
  };
  return {
    suggestions: byLogicalField((logical) => toSuggestion(logical, rank(logical))),
    boardDisagreement: storyPoints.disagreement,
  };
}
