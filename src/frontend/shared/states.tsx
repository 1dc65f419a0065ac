import React from 'react';
import { Button, EmptyState, SectionMessage, Spinner, Stack, Text } from '@forge/react';
import type { UseAction } from './use-action';

export function Loading(props: { what: string }): React.JSX.Element {
  return <Spinner label={`Loading ${props.what}`} />;
}

/** An answer that failed: the resolver's own message (it is written for people) and a way to try again. */
export function Failed(props: { what: string; message: string; onRetry?: () => void }): React.JSX.Element {
  return (
    <SectionMessage appearance="error" title={`Could not load ${props.what}`}>
      <Stack space="space.100">
        <Text>{props.message}</Text>
        {props.onRetry === undefined ? null : <Button onClick={props.onRetry}>Retry</Button>}
      </Stack>
    </SectionMessage>
  );
}

export function Empty(props: { header: string; description?: string }): React.JSX.Element {
  return <EmptyState header={props.header} {...(props.description === undefined ? {} : { description: props.description })} />;
}

/** Renders the loading and error states of `result`, and `children(data)` once it is ready. */
export function Loaded<T>(props: { result: UseAction<T>; what: string; children: (data: T) => React.ReactNode }): React.JSX.Element {
  const { result } = props;
  if (result.state === 'loading') return <Loading what={props.what} />;
  if (result.state === 'error') return <Failed what={props.what} message={result.message} onRetry={result.reload} />;
  return <>{props.children(result.data)}</>;
}

/** The outcome of a button's write: success in green, a refusal with the resolver's message. */
export function Outcome(props: { ok: boolean; title: string; message?: string }): React.JSX.Element {
  return (
    <SectionMessage appearance={props.ok ? 'success' : 'error'} title={props.title}>
      {props.message === undefined ? null : <Text>{props.message}</Text>}
    </SectionMessage>
  );
}
