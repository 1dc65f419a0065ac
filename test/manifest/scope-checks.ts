/**
 * Scope checks: every trigger event exists and its scopes are declared, every Jira operation exists
 * and its scopes are declared, and no declared scope is surplus ("the fewest scopes").
 */
import { declaredScopes, modulesOfType, triggerEvents, type ManifestModel } from './manifest-model';
import { PROBLEM, report, type ManifestProblem, type ProblemCode } from './problem';
import { eventScopeAlternatives, jiraOperationScopes, operationKey, type ScopeAlternatives } from './scope-sources';

export interface JiraOperationRef {
  readonly method: string;
  readonly path: string;
}

/** Something the app does that needs scopes, and the problem code used when they are missing. */
interface ScopeNeed {
  readonly what: string;
  readonly alternatives: ScopeAlternatives;
  readonly missingCode: ProblemCode;
}

/** The needs found, and problems with the things that would need scopes (e.g. unknown events). */
interface Needs {
  readonly needs: ScopeNeed[];
  readonly problems: ManifestProblem[];
}

/** The app always uses KVS, so `storage:app` is always needed, storage entities or not. */
const STORAGE_NEED: ScopeNeed = {
  what: 'KVS and storage entities',
  alternatives: [['storage:app']],
  missingCode: PROBLEM.storageScopeMissing,
};

function isCovered(declared: ReadonlySet<string>, alternatives: ScopeAlternatives): boolean {
  return alternatives.some((alternative) => alternative.every((scope) => declared.has(scope)));
}

function missingText(need: ScopeNeed): string {
  if (need.alternatives.length === 0) {
    return `${need.what} has no OAuth2 scopes in the OpenAPI documents, so a Forge app cannot call it`;
  }
  const alternatives = need.alternatives.map((alternative) => `[${alternative.join(', ')}]`).join(' or ');
  return `${need.what} needs one of ${alternatives} in permissions.scopes`;
}

function eventNeeds(manifest: ManifestModel): Needs {
  const needs: ScopeNeed[] = [];
  const problems: ManifestProblem[] = [];
  for (const trigger of modulesOfType(manifest, 'trigger')) {
    for (const event of triggerEvents(trigger)) {
      const alternatives = eventScopeAlternatives(event);
      if (alternatives === undefined) {
        problems.push(report(PROBLEM.unknownEvent, `trigger '${trigger.key}' listens to unknown event '${event}'`));
      } else {
        needs.push({ what: `event '${event}'`, alternatives, missingCode: PROBLEM.eventScopeMissing });
      }
    }
  }
  return { needs, problems };
}

function operationNeeds(operations: ReadonlyArray<JiraOperationRef>): Needs {
  const needs: ScopeNeed[] = [];
  const problems: ManifestProblem[] = [];
  const known = jiraOperationScopes();
  for (const { method, path } of operations) {
    const key = operationKey(method, path);
    const alternatives = known.get(key);
    if (alternatives === undefined) {
      problems.push(report(PROBLEM.operationUnknown, `Jira operation '${key}' is not in the Jira OpenAPI documents`));
    } else {
      needs.push({ what: `Jira operation '${key}'`, alternatives, missingCode: PROBLEM.operationScopeMissing });
    }
  }
  return { needs, problems };
}

function missingScopes(declared: ReadonlySet<string>, needs: ReadonlyArray<ScopeNeed>): ManifestProblem[] {
  return needs
    .filter((need) => !isCovered(declared, need.alternatives))
    .map((need) => report(need.missingCode, missingText(need)));
}

/**
 * A scope is needed when some need is covered with it and uncovered without it. So a scope outside
 * every alternative, part of an incomplete alternative, or redundant with another full
 * alternative is reported.
 */
function unneededScopes(declared: ReadonlySet<string>, needs: ReadonlyArray<ScopeNeed>): ManifestProblem[] {
  return [...declared]
    .filter((scope) => {
      const without = new Set([...declared].filter((other) => other !== scope));
      return !needs.some(({ alternatives }) => isCovered(declared, alternatives) && !isCovered(without, alternatives));
    })
    .map((scope) =>
      report(PROBLEM.scopeUnneeded, `scope '${scope}' is not needed: all events, Jira calls and storage stay covered without it`),
    );
}

export function checkScopes(manifest: ManifestModel, operations: ReadonlyArray<JiraOperationRef>): ManifestProblem[] {
  const events = eventNeeds(manifest);
  const calls = operationNeeds(operations);
  const needs = [...events.needs, ...calls.needs, STORAGE_NEED];
  const declared = new Set(declaredScopes(manifest));
  return [
    ...events.problems,
    ...calls.problems,
    ...missingScopes(declared, needs),
    ...unneededScopes(declared, needs),
  ];
}
