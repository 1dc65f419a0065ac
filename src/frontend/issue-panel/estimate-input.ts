/** What a person types for an estimate, checked before it is sent; pure, so tests state the rules. */
import type { EditEstimateInput } from '../../resolvers/api';
import { formatHours, formatNumber } from '../shared/format';

export type EstimateField = EditEstimateInput['field'];

export const ESTIMATE_FIELDS: readonly EstimateField[] = ['storyPoints', 'originalEstimate', 'remainingEstimate'];

/** The largest value the resolver takes: a year of work in seconds (also the story point cap). */
const MAX_VALUE = 31_536_000;
const HOUR = 3600;

export const ESTIMATE_LABELS: Record<EstimateField, { name: string; unit: string }> = {
  storyPoints: { name: 'Story points', unit: '' },
  originalEstimate: { name: 'Original estimate', unit: 'hours' },
  remainingEstimate: { name: 'Remaining estimate', unit: 'hours' },
};

/** The wire value as the text the field starts with: story points as they are, estimates in hours. */
export function textOfValue(field: EstimateField, value: number | null): string {
  if (value === null) return '';
  return String(field === 'storyPoints' ? value : Math.round((value / HOUR) * 100) / 100);
}

/** The wire value shown to people: `5` story points, `1.5 h`, `—` for none. */
export function formatValue(field: EstimateField, value: number | null): string {
  return field === 'storyPoints' ? formatNumber(value) : formatHours(value);
}

export type ParsedEstimate = { ok: true; value: number | null } | { ok: false; problem: string };

/**
 * Text → wire value. Empty clears the value; estimates are hours, sent as seconds rounded to the
 * minute (Jira keeps estimates in minutes). "1,5" is read as 1.5, as many people write it.
 */
export function parseEstimate(field: EstimateField, text: string): ParsedEstimate {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: true, value: null };
  const { name, unit } = ESTIMATE_LABELS[field];
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(number)) return { ok: false, problem: `${name}: "${text.trim()}" is not a number.` };
  if (number < 0) return { ok: false, problem: `${name} cannot be negative.` };
  const value = field === 'storyPoints' ? number : Math.round((number * HOUR) / 60) * 60;
  if (value > MAX_VALUE) return { ok: false, problem: field === 'storyPoints' ? `${name}: at most ${MAX_VALUE}.` : `${name}: at most ${MAX_VALUE / HOUR} ${unit}.` };
  return { ok: true, value };
}
