import React from 'react';
import { DynamicTable, Heading, Stack, Text } from '@forge/react';
import type { SettingsView } from '../../../resolvers/api';

const HEAD = {
  cells: [
    { key: 'name', content: 'Board' },
    { key: 'project', content: 'Project' },
    { key: 'estimation', content: 'Estimates with' },
  ],
};

/** Read-only: a board's estimation field is set in Jira's board configuration, not here. */
export function BoardsList(props: { boards: SettingsView['boards'] }): React.JSX.Element {
  return (
    <Stack space="space.100">
      <Heading size="small">Boards</Heading>
      {props.boards.length === 0 ? (
        <Text>No boards synced yet.</Text>
      ) : (
        <DynamicTable
          caption="Boards and their estimation"
          head={HEAD}
          rows={props.boards.map((board) => ({
            key: String(board.id),
            cells: [
              { key: 'name', content: board.name },
              { key: 'project', content: board.projectKey ?? '—' },
              { key: 'estimation', content: board.estimation ?? 'No estimation' },
            ],
          }))}
        />
      )}
    </Stack>
  );
}
