import { join } from 'node:path';
import { ForgePlatform, type PlatformOptions } from '../../emulator/platform/forge-platform';
import type { AppHandlers } from '../../emulator/platform/invoker';
import type { Received } from './fixture-app';

const FIXTURE_DIR = join(__dirname, 'fixture-app');

/** A platform running the fixture app, with the list its handlers record into. */
export function fixturePlatform(options: Omit<PlatformOptions, 'appDir' | 'loadHandlers'> = {}): { platform: ForgePlatform; received: Received[] } {
  let fixture: (AppHandlers & { received: Received[] }) | undefined;
  const platform = new ForgePlatform({
    ...options,
    appDir: FIXTURE_DIR,
    loadHandlers: () => {
      fixture = require('./fixture-app') as AppHandlers & { received: Received[] };
      return fixture;
    },
  });
  if (fixture === undefined) throw new Error('fixture app did not load');
  fixture.received.length = 0;
  return { platform, received: fixture.received };
}
