import type { LogicalField } from '../logical-fields';

/** A record over every logical field, spelled out so that the compiler notices a missing one. */
export function byLogicalField<T>(make: (logical: LogicalField) => T): Record<LogicalField, T> {
  return {
    storyPoints: make('storyPoints'),
    epicLink: make('epicLink'),
    sprint: make('sprint'),
    team: make('team'),
    originalEstimate: make('originalEstimate'),
    remainingEstimate: make('remainingEstimate'),
    loggedTime: make('loggedTime'),
    severity: make('severity'),
    priority: make('priority'),
    businessValue: make('businessValue'),
  };
}
