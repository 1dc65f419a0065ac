/** Which Lozenge colour each state takes, so the same state looks the same on every screen. */
import type { LozengeProps } from '@forge/react';
import type { AlertView, HealthStatus } from '../../resolvers/api';

type Appearance = NonNullable<LozengeProps['appearance']>;

export const HEALTH_APPEARANCE: Record<HealthStatus, Appearance> = { healthy: 'success', degraded: 'moved', down: 'removed' };

export const SEVERITY_APPEARANCE: Record<AlertView['severity'], Appearance> = { info: 'inprogress', warning: 'moved' };

export const ALERT_STATUS_APPEARANCE: Record<AlertView['status'], Appearance> = { open: 'new', acknowledged: 'inprogress', resolved: 'success' };
