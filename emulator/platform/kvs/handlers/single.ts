import type { Handler, KvsContext } from '../context';
import { KVS_TARGET, SECRET_TARGET, type Target } from '../entities';
import { KvsFailure, keyNotFound } from '../failure';
import { project } from '../projection';
import type { KvsResponse } from '../types';
import { checkSetOptions, checkValueFor, expiryOf, validKey } from '../validation';
import {
  deleteBody,
  entityDeleteBody,
  entityGetBody,
  entitySetBody,
  getBody,
  parseBody,
  setBody,
  type GetOptions,
  type SetOptions,
} from '../wire-schemas';

/* get / set / delete of one key, for the plain KVS, the secret store and custom entities. */

function readOne(context: KvsContext, target: Target, rawKey: string | undefined, options: GetOptions | undefined): KvsResponse | KvsFailure {
  const key = validKey(rawKey, context.limits);
  if (key instanceof KvsFailure) return key;
  const record = context.store.get(target.namespace, key);
  if (record === undefined) return keyNotFound();
  return { status: 200, body: project(key, record, options?.metadataFields) };
}

interface WriteRequest {
  key?: string | undefined;
  value: unknown;
  options?: SetOptions | undefined;
}

function writeOne(context: KvsContext, target: Target, { key: rawKey, value, options }: WriteRequest): KvsResponse | KvsFailure {
  const key = validKey(rawKey, context.limits);
  if (key instanceof KvsFailure) return key;
  const problem = checkSetOptions(options) ?? checkValueFor(target, value, context.limits);
  if (problem !== undefined) return problem;
  const expiresAt = expiryOf(options?.ttl, context.clock.now());
  if (expiresAt instanceof KvsFailure) return expiresAt;
  const previous = context.store.get(target.namespace, key);
  if (previous !== undefined && options?.keyPolicy === 'FAIL_IF_EXISTS') {
    return new KvsFailure(409, 'KEY_CONFLICT', `Key '${key}' already exists and keyPolicy is FAIL_IF_EXISTS`);
  }
  const written = context.store.write(target.namespace, key, value, expiresAt);
  const returned = options?.returnValue === 'LATEST' ? written : options?.returnValue === 'PREVIOUS' ? previous : undefined;
  // PREVIOUS of a new key has nothing to return: an empty body, which the SDK reads as undefined.
  if (returned === undefined) return { status: 204 };
  return { status: 200, body: project(key, returned, options?.returnMetadataFields) };
}

function deleteOne(context: KvsContext, target: Target, rawKey: string | undefined): KvsResponse | KvsFailure {
  const key = validKey(rawKey, context.limits);
  if (key instanceof KvsFailure) return key;
  // The SDK swallows KEY_NOT_FOUND on delete, so apps see the documented "succeeds either way".
  return context.store.delete(target.namespace, key) ? { status: 204 } : keyNotFound();
}

function plainHandlers(target: Target): { get: Handler; set: Handler; delete: Handler } {
  return {
    get: (context, body) => {
      const request = parseBody(getBody, body);
      return request instanceof KvsFailure ? request : readOne(context, target, request.key, request.options);
    },
    set: (context, body) => {
      const request = parseBody(setBody, body);
      return request instanceof KvsFailure ? request : writeOne(context, target, request);
    },
    delete: (context, body) => {
      const request = parseBody(deleteBody, body);
      return request instanceof KvsFailure ? request : deleteOne(context, target, request.key);
    },
  };
}

export const kvsHandlers = plainHandlers(KVS_TARGET);
export const secretHandlers = plainHandlers(SECRET_TARGET);

export const entityHandlers: { get: Handler; set: Handler; delete: Handler } = {
  get: (context, body) => {
    const request = parseBody(entityGetBody, body);
    if (request instanceof KvsFailure) return request;
    const target = context.entities.entityTarget(request.entityName);
    return target instanceof KvsFailure ? target : readOne(context, target, request.key, request.options);
  },
  set: (context, body) => {
    const request = parseBody(entitySetBody, body);
    if (request instanceof KvsFailure) return request;
    const target = context.entities.entityTarget(request.entityName);
    return target instanceof KvsFailure ? target : writeOne(context, target, request);
  },
  delete: (context, body) => {
    const request = parseBody(entityDeleteBody, body);
    if (request instanceof KvsFailure) return request;
    const target = context.entities.entityTarget(request.entityName);
    return target instanceof KvsFailure ? target : deleteOne(context, target, request.key);
  },
};
