/**
 * An offline stand-in for `forge lint` plus the app's own rules: checks a manifest text against the
 * app directory, the handlers src/index.ts exports and the Jira operations the app calls.
 * It returns every problem found rather than stopping at the first, so one run shows them all.
 */
import { runFullValidation } from './forge-validation';
import { parseManifest } from './manifest-model';
import { PROBLEM, type ManifestProblem } from './problem';
import { checkScopes, type JiraOperationRef } from './scope-checks';
import {
  checkConsumerTimeouts,
  checkFunctionRefs,
  checkHandlers,
  checkNoExternal,
  checkResources,
  checkRuntime,
  checkSchedule,
  checkUiModules,
} from './structure-checks';

export { PROBLEM, type ManifestProblem, type ProblemCode } from './problem';

export interface ManifestCheckInput {
  readonly manifestText: string;
  /** The directory holding manifest.yml; resource and handler paths are relative to it. */
  readonly appDir: string;
  readonly exportedHandlers: Readonly<Record<string, unknown>>;
  readonly operations: ReadonlyArray<JiraOperationRef>;
}

export async function checkManifest(input: ManifestCheckInput): Promise<ManifestProblem[]> {
  const forgeProblems = await runFullValidation(input.manifestText, input.appDir);
  const parsed = parseManifest(input.manifestText);
  if (!parsed.ok) {
    return [...forgeProblems, ...parsed.errors.map((message) => ({ code: PROBLEM.manifestShape, message }))];
  }
  const { manifest } = parsed;
  return [
    ...forgeProblems,
    ...checkScopes(manifest, input.operations),
    ...checkHandlers(manifest, input.exportedHandlers),
    ...checkResources(manifest, input.appDir),
    ...checkFunctionRefs(manifest),
    ...checkRuntime(manifest),
    ...checkSchedule(manifest),
    ...checkNoExternal(manifest),
    ...checkConsumerTimeouts(manifest),
    ...checkUiModules(manifest),
  ];
}
