export { DEFAULT_KVS_LIMITS, type KvsLimits } from './limits';
export { KvsService, type KvsServiceOptions } from './service';
export type { AttributeType, EntityDeclaration, KvsResponse, KvsUsage } from './types';
