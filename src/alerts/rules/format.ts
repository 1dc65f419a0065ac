/** Explanations show estimates in hours, as Jira's time tracking does; two decimals at most. */
export function hours(seconds: number): string {
  return `${Math.round((seconds / 3600) * 100) / 100} h`;
}

/** A moment in UTC to the minute; explanations cannot know the reader's zone. */
export function utcMinute(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
