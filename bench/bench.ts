/**
 * `npm run bench`: runs every section on the local cloud and prints a table, or with `--json`
 * one JSON object with a key per section, and nothing else on stdout. `--only a,b` runs those sections.
 */
import { formatTable } from './format';
import type { BenchResults, BenchSection } from './section';
import { costSection } from './sections/cost';
import { clientSection } from './sections/client';
import { eventsSection } from './sections/events';
import { platformSection } from './sections/platform';
import { fullSyncSection, incrementalSyncSection } from './sections/sync';

const SECTIONS: readonly BenchSection[] = [platformSection, clientSection, eventsSection, fullSyncSection, incrementalSyncSection, costSection];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // Section code may log through console.log; keep stdout for the result alone.
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  const results: BenchResults = {};
  for (const section of selected(process.argv)) results[section.name] = await section.run(results);
  console.log = log;
  if (json) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return;
  }
  const rows = Object.entries(results).flatMap(([section, figures]) => Object.entries(figures).map(([name, value]) => [section, name, format(value)]));
  log(formatTable(['section', 'figure', 'value'], rows));
}

function selected(argv: readonly string[]): readonly BenchSection[] {
  const at = argv.indexOf('--only');
  if (at < 0) return SECTIONS;
  const names = (argv[at + 1] ?? '').split(',');
  const unknown = names.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0) throw new Error(`unknown bench sections: ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`);
  // A section runs after the sections it builds on, which run too.
  const wanted = new Set(names);
  for (const section of [...SECTIONS].reverse()) if (wanted.has(section.name)) for (const need of section.needs ?? []) wanted.add(need);
  return SECTIONS.filter((section) => wanted.has(section.name));
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
