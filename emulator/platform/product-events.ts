import type { VirtualClock } from './clock';
import { drawLatency, RELIABLE, type DeliveryPolicy } from './delivery-policy';
import type { Installation } from './installation';
import { isRetryRequest, type Invoker } from './invoker';
import type { AppManifest, TriggerModule } from './manifest';

/** Product-event retries a trigger may request ("a maximum of four times"). */
export const MAX_TRIGGER_RETRIES = 4;

export interface ProductEventCounters {
  published: number;
  deliveries: number;
  filteredSelf: number;
  dropped: number;
  duplicated: number;
  unsubscribed: number;
}

export interface PublishOptions {
  /** The app's own API call caused it: `ignoreSelf` triggers skip it, others see `selfGenerated: true`. */
  selfGenerated?: boolean;
  /** Lifecycle payloads carry no `eventType`; name the event here. */
  eventType?: string;
}

/**
 * Product events: a payload goes to every trigger subscribed to its event in manifest.yml, late,
 * duplicated, reordered or lost as the delivery policy says.
 */
export class ProductEventsService {
  readonly counters: ProductEventCounters = { published: 0, deliveries: 0, filteredSelf: 0, dropped: 0, duplicated: 0, unsubscribed: 0 };
  policy: DeliveryPolicy = RELIABLE;

  constructor(
    private readonly manifest: AppManifest,
    private readonly clock: VirtualClock,
    private readonly invoker: Invoker,
    private readonly random: () => number,
  ) {}

  publish(installation: Installation, payload: Record<string, unknown>, options: PublishOptions = {}): void {
    const eventType = options.eventType ?? (typeof payload.eventType === 'string' ? payload.eventType : undefined);
    if (eventType === undefined) throw new Error('A product event needs an eventType');
    this.counters.published++;
    const triggers = this.manifest.triggers.filter((t) => t.events.includes(eventType));
    if (triggers.length === 0) this.counters.unsubscribed++;
    for (const trigger of triggers) {
      if (options.selfGenerated === true && trigger.filter?.ignoreSelf === true) {
        this.counters.filteredSelf++;
        continue;
      }
      const delivered = options.selfGenerated === true ? { ...payload, selfGenerated: true } : payload;
      if (this.random() < this.policy.dropRate) {
        this.counters.dropped++;
        continue;
      }
      this.schedule(installation, trigger, delivered, 0);
      if (this.random() < this.policy.duplicateRate) {
        this.counters.duplicated++;
        this.schedule(installation, trigger, delivered, 0);
      }
    }
  }

  private schedule(installation: Installation, trigger: TriggerModule, payload: Record<string, unknown>, retryCount: number, at?: number): void {
    const when = at ?? this.clock.now() + drawLatency(this.policy, this.random);
    this.clock.schedule(when, `product-event:${trigger.key}`, () => this.deliver(installation, trigger, payload, retryCount));
  }

  private async deliver(installation: Installation, trigger: TriggerModule, payload: Record<string, unknown>, retryCount: number): Promise<void> {
    this.counters.deliveries++;
    const event = retryCount === 0 ? payload : { ...payload, retryContext: { retryCount, retryReason: 'FUNCTION_RETRY_REQUEST' } };
    const result = await this.invoker.invoke({
      installation,
      functionKey: trigger.function,
      moduleKey: trigger.key,
      moduleType: 'trigger',
      args: [event, { installContext: installation.installContext, license: installation.license, installation: { id: installation.id } }],
    });
    const retryRequested = result.outcome === 'success' && isRetryRequest(result.value);
    // Time-outs are platform errors the platform retries; a returned InvocationError asks for one.
    if ((retryRequested || result.outcome === 'timeout') && retryCount < MAX_TRIGGER_RETRIES) {
      const after = retryRequested && isRetryRequest(result.value) ? Math.min(900, Math.max(1, result.value.retryOptions?.retryAfter ?? 1)) : 2 ** retryCount;
      this.schedule(installation, trigger, payload, retryCount + 1, result.endedAt + after * 1000);
    }
  }
}
