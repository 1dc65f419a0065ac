/**
 * Handlers of the fixture app. They use the real @forge packages and record what the platform
 * handed them, so tests can assert on the platform's behaviour.
 */
import { asApp, asUser, getAppContext, route } from '@forge/api';
import { InvocationError, InvocationErrorCode, InvocationLimitReachedError, Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';

export interface Received {
  handler: string;
  event: Record<string, unknown>;
  context: Record<string, unknown>;
  installationId: string;
  remainingMs: number;
  at: number;
}

export const received: Received[] = [];
/** Messages of pushes the platform refused as too deep a chain. */
export const chainRefusals: string[] = [];

function record(handler: string, event: unknown, context: unknown): void {
  const app = getAppContext();
  received.push({
    handler,
    event: event as Record<string, unknown>,
    context: (context ?? {}) as Record<string, unknown>,
    installationId: app.installationAri.installationId,
    remainingMs: app.invocationRemainingTimeInMillis(),
    at: Date.now(),
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function onIssueA(event: unknown, context: unknown): Promise<void> {
  record('onIssueA', event, context);
  const body = event as { sleepMs?: number };
  if (body.sleepMs !== undefined) await sleep(body.sleepMs);
}

export async function onIssueB(event: unknown, context: unknown): Promise<void> {
  record('onIssueB', event, context);
}

interface WorkBody {
  action: 'ok' | 'retry' | 'throw' | 'sleep' | 'push' | 'chain' | 'jira-app' | 'jira-user';
  ms?: number;
  retryAfter?: number;
  fanOut?: number;
  key?: string;
}

async function work(handler: string, event: { body: WorkBody }, context: unknown): Promise<unknown> {
  record(handler, event, context);
  const body = event.body;
  switch (body.action) {
    case 'retry':
      return new InvocationError({ retryAfter: body.retryAfter ?? 1, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED, retryData: { attempt: 1 } });
    case 'throw':
      throw new Error('consumer failed');
    case 'sleep':
      await sleep(body.ms ?? 0);
      return undefined;
    case 'push':
      await new Queue({ key: 'work' }).push(Array.from({ length: body.fanOut ?? 1 }, (_, i) => ({ body: { action: 'ok', key: `child-${i}` } })));
      return undefined;
    case 'chain':
      // Each delivery pushes the next link, a second apart to stay under 500 pushes a minute, until the platform refuses the chain.
      try {
        await new Queue({ key: 'work' }).push({ body: { action: 'chain' }, delayInSeconds: 1 });
      } catch (error) {
        if (!(error instanceof InvocationLimitReachedError)) throw error;
        chainRefusals.push(error.message);
      }
      return undefined;
    case 'jira-app':
      await kvs.set(`status:${body.key ?? 'x'}`, (await asApp().requestJira(route`/rest/api/3/serverInfo`)).status);
      return undefined;
    case 'jira-user':
      await asUser('user-1').requestJira(route`/rest/api/3/myself`);
      return undefined;
    default:
      return undefined;
  }
}

export const consume = (event: { body: WorkBody }, context: unknown): Promise<unknown> => work('consume', event, context);
export const consumeLong = (event: { body: WorkBody }, context: unknown): Promise<unknown> => work('consumeLong', event, context);

export async function tick(event: unknown, context: unknown): Promise<{ statusCode: number }> {
  record('tick', event, context);
  return { statusCode: 204 };
}

const resolverDefinitions = new Resolver()
  .define('whoAmI', ({ context }) => ({ accountId: context.accountId, installContext: context.installContext, extension: context.extension }))
  .define('sleep', async ({ payload }) => {
    await sleep((payload as { ms: number }).ms);
    return 'woke';
  })
  .define('store', async ({ payload }) => {
    const { key, value } = payload as { key: string; value: string };
    await kvs.set(key, value);
    return kvs.get(key);
  })
  .define('myself', async () => (await asUser().requestJira(route`/rest/api/3/myself`)).json());

export const resolver = resolverDefinitions.getDefinitions();
