import { kvs } from '@forge/kvs';
import { DEFAULT_KVS_LIMITS } from '../../../emulator/platform/kvs';
import { expectKvsError, installKvs, type KvsHarness } from './harness';

let harness: KvsHarness;
beforeEach(() => {
  harness = installKvs();
});

/** A value nested `depth` levels deep: depth 1 is `{}`-like, scalars count 0. */
function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { child: value };
  return value;
}

describe('keys', () => {
  it('refuses an empty or missing key with EMPTY_KEY', async () => {
    await expectKvsError(kvs.set('', 1), 'EMPTY_KEY');
    await expectKvsError(kvs.get(''), 'EMPTY_KEY');
    expect(harness.service.handle('/api/v1/delete', {}).body).toMatchObject({ code: 'EMPTY_KEY' });
  });

  it('accepts 500 characters and refuses 501 with KEY_TOO_LONG', async () => {
    await kvs.set('k'.repeat(500), 1);
    expect(await kvs.get('k'.repeat(500))).toBe(1);
    await expectKvsError(kvs.set('k'.repeat(501), 1), 'KEY_TOO_LONG');
  });

  it('applies the documented key regex with INVALID_KEY', async () => {
    await kvs.set('issue:PROJ-1#v2.a_b c', 1);
    await expectKvsError(kvs.set('bad/slash', 1), 'INVALID_KEY');
    await expectKvsError(kvs.set('emoji-🙂', 1), 'INVALID_KEY');
    await expectKvsError(kvs.set('   ', 1), 'INVALID_KEY');
    await expectKvsError(kvs.getSecret('a?b'), 'INVALID_KEY');
  });
});

describe('values', () => {
  it(`accepts ${DEFAULT_KVS_LIMITS.maxValueBytes} bytes of JSON and refuses one more with MAX_SIZE`, async () => {
    const limit = DEFAULT_KVS_LIMITS.maxValueBytes;
    // A JSON string costs its characters plus two quotes.
    await kvs.set('big', 'x'.repeat(limit - 2));
    await expectKvsError(kvs.set('big', 'x'.repeat(limit - 1)), 'MAX_SIZE');
    // Size is measured in UTF-8 bytes: 'é' is two.
    await expectKvsError(kvs.set('big', 'é'.repeat(limit / 2)), 'MAX_SIZE');
  });

  it('accepts depth 31 and refuses 32 with MAX_DEPTH', async () => {
    await kvs.set('deep', nested(31));
    await expectKvsError(kvs.set('deep', nested(32)), 'MAX_DEPTH');
    await expectKvsError(kvs.set('deep', [nested(31)]), 'MAX_DEPTH');
  });

  it('refuses null and a missing value', async () => {
    await expectKvsError(kvs.set('k', null), 'BAD_REQUEST');
    await expectKvsError(kvs.set('k', undefined), 'BAD_REQUEST');
  });

  it('honours configured limits', async () => {
    harness = installKvs({ maxValueBytes: 10, maxDepth: 1, maxKeyLength: 3 });
    await kvs.set('abc', { a: 1 });
    await expectKvsError(kvs.set('abcd', 1), 'KEY_TOO_LONG');
    await expectKvsError(kvs.set('abc', 'x'.repeat(9)), 'MAX_SIZE');
    await expectKvsError(kvs.set('abc', { a: [] }), 'MAX_DEPTH');
  });
});

describe('entity names', () => {
  it('refuses names shorter than 3 or longer than 60 characters', async () => {
    await expectKvsError(kvs.entity('ab').get('k'), 'ENTITY_TYPE_TOO_SHORT');
    await expectKvsError(kvs.entity('a'.repeat(61)).get('k'), 'ENTITY_TYPE_TOO_LARGE');
  });

  it('refuses names outside the entity-name regex with INVALID_ENTITY_TYPE', async () => {
    for (const name of ['Mirror-Issue', '-mirror', 'mirror.', 'mir..ror', 'mirror issue']) {
      await expectKvsError(kvs.entity(name).get('k'), 'INVALID_ENTITY_TYPE');
    }
  });

  it('refuses a well-formed but undeclared entity, naming the manifest', async () => {
    const error = await expectKvsError(kvs.entity('mirror-sprint').set('k', {}), 'INVALID_ENTITY_TYPE');
    expect(error.message).toContain("'mirror-sprint' is not declared in the manifest");
  });
});
