/** Lower case, with every run of spaces and punctuation collapsed to one space: "Story-Points " is "story points". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whole words only, so "sev" does not hint at "Seven". */
export function nameMentions(normalisedName: string, keyword: string): boolean {
  return ` ${normalisedName} `.includes(` ${keyword} `);
}
