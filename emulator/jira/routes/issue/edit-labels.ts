import { changed, rejected, type FieldEditor, type FieldResult } from './edit-operations';

const MAX_LABEL = 255;

/** `set` replaces the labels, `add` and `remove` take one label each; steps apply in order. */
export const labelsEditor: FieldEditor = {
  operations: ['set', 'add', 'remove'],
  apply(operations, { issue }) {
    let labels = [...issue.labels];
    for (const { op, value } of operations) {
      if (op === 'set') {
        if (!Array.isArray(value)) return rejected('data was not an array');
        const read = value.map(readLabel);
        const problem = read.find((label) => typeof label !== 'string');
        if (problem !== undefined) return problem;
        labels = [...new Set(read.filter((label) => typeof label === 'string'))];
        continue;
      }
      const label = readLabel(value);
      if (typeof label !== 'string') return label;
      if (op === 'add' && !labels.includes(label)) labels.push(label);
      if (op === 'remove') labels = labels.filter((l) => l !== label);
    }
    return changed({ labels });
  },
};

function readLabel(value: unknown): string | FieldResult {
  if (typeof value !== 'string') return rejected('Operation value must be a string');
  if (value.length === 0) return rejected('The label must not be empty.');
  if (/\s/.test(value)) return rejected(`The label '${value}' contains spaces which is invalid.`);
  if (value.length > MAX_LABEL) return rejected(`The label '${value}' exceeds the maximum length for a single label of ${MAX_LABEL} characters.`);
  return value;
}
