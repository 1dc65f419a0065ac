/**
 * A headless UI Kit host: renders an app's real `@forge/react` components in plain Node, answers their
 * `@forge/bridge` calls (SDK-WIRE-PROTOCOL §7.6) from the emulated platform, and lets a test read the
 * ForgeDoc and fire its handlers as a user would.
 */
// First: the global bridge must exist before @forge/react (and @forge/bridge under it) load.
import './bridge-global';
import ForgeReconciler from '@forge/react';
import { createElement, useLayoutEffect, useState, type ReactElement } from 'react';
import { actStep } from './act';
import { HostContext } from './effect-scope';
import { ancestorsOf, type UiNode } from './forge-doc';
import { changeArgument, clickEvent, serialisableEvent } from './events';
import { hostRegistry, runAsHost, type BridgeHost } from './host-scope';
import { resourceElement } from './resource-module';
import { PendingWork, type SettleOptions } from './pending-work';
import { buildUiContext, uiModuleOf, type UiContext, type UiHostOptions } from './ui-context';
import { UiDocument } from './ui-document';
import type { UiModule } from '../platform/manifest';

export interface BridgeCommand {
  cmd: string;
  data: unknown;
}

type EventCallback = (payload: unknown) => void;

/** Views answer `submit`, `close` and `openModal` with a truthy value; `false` would make @forge/bridge throw. */
const TRUTHY_COMMANDS = new Set(['submit', 'close', 'openModal']);

/** Sits above the app's element: gives effects their host (effect-scope.ts) and lets the host unmount the tree. */
function HostRoot(props: { host: BridgeHost; element: ReactElement; onMount: (hide: () => void) => void }): ReactElement {
  const [shown, setShown] = useState(true);
  const { onMount } = props;
  useLayoutEffect(() => onMount(() => setShown(false)), [onMount]);
  return createElement(HostContext.Provider, { value: props.host }, shown ? props.element : null);
}

export class UiKitHost extends UiDocument implements BridgeHost {
  readonly label: string;
  readonly module: UiModule;
  /** Every bridge command but `reconcile`, in order. */
  readonly commands: BridgeCommand[] = [];
  /** How many commits the reconciler reported. */
  reconciles = 0;
  /** Set when a resolver failed because the user has not granted consent (NEEDS_AUTHENTICATION_ERR). */
  consentRequested = false;
  private rootNode: UiNode | undefined;
  private state: 'new' | 'mounted' | 'unmounted' = 'new';
  private hide: (() => void) | undefined;
  private readonly work = new PendingWork();
  private readonly listeners = new Map<string, Set<EventCallback>>();

  constructor(private readonly options: UiHostOptions) {
    super();
    this.module = uiModuleOf(options.platform, options.moduleKey);
    this.label = `${options.moduleKey} as ${options.accountId ?? 'anonymous'}`;
  }

  protected override currentRoot(): UiNode | undefined {
    return this.rootNode;
  }

  /** Renders `element` (usually the page component) with `ForgeReconciler.render`, as this host. */
  render(element: ReactElement): this {
    if (this.state !== 'new') throw new Error(`${this.label}: a host renders once; create another host to render again`);
    this.state = 'mounted';
    hostRegistry.live.add(this);
    const onMount = (hide: () => void): void => {
      this.hide = hide;
    };
    const reported = this.recorded('onError').length;
    try {
      this.step(() => ForgeReconciler.render(createElement(HostRoot, { host: this, element, onMount })));
    } catch (error) {
      // ForgeReconciler.render reports a failed first render through `onError` when it renders
      // synchronously; under act() the render runs when act flushes, after its try/catch, so the
      // host reports it in its place.
      if (this.recorded('onError').length === reported) this.commands.push({ cmd: 'onError', data: { error } });
      // React has unmounted the tree, as no error boundary caught the error.
      this.detach();
      throw error;
    }
    return this;
  }

  /**
   * Renders a resource entry file such as `src/frontend/admin/index.tsx`, which calls
   * `ForgeReconciler.render(<App/>)` when loaded. See resource-module.ts for how and its one limit.
   */
  renderModule(modulePath: string): this {
    return this.render(resourceElement(modulePath));
  }

  /** Unmounts the app's tree (its effect cleanups run) and waits for what that starts. */
  async unmount(): Promise<void> {
    if (this.state !== 'mounted') return;
    try {
      this.step(() => this.hide?.());
      await this.settle();
    } finally {
      this.detach();
    }
  }

  /** Waits until no invoke or handler is in flight and the reconciler has gone quiet. */
  settle(options?: SettleOptions): Promise<void> {
    return this.work.settle(options);
  }

  /** The data of every recorded command named `cmd`. */
  recorded(cmd: string): unknown[] {
    return this.commands.filter((c) => c.cmd === cmd).map((c) => c.data);
  }

  /** What `view.getContext()` answers. */
  context(): UiContext {
    return buildUiContext(this.options, this.module);
  }

  click(node: UiNode): void {
    this.assertMounted('click');
    if (node.props.isDisabled === true) throw new Error(`${node.type} is disabled`);
    const onClick = node.props.onClick;
    const isSubmit = node.props.type === 'submit';
    if (typeof onClick !== 'function' && !isSubmit) throw new Error(`${node.type} has no onClick handler`);
    if (typeof onClick === 'function') this.fire(node, 'onClick', [clickEvent(node)]);
    // A submit button submits its form, as the browser does for the real host's <button type="submit">.
    if (isSubmit) this.submit(this.enclosingForm(node));
  }

