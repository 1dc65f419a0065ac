/** Figures by section name, as `npm run bench -- --json` prints them. */
export type BenchResults = Record<string, Record<string, number>>;

/** One section of `npm run bench`: a name, the sections whose figures it builds on, and what it measures. */
export interface BenchSection {
  name: string;
  needs?: readonly string[];
  run(earlier: Readonly<BenchResults>): Promise<Record<string, number>>;
}
