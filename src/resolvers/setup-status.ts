import { readValue } from '../platform/kvs-store';
import { setupStateSchema } from '../setup/setup-state';
import { KEYS } from '../storage/keys';
import type { SetupStatusView } from './setup-status-view';


export async function readSetupStatus(): Promise<SetupStatusView> {
  const state = await readValue(KEYS.setupState(), setupStateSchema);
  if (state === undefined) return { status: 'not-installed', installedAt: null };
  return { status: state.status, installedAt: state.installedAt };
}
