export { suggestMapping } from './suggest-mapping';
export type { BoardDisagreement, Candidate, DiscoveryInput, DiscoveryResult, Suggestion } from './types';
