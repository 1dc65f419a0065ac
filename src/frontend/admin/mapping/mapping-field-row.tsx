import React from 'react';
import { Box, Inline, Label, Lozenge, Select, Stack, Text } from '@forge/react';
import type { MappingFieldView, MappingView } from '../../../resolvers/api';
import { formatPercent } from '../../shared/format';

interface Option {
  label: string;
  value: string;
}

/** Select options carry strings; this stands for null ("no field") in the mapping. */
export const NOT_MAPPED = '__not-mapped__';

function optionsFor(options: MappingView['options'], selected: string | null): Option[] {
  const list: Option[] = [{ label: 'Not mapped', value: NOT_MAPPED }, ...options.map((o) => ({ label: `${o.name} (${o.fieldId})`, value: o.fieldId }))];
  // A mapped field that Jira no longer lists stays visible, so the admin sees what the problem is about.
  if (selected !== null && !options.some((o) => o.fieldId === selected)) list.push({ label: `${selected} (not on this site)`, value: selected });
  return list;
}

function SuggestionDetails(props: { suggestion: NonNullable<MappingFieldView['suggestion']>; options: MappingView['options'] }): React.JSX.Element {
  const { suggestion } = props;
  const nameOf = (fieldId: string | null): string => (fieldId === null ? 'no field' : (props.options.find((o) => o.fieldId === fieldId)?.name ?? fieldId));
  return (
    <Stack space="space.050">
      <Text>{`Suggested: ${nameOf(suggestion.fieldId)}, ${formatPercent(suggestion.confidence)} confidence`}</Text>
      {suggestion.reasons.map((reason) => (
        <Text key={reason} color="color.text.subtle">{`• ${reason}`}</Text>
      ))}
      {suggestion.ambiguous ? (
        <Inline space="space.100" alignBlock="center">
          <Lozenge appearance="moved">Ambiguous</Lozenge>
          <Text>{`Also possible: ${suggestion.alternatives.map((a) => `${a.fieldName} (${formatPercent(a.confidence)})`).join(', ') || 'none listed'}`}</Text>
        </Inline>
      ) : null}
    </Stack>
  );
}

export function MappingFieldRow(props: { field: MappingFieldView; options: MappingView['options']; selected: string | null; onSelect: (fieldId: string | null) => void }): React.JSX.Element {
  const { field } = props;
  const options = optionsFor(props.options, props.selected);
  const value = options.find((o) => o.value === (props.selected ?? NOT_MAPPED));
  const inputId = `mapping-${field.logical}`;
  return (
    <Box padding="space.100">
      <Stack space="space.100">
        <Label labelFor={inputId}>{field.label}</Label>
        <Select
          inputId={inputId}
          name={field.logical}
          options={options}
          value={value}
          onChange={(option: Option | null) => props.onSelect(option === null || option.value === NOT_MAPPED ? null : option.value)}
        />
        {field.suggestion === null ? <Text color="color.text.subtle">No suggestion: discovery found no likely field.</Text> : <SuggestionDetails suggestion={field.suggestion} options={props.options} />}
        {field.problems.map((problem) => (
          <Text key={problem} color="color.text.danger">{`Problem: ${problem}`}</Text>
        ))}
      </Stack>
    </Box>
  );
}
