import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../../../emulator/jira/seed/random';
import { eventIdentity, parseProductEvent, type ParseResult } from '../../../src/events/payloads';
import { stringValues, VALID_PAYLOADS } from './fixtures';
import { siteEvents } from './site-events';

const MUTANTS = 6_000;
const SPRINT_EXAMPLE = join(__dirname, '..', '..', '..', '..', 'shared', 'forge', 'event-examples', 'avi_jira-software_updated_sprint__atlassian-docs-jira-software.json');

type Json = unknown;
type Container = Record<string, Json> | Json[];
type Path = ReadonlyArray<string | number>;

/** Marked strings: personal data stand-ins the messages must never repeat. */
function sentinel(random: Random): string {
  return `Zq${random.hex(8)}-secret`;
}

function nested(depth: number, leaf: Json, asArray: boolean): Json {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { deeper: value };
  return value;
}

/** Paths to every value down to a modest depth, iteratively: mutants can nest thousands deep. */
function pathsOf(root: Json): Path[] {
  const paths: Path[] = [];
  const pending: Array<[Json, Path]> = [[root, []]];
  while (pending.length > 0) {
    const [value, path] = pending.pop() as [Json, Path];
    if (path.length > 0) paths.push(path);
    if (path.length >= 12 || typeof value !== 'object' || value === null) continue;
    const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.slice(0, 20).map((item, i) => [i, item]) : Object.entries(value);
    for (const [key, item] of entries) pending.push([item, [...path, key]]);
  }
  return paths;
}

function containerAt(root: Json, path: Path): Container | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Container) : undefined;
}

