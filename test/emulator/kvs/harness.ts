import { join } from 'node:path';
import { ForgeKvsAPIError } from '@forge/kvs';
import { KvsService, type EntityDeclaration, type KvsLimits } from '../../../emulator/platform/kvs';
import { loadManifest } from '../../../emulator/platform/manifest';

/*
 * Wires the real @forge/kvs straight to one KvsService, so each test owns its clock and limits and
 * calls the SDK at top level. @forge/kvs reads `globalThis.__forge_fetch__` on every call, so
 * installing it per test is enough. The platform's routing to the same service, per installation,
 * is tested in test/emulator/platform.
 */

export const START = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface TestClock {
  t: number;
  now(): number;
}

/** The app's real declarations, read from manifest.yml. */
export const MANIFEST_ENTITIES: readonly EntityDeclaration[] = loadManifest(join(__dirname, '../../../manifest.yml')).entities;

/** A test-only entity with one attribute of every type, to cover what mirror-issue does not. */
export const GADGET: EntityDeclaration = {
  name: 'test-gadget',
  attributes: {
    label: { type: 'string' },
    active: { type: 'boolean' },
    score: { type: 'float' },
    rank: { type: 'integer' },
    tags: { type: 'any' },
  },
  indexes: ['label', { name: 'by-active-rank', partition: ['active'], range: ['rank'] }],
};

export interface KvsHarness {
  service: KvsService;
  clock: TestClock;
  /** Moves virtual time forward. */
  advance(ms: number): void;
}

interface ForgeFetchGlobal {
  __forge_fetch__?: (meta: { type: string }, path: string, init?: { body?: unknown }) => Promise<Response>;
}

export function installKvs(limits?: Partial<KvsLimits>): KvsHarness {
  const clock: TestClock = {
    t: START,
    now() {
      return this.t;
    },
  };
  const service = new KvsService({ clock, entities: [...MANIFEST_ENTITIES, GADGET], limits });
  (globalThis as ForgeFetchGlobal).__forge_fetch__ = async (meta, path, init) => {
    if (meta.type !== 'kvs') throw new Error(`The KVS harness serves only meta.type 'kvs', got '${meta.type}'`);
    const { status, body } = service.handle(path, typeof init?.body === 'string' ? JSON.parse(init.body) : undefined);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return {
    service,
    clock,
    advance: (ms) => {
      clock.t += ms;
    },
  };
}

/** Awaits a call that must fail with a platform error and returns that error. */
export async function kvsFailure(call: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return error;
    throw error;
  }
  throw new Error('Expected the KVS call to fail, but it succeeded');
}

/** Asserts the SDK threw `ForgeKvsAPIError` with this code and HTTP status. */
export async function expectKvsError(call: Promise<unknown>, code: string, status = 400): Promise<ForgeKvsAPIError> {
  const error = await kvsFailure(call);
  expect({ code: error.code, status: error.responseDetails.status }).toEqual({ code, status });
  return error;
}
