import Resolver from '@forge/resolver';

/** What a resolver may trust: only these come from the platform, never from the browser. */
export interface TrustedCaller {
  accountId: string | undefined;
  accountType: string | undefined;
  installContext: string | undefined;
  license: unknown;
}

export type ResolverAction = (input: { payload: unknown; caller: TrustedCaller }) => Promise<unknown>;

/** Builds the exported resolver handler from named actions; the payload stays `unknown` until an action parses it. */
export function buildResolver(actions: Record<string, ResolverAction>): ReturnType<Resolver['getDefinitions']> {
  const resolver = new Resolver();
  for (const [key, action] of Object.entries(actions)) {
    resolver.define(key, async ({ payload, context }) => {
      const caller: TrustedCaller = {
        accountId: typeof context.accountId === 'string' ? context.accountId : undefined,
        accountType: typeof context.accountType === 'string' ? context.accountType : undefined,
        installContext: typeof context.installContext === 'string' ? context.installContext : undefined,
        license: context.license,
      };
      return action({ payload, caller });
    });
  }
  return resolver.getDefinitions();
}
