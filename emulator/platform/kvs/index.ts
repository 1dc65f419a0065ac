export { DEFAULT_KVS_LIMITS, type KvsLimits } from './limits';
export { KvsFailure } from './failure';
export { KvsService, type KvsFault, type KvsServiceOptions } from './service';
export type { AttributeType, EntityDeclaration, KvsResponse, KvsUsage } from './types';
