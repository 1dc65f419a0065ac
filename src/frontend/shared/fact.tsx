import React from 'react';
import { Text } from '@forge/react';

/** One labelled value, as one text run so it reads (and is found) as "Queue depth: 3". */
export function Fact(props: { label: string; value: string | number }): React.JSX.Element {
  return <Text>{`${props.label}: ${props.value}`}</Text>;
}
