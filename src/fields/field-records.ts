import { z } from 'zod';
import { FEATURES, LOGICAL_FIELDS } from './logical-fields';

/** What the app keeps in KVS about fields: the latest suggestions, the confirmed mapping, its health. */
const logicalFieldSchema = z.enum(LOGICAL_FIELDS);

const candidateSchema = z.object({ fieldId: z.string(), fieldName: z.string(), confidence: z.number(), reasons: z.array(z.string()) });

const suggestionSchema = z.object({
  logical: logicalFieldSchema,
  fieldId: z.string().nullable(),
  confidence: z.number(),
  reasons: z.array(z.string()),
  alternatives: z.array(candidateSchema),
  ambiguous: z.boolean(),
});

const boardDisagreementSchema = z.object({
  logical: z.literal('storyPoints'),
  byField: z.array(z.object({ fieldId: z.string(), fieldName: z.string(), boardIds: z.array(z.number().int()) })),
});

export const discoveryRecordSchema = z.object({
  discoveredAt: z.number(),
  boardsSkipped: z.number().int().min(0),
  suggestions: z.record(logicalFieldSchema, suggestionSchema),
  boardDisagreement: boardDisagreementSchema.nullable(),
});

export type DiscoveryRecord = z.infer<typeof discoveryRecordSchema>;

export const fieldMappingSchema = z.record(logicalFieldSchema, z.string().nullable());

/** Only the last changes are kept: the record must stay far below KVS's 240 KiB per value. */
export const MAPPING_HISTORY_LIMIT = 50;

export const mappingRecordSchema = z.object({
  schemaVersion: z.literal(1),
  mapping: fieldMappingSchema,
  confirmedBy: z.string(),
  confirmedAt: z.number(),
  history: z
    .array(
      z.object({
        at: z.number(),
        by: z.string(),
        changes: z.array(z.object({ logical: logicalFieldSchema, from: z.string().nullable(), to: z.string().nullable() })),
      }),
    )
    .max(MAPPING_HISTORY_LIMIT),
});

export type MappingRecord = z.infer<typeof mappingRecordSchema>;

const featureSchema = z.enum(FEATURES);

export const healthRecordSchema = z.object({
  checkedAt: z.number(),
  problems: z.array(z.object({ logical: logicalFieldSchema, fieldId: z.string(), problem: z.enum(['deleted', 'retyped']), message: z.string() })),
  features: z.record(featureSchema, z.object({ status: z.enum(['ok', 'degraded']), reasons: z.array(z.string()) })),
});

export type HealthRecord = z.infer<typeof healthRecordSchema>;
