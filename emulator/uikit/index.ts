/**
 * Headless UI Kit host. Import this module before any `@forge/bridge` / `@forge/react` / app UI module
 * (see bridge-global.ts for why); in a test, put its import above the components'.
 */
import './bridge-global';

export { UiKitHost, mountUi, type BridgeCommand } from './ui-host';
export type { UiHostOptions, UiContext } from './ui-context';
export type { SettleOptions } from './pending-work';
export type { NodeQuery } from './ui-document';
export { HANDLER_MARKER, textOf, textsOf, type UiNode, type UiSnapshot, type NodePredicate } from './forge-doc';
export { changeArgument, serialisableEvent, type SerialisableEvent } from './events';
