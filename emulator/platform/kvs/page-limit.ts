import { badRequest, type KvsFailure } from './failure';
import { DEFAULT_QUERY_LIMIT } from './limits';

/** A query's page size: 10 when not given, else a whole number from 1 to `max`. */
export function pageLimit(requested: number | undefined, max: number, code: string): number | KvsFailure {
  if (requested === undefined) return DEFAULT_QUERY_LIMIT;
  if (!Number.isInteger(requested) || requested < 1 || requested > max) {
    return badRequest(code, `The page limit must be between 1 and ${max}, got ${requested}`);
  }
  return requested;
}
