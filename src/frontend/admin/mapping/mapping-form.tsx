import React, { useState } from 'react';
import { Button, Heading, Inline, Lozenge, SectionMessage, Stack, Text } from '@forge/react';
import type { MappingView, SaveMappingInput } from '../../../resolvers/api';
import { Outcome } from '../../shared/states';
import { useCommand } from '../../shared/use-command';
import { MappingFieldRow } from './mapping-field-row';

type Selections = SaveMappingInput['mapping'];

function selectionsOf(view: MappingView): Selections {
  return Object.fromEntries(view.fields.map((field) => [field.logical, field.selected]));
}

/**
 * One Select per logical field, all confirmed together: the resolver validates the mapping as a
 * whole (one Jira field cannot serve two logical fields), so saving field by field could not work.
 */
export function MappingForm(props: { view: MappingView }): React.JSX.Element {
  // The saved answer is the new truth: problems and "confirmed" come back re-validated by the server.
  const [view, setView] = useState(props.view);
  const [selections, setSelections] = useState<Selections>(() => selectionsOf(props.view));
  const save = useCommand('saveMapping');

  const confirm = async (): Promise<void> => {
    const answer = await save.run({ mapping: selections });
    if (answer?.ok === true) {
      setView(answer.data);
      setSelections(selectionsOf(answer.data));
    }
  };

  const outcome = save.last?.answer;
  return (
    <Stack space="space.300">
      <Inline space="space.100" alignBlock="center">
        <Heading size="medium">Field mapping</Heading>
        <Lozenge appearance={view.confirmed ? 'success' : 'moved'}>{view.confirmed ? 'Confirmed' : 'Not confirmed yet'}</Lozenge>
      </Inline>
      <Text>Choose which Jira field holds each value SIAS reads. The suggestion is preselected until a mapping is confirmed.</Text>
      {view.warnings.map((warning) => (
        <SectionMessage key={warning} appearance="warning">
          <Text>{warning}</Text>
        </SectionMessage>
      ))}
      {view.fields.map((field) => (
        <MappingFieldRow
          key={field.logical}
          field={field}
          options={view.options}
          selected={selections[field.logical] ?? null}
          onSelect={(fieldId) => setSelections((current) => ({ ...current, [field.logical]: fieldId }))}
        />
      ))}
      {outcome === undefined ? null : outcome.ok ? (
        <Outcome ok title="Mapping confirmed" />
      ) : (
        <Outcome ok={false} title={outcome.error.code === 'INVALID_MAPPING' ? 'The mapping was not saved' : 'Could not save the mapping'} message={outcome.error.message} />
      )}
      <Inline>
        <Button appearance="primary" isDisabled={save.running !== undefined} onClick={() => void confirm()}>
          Confirm mapping
        </Button>
      </Inline>
    </Stack>
  );
}
