/** What handling an event did: its effect applied, or nothing because the mirror already holds a newer version. */
export type HandlerResult = 'processed' | 'stale';
