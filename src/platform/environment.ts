/** Forge environment variables (`forge variables set`) reach the function as process environment. */
export function environment(): Readonly<Record<string, string | undefined>> {
  return process.env;
}
