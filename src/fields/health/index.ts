export { checkMapping, type MappedFieldProblem } from './check-mapping';
export { featureStatus, type FeatureHealth } from './feature-status';
