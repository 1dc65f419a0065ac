import React from 'react';
import { Loaded } from '../../shared/states';
import { useAction } from '../../shared/use-action';
import { SettingsForm } from './settings-form';

export function SettingsTab(): React.JSX.Element {
  const settings = useAction('getSettings', {});
  return (
    <Loaded result={settings} what="the settings">
      {(view) => <SettingsForm view={view} />}
    </Loaded>
  );
}
