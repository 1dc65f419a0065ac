/** Generation time and heap for a seeded site: `npx tsx emulator/jira/seed/measure.ts 100000`. */
import { DEFAULT_EPOCH } from '../../platform/clock';
import { generateSite } from './generate-site';

const issues = Number(process.argv[2] ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const state = generateSite({ issues, seed: 42, now: DEFAULT_EPOCH });
const seconds = (performance.now() - started) / 1000;
gc?.();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
let histories = 0;
let comments = 0;
let worklogs = 0;
for (const issue of state.allIssues()) {
  histories += issue.changelog.length;
  comments += issue.comments.length;
  worklogs += issue.worklogs.length;
}
console.log(`${issues} issues requested, ${state.issueCount} live, ${state.deletions.length} deleted`);
console.log(`${histories} histories, ${comments} comments, ${worklogs} worklogs, ${state.sprints.size} sprints, ${state.users.size} users`);
console.log(`generated in ${seconds.toFixed(2)} s; heap held by the site ${heapMb.toFixed(0)} MB${gc ? '' : ' (run with --expose-gc for a settled figure)'}`);
