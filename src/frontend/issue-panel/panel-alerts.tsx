import React from 'react';
import { Box, Button, ButtonGroup, Heading, Inline, Lozenge, Stack, Text } from '@forge/react';
import type { AlertView } from '../../resolvers/api';
import { ALERT_STATUS_APPEARANCE, SEVERITY_APPEARANCE } from '../shared/appearance';
import { formatTime, humanize } from '../shared/format';
import { Empty, Outcome } from '../shared/states';
import { useCommand } from '../shared/use-command';

export function PanelAlerts(props: { alerts: readonly AlertView[]; onChanged: () => void }): React.JSX.Element {
  const act = useCommand('actOnAlert');

  const onAct = async (alertId: string, action: 'acknowledge' | 'resolve'): Promise<void> => {
    await act.run({ alertId, action }, alertId);
    // Also after a refusal: NOT_FOUND means it was resolved meanwhile, which the reload shows.
    props.onChanged();
  };

  const failure = act.last?.answer.ok === false ? act.last.answer.error : undefined;
  return (
    <Stack space="space.150">
      <Heading size="small">Alerts</Heading>
      {failure === undefined ? null : <Outcome ok={false} title="Could not update the alert" message={failure.message} />}
      {props.alerts.length === 0 ? <Empty header="No alerts for this issue" /> : null}
      {props.alerts.map((alert) => (
        <Box key={alert.id} padding="space.100">
          <Stack space="space.050">
            <Inline space="space.100" alignBlock="center">
              <Lozenge appearance={SEVERITY_APPEARANCE[alert.severity]}>{alert.severity}</Lozenge>
              <Text>{humanize(alert.kind)}</Text>
              <Lozenge appearance={ALERT_STATUS_APPEARANCE[alert.status]}>{alert.status}</Lozenge>
            </Inline>
            <Text>{alert.explanation}</Text>
            <Text color="color.text.subtle">{`Last seen ${formatTime(alert.lastSeen)}`}</Text>
            {alert.status === 'resolved' ? null : (
              <ButtonGroup label="Alert actions">
                {alert.status === 'open' ? (
                  <Button isDisabled={act.running !== undefined} onClick={() => void onAct(alert.id, 'acknowledge')}>
                    Acknowledge
                  </Button>
                ) : null}
                <Button isDisabled={act.running !== undefined} onClick={() => void onAct(alert.id, 'resolve')}>
                  Resolve
                </Button>
              </ButtonGroup>
            )}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
