import { KvsService } from './kvs';
import type { KvsLimits } from './kvs/limits';
import type { Clock } from './clock';
import type { EntityDeclaration } from './manifest';

export interface License {
  isActive: boolean;
}

/**
 * One installation of the app on one site: its own storage, limits and context. Several live in
 * one emulator, as the app is installed on many sites, and share only the app's Jira points quota.
 */
export class Installation {
  readonly installContext: string;
  readonly kvs: KvsService;
  readonly license: License = { isActive: true };
  /** Users who have not granted the app access to act as them (`asUser` answers with the consent prompt). */
  private readonly usersWithoutConsent = new Set<string>();
  /** Pushes to async queues per virtual minute, for the 500-a-minute limit. */
  readonly pushWindow = { minuteStart: 0, events: 0 };

  constructor(
    readonly id: string,
    readonly cloudId: string,
    readonly siteUrl: string,
    readonly jiraBaseUrl: string | undefined,
    clock: Clock,
    entities: readonly EntityDeclaration[],
    kvsLimits: Partial<KvsLimits> = {},
  ) {
    this.installContext = `ari:cloud:jira::site/${cloudId}`;
    this.kvs = new KvsService({ clock, entities: [...entities], limits: kvsLimits });
  }

  revokeConsent(accountId: string): void {
    this.usersWithoutConsent.add(accountId);
  }

  grantConsent(accountId: string): void {
    this.usersWithoutConsent.delete(accountId);
  }

  hasConsent(accountId: string): boolean {
    return !this.usersWithoutConsent.has(accountId);
  }
}
