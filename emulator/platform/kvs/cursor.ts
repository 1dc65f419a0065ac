import { z } from 'zod';
import { badRequest, type KvsFailure } from './failure';
import type { Scalar } from './types';

/** Where a page ended: the last key, and for entity indexes the range value it was ordered by. */
export interface CursorPosition {
  key: string;
  range?: Scalar | undefined;
}

const positionSchema = z.object({ key: z.string(), range: z.union([z.string(), z.number(), z.boolean()]).optional() });

/**
 * Cursors are opaque to apps ("not stable, do not persist"). Encoding a position rather than an
 * offset keeps paging correct while other writes insert or remove items before it.
 */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition | KvsFailure {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = positionSchema.safeParse(decoded);
  return parsed.success ? parsed.data : badRequest('INVALID_CURSOR', 'The cursor was not returned by a query of this store');
}
