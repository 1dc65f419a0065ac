import React, { useState } from 'react';
import { Button, ButtonGroup, DynamicTable, Stack, Text } from '@forge/react';
import type { DeadLetterRow } from '../../../resolvers/api';
import { formatTime } from '../../shared/format';
import { Empty, Loaded, Outcome } from '../../shared/states';
import { useAction } from '../../shared/use-action';
import { useCommand } from '../../shared/use-command';
import { ReplaySince } from './replay-since';
import { TabHeader } from '../../shared/tab-header';

const HEAD = {
  cells: [
    { key: 'eventType', content: 'Event type' },
    { key: 'reason', content: 'Reason' },
    { key: 'attempts', content: 'Attempts' },
    { key: 'lastFailed', content: 'Last failed' },
    { key: 'status', content: 'Status' },
    { key: 'actions', content: 'Actions' },
  ],
};

export function DeadLettersTab(): React.JSX.Element {
  const letters = useAction('listDeadLetters', {});
  const replay = useCommand('replayDeadLetter');
  const discard = useCommand('discardDeadLetter');
  const busy = replay.running !== undefined || discard.running !== undefined;

  // One message for the last row action, whichever button it was.
  const [outcome, setOutcome] = useState<{ ok: boolean; title: string; message?: string } | undefined>(undefined);

  const act = async (command: typeof replay | typeof discard, id: string, done: string): Promise<void> => {
    const answer = await command.run({ id }, id);
    if (answer !== undefined) setOutcome(answer.ok ? { ok: true, title: done } : { ok: false, title: 'That did not work', message: answer.error.message });
    // Reloaded on a refusal too: NOT_FOUND means someone else already replayed or discarded it.
    letters.reload();
  };

  const rowOf = (row: DeadLetterRow): { key: string; cells: Array<{ key: string; content: React.ReactNode }> } => ({
    key: row.id,
    cells: [
      { key: 'eventType', content: row.eventType },
      { key: 'reason', content: row.reason },
      { key: 'attempts', content: String(row.attempts) },
      { key: 'lastFailed', content: formatTime(row.lastFailedAt) },
      { key: 'status', content: row.status },
      {
        key: 'actions',
        content: (
          <ButtonGroup label="Dead letter actions">
            <Button isDisabled={busy} onClick={() => void act(replay, row.id, 'Replay queued')}>
              Replay
            </Button>
            <Button appearance="subtle" isDisabled={busy} onClick={() => void act(discard, row.id, 'Dead letter discarded')}>
              Discard
            </Button>
          </ButtonGroup>
        ),
      },
    ],
  });

  return (
    <Stack space="space.200">
      <TabHeader title="Dead letters" result={letters} />
      <Text>Events SIAS gave up on after retrying. Replay one when its cause is fixed, or discard it.</Text>
      {outcome === undefined ? null : <Outcome {...outcome} />}
      <ReplaySince onReplayed={letters.reload} />
      <Loaded result={letters} what="the dead letters">
        {(page) =>
          page.rows.length === 0 ? (
            <Empty header="No dead letters" description="Every event SIAS received was processed." />
          ) : (
            <Stack space="space.200">
              <DynamicTable caption={`${page.rows.length} dead letters`} head={HEAD} rows={page.rows.map(rowOf)} rowsPerPage={20} />
              {page.cursor === null ? null : <Text>{`Showing the first ${page.rows.length} dead letters; there are more.`}</Text>}
            </Stack>
          )
        }
      </Loaded>
    </Stack>
  );
}
