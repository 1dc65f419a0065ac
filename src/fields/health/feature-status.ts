import { FIELD_SPECS } from '../discovery/field-specs';
import type { Feature, FieldMapping, LogicalField } from '../logical-fields';
import type { MappedFieldProblem } from './check-mapping';
import { FEATURE_DEPENDENCIES } from './feature-dependencies';

export interface FeatureHealth {
  status: 'ok' | 'degraded';
  reasons: string[];
}

/** A feature whose fields are unmapped or broken says so, rather than alerting on wrong data. */
export function featureStatus(mapping: FieldMapping, problems: readonly MappedFieldProblem[]): Record<Feature, FeatureHealth> {
  const trouble = (logical: LogicalField): string | null => {
    if (mapping[logical] === null) return `${FIELD_SPECS[logical].label} is not mapped.`;
    return problems.find((problem) => problem.logical === logical)?.message ?? null;
  };
  const status = (feature: Feature): FeatureHealth => {
    const { fields, needs } = FEATURE_DEPENDENCIES[feature];
    const troubles = fields.map(trouble);
    const reasons = troubles.filter((reason): reason is string => reason !== null);
    if (needs === 'all') return reasons.length === 0 ? { status: 'ok', reasons: [] } : { status: 'degraded', reasons };
    if (reasons.length < fields.length) return { status: 'ok', reasons: [] };
    const names = fields.map((logical) => FIELD_SPECS[logical].label.toLowerCase()).join(' or ');
    return { status: 'degraded', reasons: [`needs ${names}, and ${fields.length === 2 ? 'neither' : 'none'} is usable`, ...reasons] };
  };
  return {
    missingEstimateAlerts: status('missingEstimateAlerts'),
    timeTrackingAlerts: status('timeTrackingAlerts'),
    sprintStartHealth: status('sprintStartHealth'),
    sprintAnalysis: status('sprintAnalysis'),
    epicRollup: status('epicRollup'),
    teamLoad: status('teamLoad'),
  };
}
