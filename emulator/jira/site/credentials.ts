import { createHash } from 'node:crypto';
import type { Credentials } from '../http/principal';
import type { JiraSiteState } from '../model/site-state';

/**
 * Basic-auth API tokens for the site's users, derived from the site's secret and the account so a
 * restarted site with the same seed accepts the same credentials.
 */
export class SiteCredentials implements Credentials {
  constructor(
    private readonly state: JiraSiteState,
    private readonly secret: string,
  ) {}

  tokenFor(accountId: string): string {
    return `ATATT3x${createHash('sha256').update(`${this.secret}:${accountId}`).digest('hex').slice(0, 40)}`;
  }

  accountFor(email: string, token: string): string | undefined {
    for (const user of this.state.users.values()) {
      if (user.emailAddress.toLowerCase() === email.toLowerCase()) return user.active && token === this.tokenFor(user.accountId) ? user.accountId : undefined;
    }
    return undefined;
  }
}
