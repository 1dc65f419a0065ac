import type { JiraFieldInfo, LogicalField } from '../logical-fields';
import { nameMentions, normaliseName } from './field-name';
import { FIELD_SPECS } from './field-specs';
import { fits, shortCustomType } from './fit';
import { WEIGHT } from './weights';

/** One piece of evidence; weight 0 marks context that explains without counting. */
export interface Signal {
  weight: number;
  reason: string;
}

/** A field that fits a logical field, with what speaks for it. */
export interface Evidence {
  field: JiraFieldInfo;
  signals: Signal[];
}

function nameSignal(logical: LogicalField, field: JiraFieldInfo): Signal | null {
  const spec = FIELD_SPECS[logical];
  const name = normaliseName(field.name);
  if (spec.names.includes(name)) return { weight: WEIGHT.exactName, reason: `named '${field.name}'` };
  const keyword = spec.keywords.find((word) => nameMentions(name, word));
  return keyword === undefined ? null : { weight: WEIGHT.keyword, reason: `name '${field.name}' mentions '${keyword}'` };
}

function fieldSignals(logical: LogicalField, field: JiraFieldInfo): Signal[] {
  const spec = FIELD_SPECS[logical];
  const signals: Signal[] = [];
  if (spec.systemIds.includes(field.id)) signals.push({ weight: WEIGHT.systemId, reason: `system field ${field.id}` });
  const customType = field.schema?.custom;
  if (customType !== undefined && spec.customTypes.includes(customType)) {
    signals.push({ weight: WEIGHT.customType, reason: `custom type ${shortCustomType(customType)}` });
  }
  const named = nameSignal(logical, field);
  if (named) signals.push(named);
  return signals;
}

/**
 * Every field that fits, even without evidence of its own: a board's estimation field can be
 * called anything. Ranking drops the fields nothing speaks for.
 */
export function gatherEvidence(logical: LogicalField, fields: readonly JiraFieldInfo[]): Evidence[] {
  return fields.filter((field) => fits(logical, field)).map((field) => ({ field, signals: fieldSignals(logical, field) }));
}
