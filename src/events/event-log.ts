/** One JSON line per pipeline step, keyed by the correlation id; ids and codes only, never a payload. */
export function logEvent(entry: { step: string; correlationId: string; eventType: string; eventId?: string; outcome?: string; code?: string; detail?: string }): void {
  console.log(JSON.stringify({ source: 'events', ...entry }));
}
