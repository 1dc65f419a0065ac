import { useCallback, useRef, useState } from 'react';
import type { ActionAnswer, ActionInput, ActionName } from './actions';
import { call, type CallResult } from './call';

export interface UseCommand<A extends ActionName> {
  /** What is running now: the `tag` given to `run` (a row id, say), or undefined when idle. */
  running: string | undefined;
  /** The answer of the last run, until the next one starts. */
  last: { tag: string; answer: CallResult<ActionAnswer<A>> } | undefined;
  /** Resolves to undefined when ignored because another run of this command is still going. */
  run: (payload: ActionInput<A>, tag?: string) => Promise<CallResult<ActionAnswer<A>> | undefined>;
}

/** A write the user starts with a button: one at a time, so a double click does not send it twice. */
export function useCommand<A extends ActionName>(action: A): UseCommand<A> {
  const [running, setRunning] = useState<string | undefined>(undefined);
  const [last, setLast] = useState<UseCommand<A>['last']>(undefined);
  const busy = useRef(false);

  const run = useCallback(
    async (payload: ActionInput<A>, tag: string = action): Promise<CallResult<ActionAnswer<A>> | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      setRunning(tag);
      setLast(undefined);
      try {
        const answer = await call(action, payload);
        setLast({ tag, answer });
        return answer;
      } finally {
        busy.current = false;
        setRunning(undefined);
      }
    },
    [action],
  );

  return { running, last, run };
}
