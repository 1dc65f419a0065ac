/** The `format`s the validator checks; every other format in the documents is an annotation only. */
import type { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checked as ajv-formats defines them. Its `date-time` takes the offset with or without a colon, so
 * Jira's REST v3 form (`2026-11-02T09:00:00.000+0000`) passes alongside the agile API's `+10:00`.
 */
const STANDARD_FORMATS = ['date', 'date-time', 'uri', 'uuid', 'byte'] as const;

/**
 * OpenAPI's numeric formats describe the server's storage width, not a constraint a client could
 * check: ajv-formats would reject an int64 id beyond 2^53 that JSON carries fine, so any number passes.
 */
const NUMERIC_FORMATS = ['int32', 'int64', 'float', 'double'] as const;

/** The documents also spell a URL as `url` and `URL`; ajv-formats' `url` rejects loopback hosts, so both mean `uri`. */
const ALIASES: Readonly<Record<string, string>> = { url: 'uri', URL: 'uri' };

const SUPPORTED: ReadonlySet<string> = new Set<string>([...STANDARD_FORMATS, ...NUMERIC_FORMATS]);

/** The format to keep in a converted schema, or undefined to drop it as an unchecked annotation. */
export function supportedFormat(format: unknown): string | undefined {
  if (typeof format !== 'string') return undefined;
  const name = ALIASES[format] ?? format;
  return SUPPORTED.has(name) ? name : undefined;
}

export function registerFormats(ajv: Ajv): void {
  addFormats(ajv, [...STANDARD_FORMATS]);
  for (const name of NUMERIC_FORMATS) ajv.addFormat(name, { type: 'number', validate: () => true });
}
