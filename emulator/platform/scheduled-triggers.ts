import type { VirtualClock } from './clock';
import { RELIABLE, type DeliveryPolicy } from './delivery-policy';
import type { Installation } from './installation';
import type { Invoker } from './invoker';
import type { AppManifest, ScheduledTriggerModule } from './manifest';

const INTERVAL_MS: Record<ScheduledTriggerModule['interval'], number> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

/** Scheduled triggers start "about 5 minutes after" deployment or install. */
const FIRST_RUN_DELAY_MS = 5 * 60_000;

export const SCHEDULED_LABEL_PREFIX = 'scheduled:';

export interface ScheduledCounters {
  runs: number;
  duplicated: number;
  skipped: number;
}

/** Runs each scheduled trigger once per interval per installation on the virtual clock. */
export class ScheduledTriggersService {
  readonly counters: ScheduledCounters = { runs: 0, duplicated: 0, skipped: 0 };
  /** `dropRate` skips a run, `duplicateRate` runs it twice: both happen on the real platform. */
  policy: DeliveryPolicy = RELIABLE;
  private readonly stopped = new Set<string>();

  constructor(
    private readonly manifest: AppManifest,
    private readonly clock: VirtualClock,
    private readonly invoker: Invoker,
    private readonly random: () => number,
  ) {}

  start(installation: Installation): void {
    for (const trigger of this.manifest.scheduledTriggers) {
      this.scheduleRun(installation, trigger, this.clock.now() + FIRST_RUN_DELAY_MS);
    }
  }

  stop(installation: Installation): void {
    this.stopped.add(installation.id);
  }

  private scheduleRun(installation: Installation, trigger: ScheduledTriggerModule, at: number): void {
    this.clock.schedule(at, `${SCHEDULED_LABEL_PREFIX}${trigger.key}`, async () => {
      if (this.stopped.has(installation.id)) return;
      this.scheduleRun(installation, trigger, at + INTERVAL_MS[trigger.interval]);
      if (this.random() < this.policy.dropRate) {
        this.counters.skipped++;
        return;
      }
      const copies = this.random() < this.policy.duplicateRate ? 2 : 1;
      if (copies === 2) this.counters.duplicated++;
      // A throw is not retried: the platform just records the failure.
      await Promise.all(Array.from({ length: copies }, () => this.run(installation, trigger)));
    });
  }

  private async run(installation: Installation, trigger: ScheduledTriggerModule): Promise<void> {
    this.counters.runs++;
    await this.invoker.invoke({
      installation,
      functionKey: trigger.function,
      moduleKey: trigger.key,
      moduleType: 'scheduledTrigger',
      args: [
        { context: { cloudId: installation.cloudId, moduleKey: trigger.key }, contextToken: 'emulator-context-token' },
        { installContext: installation.installContext },
      ],
    });
  }
}
