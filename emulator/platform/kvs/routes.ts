import type { Handler } from './context';
import { batchDelete, batchGet, batchSet } from './handlers/batch';
import { entityQuery } from './handlers/entity-query';
import { kvsQuery } from './handlers/query';
import { entityHandlers, kvsHandlers, secretHandlers } from './handlers/single';
import { transact } from './handlers/transaction';
import type { Access } from './metering';

export interface Route {
  access: Access;
  handle: Handler;
}

/** Every endpoint @forge/kvs 1.6.5 calls (SDK-WIRE-PROTOCOL §7.2), with how it is metered. */
export const ROUTES: ReadonlyMap<string, Route> = new Map<string, Route>([
  ['/api/v1/get', { access: 'read', handle: kvsHandlers.get }],
  ['/api/v1/set', { access: 'write', handle: kvsHandlers.set }],
  ['/api/v1/delete', { access: 'write', handle: kvsHandlers.delete }],
  ['/api/v1/query', { access: 'read', handle: kvsQuery }],
  ['/api/v1/secret/get', { access: 'read', handle: secretHandlers.get }],
  ['/api/v1/secret/set', { access: 'write', handle: secretHandlers.set }],
  ['/api/v1/secret/delete', { access: 'write', handle: secretHandlers.delete }],
  ['/api/v1/entity/get', { access: 'read', handle: entityHandlers.get }],
  ['/api/v1/entity/set', { access: 'write', handle: entityHandlers.set }],
  ['/api/v1/entity/delete', { access: 'write', handle: entityHandlers.delete }],
  ['/api/v1/entity/query', { access: 'read', handle: entityQuery }],
  ['/api/v1/batch/set', { access: 'write', handle: batchSet }],
  ['/api/v1/batch/get', { access: 'read', handle: batchGet }],
  ['/api/v1/batch/delete', { access: 'write', handle: batchDelete }],
  ['/api/v1/transaction', { access: 'write', handle: transact }],
]);
