import { discoveryRecordSchema, healthRecordSchema, mappingRecordSchema } from '../../fields/field-records';
import { LOGICAL_FIELDS, type JiraFieldInfo, type LogicalField } from '../../fields/logical-fields';
import { validateMapping } from '../../fields/validation';
import { readValue } from '../../platform/kvs-store';
import { KEYS } from '../../storage/keys';
import type { MappingView } from '../api';

const LABELS: Record<LogicalField, string> = {
  storyPoints: 'Story points',
  epicLink: 'Epic',
  sprint: 'Sprint',
  team: 'Team',
  originalEstimate: 'Original estimate',
  remainingEstimate: 'Remaining estimate',
  loggedTime: 'Time logged',
  severity: 'Severity',
  priority: 'Priority',
  businessValue: 'Business value',
};

/**
 * The mapping screen: per logical field the admin's choice (or, before confirming, the suggestion
 * preselected), the suggestion with its confidence and reasons, and what is wrong with the choice
 * against the site's fields as they are now.
 */
export async function readMappingView(fields: readonly JiraFieldInfo[]): Promise<MappingView> {
  const [discovery, confirmed, health] = await Promise.all([readValue(KEYS.fieldSuggestions(), discoveryRecordSchema), readValue(KEYS.fieldMapping(), mappingRecordSchema), readValue(KEYS.fieldHealth(), healthRecordSchema)]);
  const selected = Object.fromEntries(LOGICAL_FIELDS.map((logical) => [logical, confirmed?.mapping[logical] ?? discovery?.suggestions[logical]?.fieldId ?? null]));
  const validation = validateMapping(selected, fields);
  const problemsOf = (logical: LogicalField): string[] => [
    ...(validation.ok ? [] : validation.problems.filter((p) => p.logical === logical).map((p) => p.message)),
    ...(health?.problems.filter((p) => p.logical === logical).map((p) => p.message) ?? []),
  ];
  const warnings = discovery?.boardDisagreement === null || discovery === undefined ? [] : [`Boards estimate with different fields: ${discovery.boardDisagreement.byField.map((f) => `${f.fieldName} (${f.boardIds.length} boards)`).join(', ')}.`];
  return {
    confirmed: confirmed !== undefined,
    fields: LOGICAL_FIELDS.map((logical) => {
      const suggestion = discovery?.suggestions[logical];
      return {
        logical,
        label: LABELS[logical],
        selected: selected[logical] ?? null,
        suggestion:
          suggestion === undefined
            ? null
            : { fieldId: suggestion.fieldId, confidence: suggestion.confidence, reasons: suggestion.reasons, ambiguous: suggestion.ambiguous, alternatives: suggestion.alternatives.map((a) => ({ fieldId: a.fieldId, fieldName: a.fieldName, confidence: a.confidence })) },
        problems: problemsOf(logical),
      };
    }),
    options: fields.map((field) => ({ fieldId: field.id, name: field.name })).sort((a, b) => a.name.localeCompare(b.name)),
    warnings,
  };
}
