import React, { useState } from 'react';
import { Button, Inline, Label, Select, Stack } from '@forge/react';
import { Outcome } from '../../shared/states';
import { useCommand } from '../../shared/use-command';

interface WindowOption {
  label: string;
  value: string;
  ms: number;
}

const HOUR = 3_600_000;

export const REPLAY_WINDOWS: readonly WindowOption[] = [
  { label: 'Last hour', value: '1h', ms: HOUR },
  { label: 'Last 24 hours', value: '24h', ms: 24 * HOUR },
  { label: 'Last 7 days', value: '7d', ms: 7 * 24 * HOUR },
];

export function ReplaySince(props: { onReplayed: () => void }): React.JSX.Element {
  const [span, setSpan] = useState<WindowOption>(REPLAY_WINDOWS[1] ?? { label: 'Last 24 hours', value: '24h', ms: 24 * HOUR });
  const replay = useCommand('replayDeadLettersSince');

  const replayAll = async (): Promise<void> => {
    // The window is counted back from the moment of the click, in the browser's clock.
    const answer = await replay.run({ since: Math.max(0, Date.now() - span.ms) });
    if (answer?.ok === true) props.onReplayed();
  };

  const answer = replay.last?.answer;
  return (
    <Stack space="space.100">
      <Label labelFor="replay-since-window">Replay all that failed in the</Label>
      <Inline space="space.100" alignBlock="center">
        <Select
          inputId="replay-since-window"
          name="replay-since-window"
          options={REPLAY_WINDOWS.map(({ label, value }) => ({ label, value }))}
          value={{ label: span.label, value: span.value }}
          onChange={(option: { value: string } | null) => setSpan(REPLAY_WINDOWS.find((w) => w.value === option?.value) ?? span)}
        />
        <Button isDisabled={replay.running !== undefined} onClick={() => void replayAll()}>
          Replay all since
        </Button>
      </Inline>
      {answer === undefined ? null : answer.ok ? (
        <Outcome ok title={`Replayed ${answer.data.replayed} dead ${answer.data.replayed === 1 ? 'letter' : 'letters'}`} />
      ) : (
        <Outcome ok={false} title="Could not replay" message={answer.error.message} />
      )}
    </Stack>
  );
}