function setOwn(container: Container, key: string | number, value: Json): void {
  // `defineProperty` so `__proto__` becomes an own key, as JSON.parse makes it.
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A replacement of the wrong kind for whatever was there. */
function junk(random: Random, current: Json): Json {
  const choices: Array<() => Json> = [
    () => null,
    () => sentinel(random),
    () => random.int(-1_000_000, 1_000_000),
    () => random.float() * 1e6,
    () => [NaN, Infinity, -0][random.int(0, 2)],
    () => random.chance(0.5),
    () => [],
    () => ({}),
    () => [sentinel(random), random.int(0, 9)],
    () => ({ id: sentinel(random), accountId: sentinel(random) }),
    () => nested(random.int(100, 3_000), sentinel(random), random.chance(0.5)),
    () => `${sentinel(random)}${'x'.repeat(random.int(1_000, 200_000))}`,
    () => '\u0000\uffff\ud800' + sentinel(random),
    () => `2026-02-30T09:00:00.000+0000${sentinel(random)}`,
    () => (typeof current === 'string' && /^\d+$/.test(current) ? Number(current) : typeof current === 'number' ? String(current) : sentinel(random)),
    () => (typeof current === 'string' ? current.toUpperCase() : current),
  ];
  return random.pick(choices)();
}

const EVENT_TYPES = Object.keys(VALID_PAYLOADS);

function mutate(random: Random, payload: Json): Json {
  const copy = structuredClone(payload);
  for (let step = random.int(1, 4); step > 0; step--) {
    const path = random.pick(pathsOf(copy).concat([['eventType']]));
    const container = containerAt(copy, path);
    const key = path[path.length - 1] as string | number;
    if (container === undefined) continue;
    const current = (container as Record<string | number, Json>)[key];
    const op = random.int(0, 9);
    if (op === 0) {
      if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
      else delete (container as Record<string | number, Json>)[key];
    } else if (op === 1 && key === 'eventType') {
      setOwn(container, key, random.chance(0.7) ? random.pick(EVENT_TYPES) : sentinel(random));
    } else if (op === 2 && !Array.isArray(container)) {
      setOwn(container, random.pick(['__proto__', 'toString', 'constructor', 'hasOwnProperty', sentinel(random)]), junk(random, undefined));
    } else {
      setOwn(container, key, junk(random, current));
    }
  }
  return copy;
}

/** `path: problem` lines built from schema keys and fixed words, then perhaps `and N more`. */
const LINE = /^[A-Za-z_]+(?:\.[A-Za-z_]+|\[\d+\])*: [a-z][a-z ,-]*$/;
const MORE = /^and \d+ more$/;
/** Schema keys and the messages' own words look like this; every other input string must stay out. */
const VOCABULARY_LIKE = /^[a-z][A-Za-z]*$/;

function problemsWith(input: Json, result: ParseResult): string[] {
  if (result.ok) {
    const { id, natural } = eventIdentity(result.event);
    return /^[a-z]{3}:[0-9a-f]{64}$/.test(id) && /^[a-z]+:[a-z]+(:[A-Za-z0-9_.-]+)+$/.test(natural) ? [] : [`bad identity ${id} ${natural}`];
  }
  const problems: string[] = [];
  const lines = result.message.split('; ');
  if (result.message.length > 2_000) problems.push('message too long');
  lines.forEach((line, i) => {
    if (!LINE.test(line) && !(i === lines.length - 1 && MORE.test(line))) problems.push(`line outside the grammar: ${line}`);
  });
  for (const value of stringValues(input)) {
    if (value.length >= 4 && !VOCABULARY_LIKE.test(value) && result.message.includes(value)) problems.push(`message repeats an input value: ${result.message}`);
  }
  return problems;
}

describe('parseProductEvent on malformed payloads', () => {
  let bases: Json[];
  beforeAll(async () => {
    const site = await siteEvents();
    const emulated = site.eventsOf('mixed').filter((_, i) => i % 40 === 0).map(({ payload }) => payload);
    bases = [...Object.values(VALID_PAYLOADS).map((build) => build()), JSON.parse(readFileSync(SPRINT_EXAMPLE, 'utf8')), ...emulated];
  });

  it(`never throws, and answers with an event or a message that names paths without values (${MUTANTS} seeded mutants)`, () => {
    const random = new Random(20_261_102);
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    for (let i = 0; i < MUTANTS; i++) {
      const mutant = mutate(random, random.pick(bases));
      let result: ParseResult;
      try {
        result = parseProductEvent(mutant);
      } catch (error) {
        problems.push(`threw: ${String(error)}`);
        continue;
      }
      const outcome = result.ok ? 'ok' : result.code;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      problems.push(...problemsWith(mutant, result));
    }
    expect(problems.slice(0, 5)).toEqual([]);
    // The mutants exercise every outcome, not one path over and over.
    expect(outcomes.get('ok')).toBeGreaterThan(MUTANTS / 10);
    expect(outcomes.get('EVENT_PAYLOAD_INVALID')).toBeGreaterThan(MUTANTS / 3);
    expect(outcomes.get('EVENT_TYPE_UNKNOWN')).toBeGreaterThan(MUTANTS / 100);
  });

  it.each<[string, () => Json]>([
    ['a 100,000-deep array', () => nested(100_000, 'Zq-deep-secret', true)],
    ['a 100,000-deep object with a valid event type', () => ({ eventType: 'avi:jira:updated:field', field: nested(100_000, 'Zq-deep-secret', false) })],
    ['a 100,000-deep issue', () => ({ eventType: 'avi:jira:created:issue', issue: nested(100_000, 'Zq-deep-secret', false) })],
    ['a 10 MB string', () => `Zq-huge-secret${'y'.repeat(10_000_000)}`],
    ['a 10 MB summary', () => ({ ...VALID_PAYLOADS['avi:jira:created:issue']?.(), issue: { id: '1', key: 'A-1', fields: { summary: 'Zq'.repeat(5_000_000) } } })],
    ['200,000 changelog items', () => ({ ...VALID_PAYLOADS['avi:jira:updated:issue']?.(), changelog: { id: '1', items: Array.from({ length: 200_000 }, () => ({ field: 7 })) } })],
    ['a symbol, a function and a bigint', () => ({ eventType: 'avi:jira:created:field', a: Symbol('s'), b: () => 1, c: 10n })],
  ])('survives %s', (_what, build) => {
    const input = build();
    const result = parseProductEvent(input);
    expect(problemsWith(input, result)).toEqual([]);
  });
});
