import type { IssueTypeKey } from './payload-types';

/** `mixed` picks a casing per event, so an app is tested against both; the others pin one. */
export type IssueTypeCasing = 'mixed' | IssueTypeKey;

/**
 * The casing of one event, derived from what identifies the event (FNV-1a of `identity`): the same
 * run gives the same payloads, and both casings turn up across a handful of events.
 */
export function issueTypeKeyFor(casing: IssueTypeCasing, identity: string): IssueTypeKey {
  if (casing !== 'mixed') return casing;
  let hash = 0x811c9dc5;
  for (let i = 0; i < identity.length; i++) hash = Math.imul(hash ^ identity.charCodeAt(i), 0x01000193);
  // FNV's low bit is only the parity of the input's low bits; a middle bit is well mixed.
  return ((hash >>> 16) & 1) === 0 ? 'issuetype' : 'issueType';
}
