import React from 'react';
import { LoadingButton } from '@forge/react';
import type { UseAction } from './use-action';

export function RefreshButton<T>(props: { result: UseAction<T> }): React.JSX.Element {
  return (
    <LoadingButton isLoading={props.result.refreshing} onClick={props.result.reload}>
      Refresh
    </LoadingButton>
  );
}
