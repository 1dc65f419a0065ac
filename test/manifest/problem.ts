/**
 * The problems the manifest checker reports. Codes are stable: tests and readers match on them,
 * while messages carry the detail and may change.
 */
export const PROBLEM = {
  /** `@forge/manifest` FULL validation (what `forge lint` runs) reported an error or warning. */
  forgeValidation: 'forge-validation',
  /** The manifest is not YAML, or lacks the shape the checks below read. */
  manifestShape: 'manifest-shape',
  unknownEvent: 'unknown-event',
  eventScopeMissing: 'event-scope-missing',
  storageScopeMissing: 'storage-scope-missing',
  handlerNotIndex: 'handler-not-index',
  handlerMissing: 'handler-missing',
  handlerNotFunction: 'handler-not-function',
  resourceMissing: 'resource-missing',
  operationUnknown: 'operation-unknown',
  operationScopeMissing: 'operation-scope-missing',
  scopeUnneeded: 'scope-unneeded',
  functionRefUnknown: 'function-ref-unknown',
  runtimeUnsupported: 'runtime-unsupported',
  fiveMinuteSchedule: 'five-minute-schedule',
  externalPermissions: 'external-permissions',
  consumerTimeoutMissing: 'consumer-timeout-missing',
  uiNotNative: 'ui-not-native',
  uiResolverMissing: 'ui-resolver-missing',
} as const;

export type ProblemCode = (typeof PROBLEM)[keyof typeof PROBLEM];

export interface ManifestProblem {
  readonly code: ProblemCode;
  readonly message: string;
}

export function report(code: ProblemCode, message: string): ManifestProblem {
  return { code, message };
}
