import type { Feature, LogicalField } from '../logical-fields';

/** The logical fields a feature reads: all of them, or any one (missing estimates can be told by points or by time). */
export interface FeatureNeeds {
  readonly fields: readonly LogicalField[];
  readonly needs: 'all' | 'any';
}

export const FEATURE_DEPENDENCIES: Record<Feature, FeatureNeeds> = {
  missingEstimateAlerts: { fields: ['storyPoints', 'originalEstimate'], needs: 'any' },
  timeTrackingAlerts: { fields: ['originalEstimate', 'remainingEstimate', 'loggedTime'], needs: 'all' },
  sprintStartHealth: { fields: ['sprint', 'storyPoints'], needs: 'all' },
  sprintAnalysis: { fields: ['sprint', 'storyPoints'], needs: 'all' },
  epicRollup: { fields: ['epicLink'], needs: 'all' },
  teamLoad: { fields: ['team'], needs: 'all' },
};
