import { adfTextLength, MAX_TEXT_LENGTH, readAdf, TEXT_TOO_LONG } from './adf-input';
import { changed, rejected, setOnly, type FieldEditor } from './edit-operations';

const MAX_SUMMARY = 255;
const NOT_A_STRING = 'Operation value must be a string';
const NOT_A_DOCUMENT = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

export const summaryEditor: FieldEditor = setOnly((value) => {
  if (typeof value !== 'string') return rejected(NOT_A_STRING);
  if (value.trim().length === 0) return rejected('You must specify a summary of the issue.');
  if (value.length > MAX_SUMMARY) return rejected(`Summary must be less than ${MAX_SUMMARY} characters.`);
  if (/[\r\n]/.test(value)) return rejected('The summary is invalid because it contains newline characters.');
  return changed({ summary: value });
});

/** REST v3 takes descriptions as ADF only; null clears the field. */
export const descriptionEditor: FieldEditor = setOnly((value, { state }) => {
  if (value === null) return changed({ description: null });
  const read = readAdf(value, state);
  if (!read.ok) return read.problem === 'invalid' ? rejected(NOT_A_DOCUMENT) : rejected(NOT_A_DOCUMENT, read.detail);
  if (adfTextLength(read.doc) > MAX_TEXT_LENGTH) return rejected(TEXT_TOO_LONG);
  return changed({ description: read.doc });
});
