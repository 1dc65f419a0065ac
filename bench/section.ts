/** One section of `npm run bench`: a name and the figures it measured. */
export interface BenchSection {
  name: string;
  run(): Promise<Record<string, number>>;
}
