import type { Installation } from './installation';
import type { Invoker } from './invoker';
import type { AppManifest, UiModule } from './manifest';

export interface ResolverCall {
  installation: Installation;
  moduleKey: string;
  functionKey: string;
  payload?: unknown;
  /** The signed-in user; the only identity the platform vouches for. */
  accountId: string | undefined;
  accountType?: 'licensed' | 'unlicensed' | 'customer' | 'anonymous';
  /** What the browser sends as the extension context (issue, project): not trusted by the app. */
  extension?: Record<string, unknown>;
}

export class ResolverInvocationError extends Error {
  constructor(
    readonly code: 'FUNCTION_TIME_OUT' | 'RESOLVER_ERROR' | 'NO_RESOLVER',
    message: string,
  ) {
    super(message);
    this.name = 'ResolverInvocationError';
  }
}

/** UI `invoke()` as the platform runs it (SDK-WIRE-PROTOCOL §7.5): the trusted parts in the second argument. */
export class ResolverHost {
  constructor(
    private readonly manifest: AppManifest,
    private readonly invoker: Invoker,
  ) {}

  async call(input: ResolverCall): Promise<unknown> {
    const module = this.manifest.uiModules.find((m) => m.key === input.moduleKey);
    if (module?.resolverFunction === undefined) throw new ResolverInvocationError('NO_RESOLVER', `Module ${input.moduleKey} has no resolver`);
    const result = await this.invoker.invoke({
      installation: input.installation,
      functionKey: module.resolverFunction,
      moduleKey: module.key,
      moduleType: 'resolver',
      principalAccountId: input.accountId,
      args: [
        { call: { functionKey: input.functionKey, payload: input.payload }, context: hostContext(module, input) },
        {
          principal: input.accountId === undefined ? undefined : { accountId: input.accountId },
          installContext: input.installation.installContext,
          license: input.installation.license,
          installation: { id: input.installation.id },
        },
      ],
    });
    if (result.outcome === 'timeout') throw new ResolverInvocationError('FUNCTION_TIME_OUT', `Resolver ${input.functionKey} ran past 25 s`);
    if (result.outcome === 'error') throw result.error;
    return result.value;
  }
}

function hostContext(module: UiModule, input: ResolverCall): Record<string, unknown> {
  return {
    accountId: input.accountId,
    accountType: input.accountType ?? 'licensed',
    cloudId: input.installation.cloudId,
    moduleKey: module.key,
    localId: `${module.key}-local`,
    environmentType: 'DEVELOPMENT',
    siteUrl: input.installation.siteUrl,
    extension: { type: module.type, ...(input.extension ?? {}) },
  };
}
