import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** 64 bits: enough to tell apart the versions of one entity, short enough to read in a natural id. */
export function shortDigest(text: string): string {
  return sha256Hex(text).slice(0, 16);
}
