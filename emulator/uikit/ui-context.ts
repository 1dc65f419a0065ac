/** What `view.getContext()` answers in a hosted UI module (SDK-WIRE-PROTOCOL §5.1, §7.6). */
import type { ForgePlatform } from '../platform/forge-platform';
import type { Installation } from '../platform/installation';
import type { UiModule } from '../platform/manifest';
import { ENVIRONMENT_ID } from '../platform/runtime-object';

export interface UiHostOptions {
  platform: ForgePlatform;
  installation: Installation;
  /** A `jira:adminPage` / `jira:issuePanel` key from the manifest. */
  moduleKey: string;
  /** The signed-in user, or undefined for an anonymous viewer. */
  accountId: string | undefined;
  /** Where the module is shown, e.g. `{ issue: { id, key } }`; merged under `extension.type`. */
  extension?: Record<string, unknown>;
  /** A BCP-47 tag such as `en-US`; @forge/bridge normalises `ja_JP` to `ja-JP` itself. */
  locale?: string;
}

/** The subset of @forge/bridge's FullContext the emulator knows; optional fields are left out. */
export interface UiContext {
  accountId?: string;
  cloudId: string;
  siteUrl: string;
  moduleKey: string;
  localId: string;
  locale: string;
  timezone: string;
  environmentType: 'DEVELOPMENT';
  environmentId: string;
  extension: { type: string } & Record<string, unknown>;
}

export function uiModuleOf(platform: ForgePlatform, moduleKey: string): UiModule {
  const module = platform.manifest.uiModules.find((m) => m.key === moduleKey);
  if (module === undefined) {
    const known = platform.manifest.uiModules.map((m) => m.key).join(', ');
    throw new Error(`No UI module "${moduleKey}" in the manifest (UI modules: ${known || 'none'})`);
  }
  return module;
}

/**
 * A fresh object per call: @forge/bridge rewrites `locale` on what it receives. The values match the
 * context the platform hands resolvers (resolvers.ts), so frontend and backend agree on localId and type.
 */
export function buildUiContext(options: UiHostOptions, module: UiModule): UiContext {
  return {
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
    cloudId: options.installation.cloudId,
    siteUrl: options.installation.siteUrl,
    moduleKey: module.key,
    localId: `${module.key}-local`,
    locale: options.locale ?? 'en-US',
    timezone: 'UTC',
    environmentType: 'DEVELOPMENT',
    environmentId: ENVIRONMENT_ID,
    extension: { type: module.type, ...structuredClone(options.extension ?? {}) },
  };
}
