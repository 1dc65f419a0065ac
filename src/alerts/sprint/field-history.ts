/** One change of a field, as the changelog records it: when, and the values on either side. */
export interface FieldChange<T> {
  at: number;
  from: T;
  to: T;
}

/**
 * A field's value over time, known from its current value and its changes (oldest first). The value
 * at t is the `from` of the first change made after t: rewinding needs no value older than the
 * changelog, and a change made exactly at t counts as already made.
 */
export class FieldHistory<T> {
  constructor(
    private readonly current: T,
    readonly changes: ReadonlyArray<FieldChange<T>>,
  ) {}

  valueAt(t: number): T {
    const next = this.changes.find((change) => change.at > t);
    return next === undefined ? this.current : next.from;
  }
}
