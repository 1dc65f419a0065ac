import type { ForgePlatform } from '../../platform/forge-platform';
import type { Installation } from '../../platform/installation';
import type { JiraSiteState } from '../model/site-state';
import { productEventsFor, type EventOptions } from './product-events';

export interface SiteBridgeOptions {
  state: JiraSiteState;
  platform: Pick<ForgePlatform, 'publishProductEvent'>;
  /** The installations on this site, read at each change so installs after connecting count. */
  installations: () => readonly Installation[];
  /** The app's own accounts on the site: their writes are self-generated, which `ignoreSelf` drops. */
  appAccountIds: () => ReadonlySet<string>;
  events?: EventOptions;
}

/**
 * Delivers every change of the site to the Forge platform as product events, for each installation.
 * Returns the disconnect.
 */
export function connectSiteToPlatform(options: SiteBridgeOptions): () => void {
  const { state, platform, installations, appAccountIds, events } = options;
  return state.onChange((change) => {
    const targets = installations();
    if (targets.length === 0) return;
    const selfGenerated = change.actorId !== null && appAccountIds().has(change.actorId);
    for (const installation of targets) {
      // Built per installation: each receives its own objects, as each would its own serialised copy.
      for (const payload of productEventsFor(change, state, events)) platform.publishProductEvent(installation, payload, { selfGenerated });
    }
  });
}
