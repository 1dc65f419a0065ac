import React, { useState } from 'react';
import { Button, Heading, Inline, Label, SectionMessage, Stack, Text, Textfield } from '@forge/react';
import type { EditEstimateView, IssuePanelView } from '../../resolvers/api';
import type { CallResult } from '../shared/call';
import { Outcome } from '../shared/states';
import { useCommand } from '../shared/use-command';
import { ESTIMATE_FIELDS, ESTIMATE_LABELS, formatValue, parseEstimate, textOfValue, type EstimateField } from './estimate-input';

/** What the last save of a field came to, with the value the person tried to write. */
interface Saved {
  field: EstimateField;
  attempted: number | null;
  answer: CallResult<EditEstimateView>;
}

function SaveOutcome(props: { saved: Saved }): React.JSX.Element {
  const { field, attempted, answer } = props.saved;
  const { name } = ESTIMATE_LABELS[field];
  if (!answer.ok) return <Outcome ok={false} title={`Could not save the ${name.toLowerCase()}`} message={answer.error.message} />;
  const { result, jiraValue, panel } = answer.data;
  if (result === 'written') return <Outcome ok title="Saved to Jira" message={`${name}: ${formatValue(field, panel.mapped[field])}`} />;
  if (result === 'not-mapped') {
    return (
      <SectionMessage appearance="warning" title="Story points are not mapped yet">
        <Text>SIAS does not know which Jira field holds story points. An admin can choose it on the SIAS admin page, under Field mapping.</Text>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="warning" title="Jira had a newer value">
      <Text>{`The ${name.toLowerCase()} changed in Jira after this panel was loaded, and Jira's value wins: ${formatValue(field, jiraValue)}. Yours (${formatValue(field, attempted)}) was not saved.`}</Text>
    </SectionMessage>
  );
}

/**
 * One value with its own Save. Keyed by the value shown, so after a save (or a reload that brings
 * a change) the field starts again from what SIAS now holds; a problem typed here goes with it.
 */
function EstimateRow(props: { field: EstimateField; value: number | null; busy: boolean; onSave: (field: EstimateField, value: number | null) => void }): React.JSX.Element {
  const { field } = props;
  const [text, setText] = useState(() => textOfValue(field, props.value));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const { name, unit } = ESTIMATE_LABELS[field];
  const id = `edit-${field}`;

  const save = (): void => {
    const parsed = parseEstimate(field, text);
    setProblem(parsed.ok ? undefined : parsed.problem);
    if (parsed.ok) props.onSave(field, parsed.value);
  };

  return (
    <Stack space="space.050">
      <Label labelFor={id}>{unit === '' ? name : `${name} (${unit})`}</Label>
      <Inline space="space.100" alignBlock="center">
        <Textfield
          id={id}
          name={id}
          value={text}
          placeholder="None"
          onChange={(event) => {
            setText(String(event.target.value ?? ''));
            setProblem(undefined);
          }}
        />
        <Button isDisabled={props.busy} onClick={save}>
          {`Save ${name.toLowerCase()}`}
        </Button>
      </Inline>
      {problem === undefined ? null : <Outcome ok={false} title="Not saved" message={problem} />}
    </Stack>
  );
}

/**
 * Story points and the original and remaining estimates, written to Jira as the person. The write
 * is based on the version the panel shows (`mirroredAt`): a newer change in Jira wins. The answer
 * carries the panel as it is now, which replaces the one shown.
 */
export function EstimateEditor(props: { issueId: string; view: IssuePanelView; onView: (view: IssuePanelView) => void }): React.JSX.Element {
  const { view, onView } = props;
  const edit = useCommand('editEstimate');
  const [saved, setSaved] = useState<Saved | undefined>(undefined);

  if (view.mirroredAt === null) {
    return (
      <Stack space="space.050">
        <Heading size="small">Edit estimates</Heading>
        <Text>SIAS has not read this issue yet; its estimates can be edited here once it has.</Text>
      </Stack>
    );
  }
  const basedOn = view.mirroredAt;

  const onSave = async (field: EstimateField, value: number | null): Promise<void> => {
    setSaved(undefined);
    const answer = await edit.run({ issueId: props.issueId, field, value, basedOn }, field);
    if (answer === undefined) return;
    setSaved({ field, attempted: value, answer });
    if (answer.ok) onView(answer.data.panel);
  };

  return (
    <Stack space="space.150">
      <Heading size="small">Edit estimates</Heading>
      <Text color="color.text.subtle">Saved straight to Jira. Leave a field empty to clear it.</Text>
      {ESTIMATE_FIELDS.map((field) => (
        <Stack key={field} space="space.050">
          <EstimateRow key={`${field}:${view.mapped[field] ?? 'none'}`} field={field} value={view.mapped[field]} busy={edit.running !== undefined} onSave={(f, v) => void onSave(f, v)} />
          {saved?.field === field ? <SaveOutcome saved={saved} /> : null}
        </Stack>
      ))}
    </Stack>
  );
}
