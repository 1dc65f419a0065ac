import type { Clock } from '../clock';
import { KvsFailure } from './failure';
import { jsonByteLength } from './json';
import { RATE_WINDOW_MS, UNIT_BYTES, type KvsLimits } from './limits';
import type { KvsResponse, KvsUsage } from './types';

export type Access = 'read' | 'write';

/** Units spent in the last minute. Rolling, not fixed: no double burst across a minute boundary. */
class RollingWindow {
  private readonly spent: Array<{ at: number; units: number }> = [];
  private total = 0;

  used(now: number): number {
    for (let oldest = this.spent[0]; oldest !== undefined && oldest.at <= now - RATE_WINDOW_MS; oldest = this.spent[0]) {
      this.spent.shift();
      this.total -= oldest.units;
    }
    return this.total;
  }

  spend(now: number, units: number): void {
    this.spent.push({ at: now, units });
    this.total += units;
  }
}

/** 10 KB units, rounded up; every request costs at least one (an empty read counts too). */
function unitsFor(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / UNIT_BYTES));
}

/**
 * Meters one installation's requests and enforces its per-minute read and write units.
 * A write is sized by its request payload, so it is refused before it runs when it would not fit.
 * A read is sized by what it returns, so it is admitted while a unit remains and charged after.
 * Requests the store refuses (400, 404, 409) still cost their units: they reached the store.
 */
export class Meter {
  private readonly totals: KvsUsage = { readUnits: 0, writeUnits: 0, requests: 0, rateLimited: 0, bytesWritten: 0, bytesRead: 0 };
  private readonly windows: Record<Access, RollingWindow> = { read: new RollingWindow(), write: new RollingWindow() };

  constructor(
    private readonly clock: Clock,
    private readonly limits: KvsLimits,
  ) {}

  run(access: Access, requestBody: unknown, execute: () => KvsResponse): KvsResponse {
    this.totals.requests += 1;
    const now = this.clock.now();
    const limit = access === 'read' ? this.limits.readUnitsPerMinute : this.limits.writeUnitsPerMinute;
    const window = this.windows[access];
    const requestBytes = access === 'write' ? jsonByteLength(requestBody) : 0;
    const admissionUnits = unitsFor(requestBytes);
    if (window.used(now) + admissionUnits > limit) {
      this.totals.rateLimited += 1;
      return new KvsFailure(429, 'RATE_LIMIT_EXCEEDED', `Rate limit exceeded: ${limit} ${access} units (10 KB each) per minute per installation`).toResponse();
    }
    const response = execute();
    if (access === 'write') {
      window.spend(now, admissionUnits);
      this.totals.writeUnits += admissionUnits;
      this.totals.bytesWritten += requestBytes;
    } else {
      const responseBytes = response.body === undefined ? 0 : jsonByteLength(response.body);
      const units = unitsFor(responseBytes);
      window.spend(now, units);
      this.totals.readUnits += units;
      this.totals.bytesRead += responseBytes;
    }
    return response;
  }

  usage(): KvsUsage {
    return { ...this.totals };
  }
}
