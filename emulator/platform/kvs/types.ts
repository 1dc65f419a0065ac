/** An entity as declared under `app.storage.entities` in manifest.yml. */
export interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes: ReadonlyArray<string | { name: string; range?: string[] | undefined; partition?: string[] | undefined }>;
}

export type AttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';

/** What the platform answers; `body: undefined` is an empty body (204). */
export interface KvsResponse {
  status: number;
  body?: unknown;
}

export interface KvsUsage {
  readUnits: number;
  writeUnits: number;
  requests: number;
  rateLimited: number;
  bytesWritten: number;
  bytesRead: number;
}

export type MetadataField = 'CREATED_AT' | 'UPDATED_AT' | 'EXPIRE_TIME';

export interface StoredRecord {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expiresAt: number | undefined;
}

export type Scalar = string | number | boolean;
