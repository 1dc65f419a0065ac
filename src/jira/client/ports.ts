import type { z } from 'zod';
import type { Route } from '../../platform/jira-transport';

/** Who a call acts as: the app, the person using the UI, or a named user (an event's actor). */
export type JiraActor = { as: 'app' } | { as: 'user' } | { as: 'user'; accountId: string };

export interface OutgoingRequest {
  actor: JiraActor;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: Route;
  body?: unknown;
  requestId: string;
}

export interface IncomingAnswer {
  status: number;
  header(name: string): string | null;
  body: unknown;
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  requestId: string;
  operation: string;
  status?: number;
  code?: string;
  waitMs?: number;
}

/** What the client needs from the platform; the platform ring provides the real ones, tests may fake them. */
export interface ClientPorts {
  /** Rejects when no answer came back (connection failure). */
  send(request: OutgoingRequest): Promise<IncomingAnswer>;
  read<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | undefined>;
  write<S extends z.ZodType>(key: string, schema: S, value: z.infer<S>, ttlSeconds?: number): Promise<void>;
  remove(key: string): Promise<void>;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Time left in this invocation, in ms. */
  remainingMs(): number;
  random(): number;
  newId(): string;
  log(entry: LogEntry): void;
  /**
   * A failure the platform must see as it is, never retried nor wrapped: the user has not yet
   * granted the app access (the platform then shows its consent prompt).
   */
  isConsentRequired(error: unknown): boolean;
}
