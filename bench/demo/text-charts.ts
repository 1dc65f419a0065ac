/** A progress bar for a terminal line: `[#####.....]  50 %`. */
export function progressBar(done: number, total: number, width = 30): string {
  const share = total <= 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)} %`;
}

/** Horizontal bars of committed against completed points, one pair per sprint. */
export function committedVersusCompleted(rows: ReadonlyArray<{ name: string; committed: number; completed: number }>, width = 40): string {
  const most = Math.max(1, ...rows.flatMap((r) => [r.committed, r.completed]));
  const bar = (value: number, mark: string): string => mark.repeat(Math.round((value / most) * width));
  const nameWidth = Math.max(...rows.map((r) => r.name.length));
  return rows
    .flatMap((r) => [`${r.name.padEnd(nameWidth)}  committed ${bar(r.committed, '=')} ${r.committed}`, `${' '.repeat(nameWidth)}  completed ${bar(r.completed, '#')} ${r.completed}`])
    .join('\n');
}
