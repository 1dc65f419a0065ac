import React, { useState } from 'react';
import { Box, Heading, Stack, Tab, TabList, TabPanel, Tabs } from '@forge/react';
import { AlertsTab } from './alerts/alerts-tab';
import { DeadLettersTab } from './dead-letters/dead-letters-tab';
import { MappingTab } from './mapping/mapping-tab';
import { OverviewTab } from './overview/overview-tab';
import { SettingsTab } from './settings/settings-tab';
import { SprintReportsTab } from './sprint-reports/sprint-reports-tab';
import { SyncTab } from './sync/sync-tab';

interface TabDefinition {
  label: string;
  render: () => React.JSX.Element;
}

export const ADMIN_TABS: readonly TabDefinition[] = [
  { label: 'Overview', render: () => <OverviewTab /> },
  { label: 'Field mapping', render: () => <MappingTab /> },
  { label: 'Sync', render: () => <SyncTab /> },
  { label: 'Alerts', render: () => <AlertsTab /> },
  { label: 'Dead letters', render: () => <DeadLettersTab /> },
  { label: 'Settings', render: () => <SettingsTab /> },
  { label: 'Sprint reports', render: () => <SprintReportsTab /> },
];

/**
 * The admin page. Only the selected tab's content is mounted: each tab loads its data when shown
 * (and fresh each time it is shown again), instead of seven resolver calls on every page load.
 */
export function AdminPage(props: { initialTab?: number }): React.JSX.Element {
  const [selected, setSelected] = useState(props.initialTab ?? 0);
  return (
    <Stack space="space.200">
      <Heading size="large">SIAS for Jira</Heading>
      <Tabs id="sias-admin-tabs" selected={selected} onChange={(index: number) => setSelected(index)}>
        <TabList>
          {ADMIN_TABS.map((tab) => (
            <Tab key={tab.label}>{tab.label}</Tab>
          ))}
        </TabList>
        {ADMIN_TABS.map((tab, index) => (
          <TabPanel key={tab.label}>
            <Box padding="space.200">{index === selected ? tab.render() : null}</Box>
          </TabPanel>
        ))}
      </Tabs>
    </Stack>
  );
}
