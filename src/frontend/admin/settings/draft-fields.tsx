/** Text inputs bound to one field of the settings draft; the draft keeps text, parsed on Save. */
import React from 'react';
import { Label, Stack, Textfield } from '@forge/react';
import { NUMBER_LABELS, type NumberField as Field, type SettingsDraft } from './settings-draft';

export function NumberField(props: { field: Field; draft: SettingsDraft; onChange: (patch: Partial<SettingsDraft>) => void }): React.JSX.Element {
  const id = `settings-${props.field}`;
  return (
    <Stack space="space.050">
      <Label labelFor={id}>{NUMBER_LABELS[props.field]}</Label>
      <Textfield id={id} name={props.field} type="number" value={props.draft[props.field]} onChange={(event) => props.onChange({ [props.field]: String(event.target.value ?? '') })} />
    </Stack>
  );
}

export function TextField(props: { name: 'issueTypes' | 'estimatedIssueTypes' | 'skippedTransitions'; label: string; placeholder: string; draft: SettingsDraft; onChange: (patch: Partial<SettingsDraft>) => void }): React.JSX.Element {
  const id = `settings-${props.name}`;
  return (
    <Stack space="space.050">
      <Label labelFor={id}>{props.label}</Label>
      <Textfield id={id} name={props.name} placeholder={props.placeholder} value={props.draft[props.name]} onChange={(event) => props.onChange({ [props.name]: String(event.target.value ?? '') })} />
    </Stack>
  );
}
