import type { ForgePlatform } from '../../emulator/platform/forge-platform';
import type { Installation } from '../../emulator/platform/installation';
import type { Envelope } from '../../src/resolvers/api';

/** Calls an admin-page resolver as the UI would, and unwraps its envelope. */
export async function adminCall<T>(platform: ForgePlatform, installation: Installation, accountId: string, functionKey: string, payload: unknown = {}): Promise<T> {
  const answer = (await platform.callResolver({ installation, moduleKey: 'sias-admin', functionKey, payload, accountId })) as Envelope<T>;
  if (!answer.ok) throw new Error(`${functionKey} was refused: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}