  /** Enters `valueOrEvent` into an input: text, a checked flag, or a picker's raw value (events.ts). */
  change(node: UiNode, valueOrEvent: unknown): void {
    this.assertMounted('change');
    this.fire(node, 'onChange', [changeArgument(node, valueOrEvent)]);
  }

  /** Leaves a field: `useForm` validates on blur. */
  blur(node: UiNode): void {
    this.assertMounted('blur');
    this.fire(node, 'onBlur', [serialisableEvent('blur', { tagName: 'INPUT' })]);
  }

  /** Submits a Form (the only one when `form` is omitted). `Form.onSubmit` takes no argument. */
  submit(form?: UiNode): void {
    this.assertMounted('submit');
    const target = form ?? this.onlyForm();
    if (target.type !== 'Form') throw new Error(`submit() takes a Form, got ${target.type}`);
    this.fire(target, 'onSubmit', []);
  }

  /** Delivers a product or app event to the callbacks the app registered with `events.on`. */
  fireEvent(event: string, payload?: unknown): void {
    for (const callback of this.listeners.get(event) ?? []) this.step(() => callback(payload));
  }

  handleBridge(cmd: string, data: unknown): unknown {
    this.work.touch();
    if (cmd === 'reconcile') {
      this.rootNode = (data as { forgeDoc: UiNode }).forgeDoc;
      this.reconciles += 1;
      return undefined;
    }
    this.commands.push({ cmd, data });
    // Answers are promises: the real host answers across a frame boundary, and callers rely on it
    // (@forge/react's useConfig calls `.then` on what `events.on` returns).
    return this.answer(cmd, data);
  }

  private answer(cmd: string, data: unknown): Promise<unknown> {
    switch (cmd) {
      case 'getContext':
        return Promise.resolve(this.context());
      case 'invoke':
        return this.invoke(data as { functionKey: string; payload?: unknown; metadata?: unknown });
      case 'on':
      case 'onPublic':
        return Promise.resolve(this.subscribe(data as { event: string; callback: EventCallback }));
      default:
        return Promise.resolve(TRUTHY_COMMANDS.has(cmd) ? true : undefined);
    }
  }

  private invoke(data: { functionKey: string; payload?: unknown; metadata?: unknown }): Promise<unknown> {
    const { platform, installation, accountId, extension } = this.options;
    // The real call crosses a frame and the network as JSON: neither side may rely on identity or class.
    const call = Promise.resolve()
      .then(() =>
        platform.callResolver({
          installation,
          moduleKey: this.module.key,
          functionKey: data.functionKey,
          payload: throughJson(data.payload),
          accountId,
          ...(extension === undefined ? {} : { extension }),
        }),
      )
      .then(
        (value) => (data.metadata === undefined ? throughJson(value) : { body: throughJson(value), metadata: {} }),
        (error: unknown) => {
          // [unverified] The product shows its "Allow access" prompt for this error; the invoke still fails.
          if ((error as { name?: unknown } | null)?.name === 'NEEDS_AUTHENTICATION_ERR') this.consentRequested = true;
          throw error;
        },
      );
    this.work.track(call, `invoke ${data.functionKey}`, false);
    return call;
  }

  private subscribe(data: { event: string; callback: EventCallback }): { unsubscribe: () => void } {
    const set = this.listeners.get(data.event) ?? new Set<EventCallback>();
    this.listeners.set(data.event, set);
    set.add(data.callback);
    return { unsubscribe: () => set.delete(data.callback) };
  }

  private fire(node: UiNode, prop: string, args: unknown[]): void {
    const handler = node.props[prop];
    if (typeof handler !== 'function') throw new Error(`${node.type} has no ${prop} handler`);
    const result: unknown = this.step(() => (handler as (...a: unknown[]) => unknown)(...args));
    if (isThenable(result)) this.work.track(Promise.resolve(result), `${node.type}.${prop}`, true);
  }

  private detach(): void {
    this.state = 'unmounted';
    hostRegistry.live.delete(this);
  }

  /** One user-visible step as this host: bridge calls go here, effects have run when it returns. */
  private step<T>(work: () => T): T {
    return runAsHost(this, () => actStep(work));
  }

  private enclosingForm(node: UiNode): UiNode {
    const form = ancestorsOf(this.root(), node)?.reverse().find((n) => n.type === 'Form');
    if (form === undefined) throw new Error('This submit button is not inside a Form');
    return form;
  }

  private onlyForm(): UiNode {
    const forms = this.findAll('Form');
    if (forms.length !== 1 || forms[0] === undefined) throw new Error(`submit() without a form needs exactly one Form, found ${forms.length}`);
    return forms[0];
  }

  private assertMounted(action: string): void {
    if (this.state !== 'mounted') throw new Error(`${this.label}: cannot ${action}, the host is ${this.state}`);
  }
}

function throughJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Creates a host and renders `element` in it. */
export function mountUi(options: UiHostOptions, element: ReactElement): UiKitHost {
  return new UiKitHost(options).render(element);
}
