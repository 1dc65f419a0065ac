import { migrate, type Migration } from '../../src/settings/migrations';
import { INTEGRATION_DEFAULTS } from '../../src/settings/integration-settings';
import { SETTINGS_RECORDS } from '../../src/settings/migrations';

describe('settings migrations', () => {
  const steps: Migration[] = [
    { from: 0, migrate: (v) => ({ ...v, a: 1, schemaVersion: 1 }) },
    { from: 1, migrate: (v) => ({ ...v, b: 2, schemaVersion: 2 }) },
  ];

  it('runs every step from the record\'s version on, in order', () => {
    expect(migrate({ x: true }, steps)).toEqual({ value: { x: true, a: 1, b: 2, schemaVersion: 2 }, changed: true });
    expect(migrate({ x: true, schemaVersion: 1 }, steps)).toEqual({ value: { x: true, b: 2, schemaVersion: 2 }, changed: true });
    expect(migrate({ schemaVersion: 2 }, steps)).toEqual({ value: { schemaVersion: 2 }, changed: false });
  });

  it('brings integration settings saved before retries were settings to version 1, keeping the filters', () => {
    const integration = SETTINGS_RECORDS[0];
    if (integration === undefined) throw new Error('the integration settings migrate');
    const { value } = migrate({ projectKeys: ['PLAT'], issueTypes: [] }, integration.migrations);
    expect(integration.schema.parse(value)).toEqual({ ...INTEGRATION_DEFAULTS, projectKeys: ['PLAT'] });
  });
});
