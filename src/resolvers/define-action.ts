import type { z } from 'zod';
import { JiraAuthenticationError, JiraCircuitOpenError, JiraIntegrationError, JiraRateLimitedError } from '../jira/errors';
import { isConsentRequired } from '../platform/consent';
import { remainingMs } from '../platform/invocation';
import type { ResolverAction, TrustedCaller } from '../platform/resolver';
import type { Envelope } from './api';
import { ResolverError } from './resolver-error';

/** Resolvers have 25 s; an action stops with this much left, so the envelope always gets back. */
const ANSWER_WITH_MS_LEFT = 3_000;

export interface ActionDefinition<S extends z.ZodType, T> {
  input: S;
  /** Runs before the action on every call: throws a ResolverError when the caller may not act. */
  access: (caller: TrustedCaller, input: z.infer<S>) => Promise<void>;
  run: (input: z.infer<S>, caller: TrustedCaller) => Promise<T>;
}

/**
 * One resolver action: the payload is parsed (nothing is trusted before), the caller's right is
 * checked, the work runs within the time box, and every outcome comes back in one envelope. A
 * consent prompt the platform must show (the user has not granted access yet) is not an outcome:
 * it is rethrown for the platform.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>): ResolverAction {
  return async ({ payload, caller }): Promise<Envelope<T> | never> => {
    const parsed = definition.input.safeParse(payload ?? {});
    if (!parsed.success) return refused('INVALID_PAYLOAD', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).slice(0, 5).join('; '));
    try {
      if (caller.accountId === undefined) throw new ResolverError('NOT_SIGNED_IN', 'Sign in to Jira to use SIAS.');
      await definition.access(caller, parsed.data);
      return { ok: true, data: await withinTimeBox(definition.run(parsed.data, caller)) };
    } catch (error) {
      return envelopeOf(error);
    }
  };
}

function refused(code: Extract<Envelope<never>, { ok: false }>['error']['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

async function withinTimeBox<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ResolverError('TIME_BUDGET_EXCEEDED', 'This took too long; it goes on in the background where it can. Try again in a moment.')), Math.max(0, remainingMs() - ANSWER_WITH_MS_LEFT));
  });
  try {
    return await Promise.race([work, budget]);
  } finally {
    clearTimeout(timer);
  }
}

function envelopeOf(error: unknown): Envelope<never> {
  if (error instanceof ResolverError) return refused(error.code, error.message);
  if (error instanceof JiraRateLimitedError) return refused('JIRA_RATE_LIMITED', 'Jira asked SIAS to slow down; try again in a minute.');
  if (error instanceof JiraCircuitOpenError) return refused('JIRA_UNAVAILABLE', `Jira failed repeatedly just now; SIAS pauses its calls for a minute so it can recover. Try again in ${error.retryAfterSeconds} s.`);
  if (error instanceof JiraAuthenticationError) return refused('JIRA_UNAVAILABLE', 'Jira has not let SIAS in yet; this takes a few minutes after install. Try again shortly.');
  if (error instanceof JiraIntegrationError) return refused('JIRA_UNAVAILABLE', `Jira could not answer (${error.code}); try again later.`);
  if (isConsentRequired(error)) throw error;
  console.error(JSON.stringify({ source: 'resolver', level: 'error', message: error instanceof Error ? error.name : 'unknown error' }));
  return refused('INTERNAL', 'Something went wrong in SIAS; the error is logged.');
}
