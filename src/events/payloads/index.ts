export { isCommentEdit } from './comment-ref';
export { eventIdentity, type EventIdentity } from './event-identity';
export * from './event-types';
export { parseProductEvent, type ParseErrorCode, type ParseResult } from './parse-product-event';
export type * from './types';
