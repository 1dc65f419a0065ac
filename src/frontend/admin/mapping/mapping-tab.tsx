import React from 'react';
import { Loaded } from '../../shared/states';
import { useAction } from '../../shared/use-action';
import { MappingForm } from './mapping-form';

export function MappingTab(): React.JSX.Element {
  const mapping = useAction('getMapping', {});
  return (
    <Loaded result={mapping} what="the field mapping">
      {(view) => <MappingForm view={view} />}
    </Loaded>
  );
}
