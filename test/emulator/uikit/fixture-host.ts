import { join } from 'node:path';
import { ForgePlatform } from '../../../emulator/platform/forge-platform';
import type { AppHandlers } from '../../../emulator/platform/invoker';

export const FIXTURE_DIR = join(__dirname, 'fixture');

/** A platform running the UI fixture app's backend. */
export function uiFixturePlatform(): ForgePlatform {
  return new ForgePlatform({ appDir: FIXTURE_DIR, loadHandlers: () => require('./fixture/index') as AppHandlers });
}
