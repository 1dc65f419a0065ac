/** The app's only source of the current time, so that core logic can take `now` as an argument. */
export function now(): number {
  return Date.now();
}
