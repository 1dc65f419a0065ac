/** The original design's features beyond issues, which an admin may turn off: sprints (sync, reports, sprint alerts) and comments (mentions). */
export const OPTIONAL_FEATURES = ['sprints', 'comments'] as const;

export type OptionalFeature = (typeof OPTIONAL_FEATURES)[number];
