import type { Clock } from '../clock';
import type { EntityCatalog } from './entities';
import type { KvsFailure } from './failure';
import type { KvsLimits } from './limits';
import type { RecordStore } from './record-store';
import type { KvsResponse } from './types';

/** What every endpoint works with: one installation's records, declarations, limits and time. */
export interface KvsContext {
  clock: Clock;
  limits: KvsLimits;
  store: RecordStore;
  entities: EntityCatalog;
}

/** One endpoint. `body` is the parsed JSON request body, not yet checked. */
export type Handler = (context: KvsContext, body: unknown) => KvsResponse | KvsFailure;
