import React from 'react';
import { Heading, Inline } from '@forge/react';
import { RefreshButton } from './refresh-button';
import type { UseAction } from './use-action';

/** A tab's title with its Refresh button, and any other actions of the tab beside it. */
export function TabHeader<T>(props: { title: string; result: UseAction<T>; children?: React.ReactNode }): React.JSX.Element {
  return (
    <Inline spread="space-between" alignBlock="center">
      <Heading size="medium">{props.title}</Heading>
      <Inline space="space.100">
        <RefreshButton result={props.result} />
        {props.children}
      </Inline>
    </Inline>
  );
}
