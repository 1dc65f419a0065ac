import { kvs, MetadataField } from '@forge/kvs';
import { KvsService } from '../../../emulator/platform/kvs';
import { expectKvsError, GADGET, installKvs, MANIFEST_ENTITIES, START, type KvsHarness } from './harness';

let harness: KvsHarness;
beforeEach(() => {
  harness = installKvs();
});

const issues = kvs.entity<{ projectKey?: string; sprintId?: number; updatedAt?: number; version?: number }>('mirror-issue');

describe('the manifest declaration', () => {
  it('is the one under app.storage.entities', () => {
    expect(MANIFEST_ENTITIES.map((e) => e.name)).toEqual(['mirror-issue', 'alert', 'event-counters']);
  });
});

describe('entity get / set / delete', () => {
  it('round-trips a value, apart from the plain KVS with the same key', async () => {
    await issues.set('PROJ-1', { projectKey: 'PROJ', sprintId: 7, updatedAt: 1000, version: 1 });
    await kvs.set('PROJ-1', 'plain');
    expect(await issues.get('PROJ-1')).toEqual({ projectKey: 'PROJ', sprintId: 7, updatedAt: 1000, version: 1 });
    expect(await kvs.get('PROJ-1')).toBe('plain');
    await issues.delete('PROJ-1');
    expect(await issues.get('PROJ-1')).toBeUndefined();
    expect(await kvs.get('PROJ-1')).toBe('plain');
    await expect(issues.delete('PROJ-1')).resolves.toBeUndefined();
  });

  it('accepts a value without some attributes', async () => {
    await issues.set('PROJ-2', { projectKey: 'PROJ' });
    expect(await issues.get('PROJ-2')).toEqual({ projectKey: 'PROJ' });
  });

  it('supports metadata, TTL, FAIL_IF_EXISTS and returnValue like the KVS', async () => {
    await issues.set('PROJ-3', { version: 1 }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 1, unit: 'DAYS' } });
    await expectKvsError(issues.set('PROJ-3', { version: 2 }, { keyPolicy: 'FAIL_IF_EXISTS' }), 'KEY_CONFLICT', 409);
    harness.advance(500);
    expect(await issues.set('PROJ-3', { version: 2 }, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({ key: 'PROJ-3', value: { version: 1 } });
    expect(await issues.get('PROJ-3', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME] })).toEqual({
      key: 'PROJ-3',
      value: { version: 2 },
      createdAt: START,
      updatedAt: START + 500,
    });
  });

  it('applies the key rules to entity keys', async () => {
    await expectKvsError(issues.set('', { version: 1 }), 'EMPTY_KEY');
    await expectKvsError(issues.get('x'.repeat(501)), 'KEY_TOO_LONG');
    await expectKvsError(issues.delete('a/b'), 'INVALID_KEY');
  });
});

describe('entity values', () => {
  const gadgets = kvs.entity('test-gadget');

  it('accepts every attribute type in range', async () => {
    const value = { label: 'Widget', active: true, score: -1.5e-100, rank: -2_147_483_648, tags: ['x', { y: 1 }] };
    await gadgets.set('g1', value);
    expect(await gadgets.get('g1')).toEqual(value);
    await gadgets.set('g2', { score: 0, rank: 2_147_483_647, tags: 'free-form' });
  });

  it('refuses an undeclared attribute with INVALID_ENTITY_ATTRIBUTE', async () => {
    await expectKvsError(issues.set('PROJ-1', { projectKey: 'PROJ', summary: 'not declared' } as object), 'INVALID_ENTITY_ATTRIBUTE');
  });

  it.each([
    ['a string attribute given a number', { label: 5 }],
    ['an empty string', { label: '' }],
    ['a whitespace-only string', { label: '  ' }],
    ['a boolean attribute given a string', { active: 'yes' }],
    ['an integer attribute given a fraction', { rank: 1.5 }],
    ['an integer above 32 bits', { rank: 2_147_483_648 }],
    ['an integer below 32 bits', { rank: -2_147_483_649 }],
    ['a float below 1E-130', { score: 1e-131 }],
    ['a float above 1E+126', { score: 1e127 }],
    ['a null attribute', { tags: null }],
  ])('refuses %s with INVALID_ENTITY_VALUE', async (_, value) => {
    await expectKvsError(gadgets.set('g', value), 'INVALID_ENTITY_VALUE');
  });

  it('refuses a value that is not an object with INVALID_ENTITY_VALUE', async () => {
    await expectKvsError(gadgets.set('g', ['label']), 'INVALID_ENTITY_VALUE');
    await expectKvsError(gadgets.set('g', 'label'), 'INVALID_ENTITY_VALUE');
  });

  it('applies the size limit to entity values', async () => {
    await expectKvsError(gadgets.set('g', { tags: 'x'.repeat(240 * 1024) }), 'MAX_SIZE');
  });
});

describe('declarations', () => {
  const clock = { now: () => START };
  const declare = (indexes: typeof GADGET.indexes): KvsService => new KvsService({ clock, entities: [{ ...GADGET, indexes }] });

  it('refuses declarations forge deploy would refuse', () => {
    expect(() => declare([{ name: 'by-missing', range: ['missing'] }])).toThrow("'missing' is not an attribute");
    expect(() => declare([{ name: 'by-tags', range: ['tags'] }])).toThrow('type any');
    expect(() => declare([{ name: 'by-two', range: ['rank', 'score'] }])).toThrow('exactly one range');
    expect(() => declare(['by-key'])).toThrow('already used');
    expect(() => new KvsService({ clock, entities: [GADGET, GADGET] })).toThrow('declared twice');
    expect(() => new KvsService({ clock, entities: [{ ...GADGET, name: 'Gadget' }] })).toThrow('regex');
  });
});
