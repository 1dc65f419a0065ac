// The host first: it installs the bridge global that @forge/bridge captures when the UI modules load.
import { textOf, UiKitHost, type UiNode } from '../../emulator/uikit';
import type { User } from '../../emulator/jira/model/entities';
import { createElement } from 'react';
import { AdminPage } from '../../src/frontend/admin/admin-page';
import { pipelineCloud, type PipelineCloud } from '../events/pipeline-cloud';

export interface UiCloud extends PipelineCloud {
  admin: string;
  /** A signed-in user who is not a Jira admin and sees every project. */
  member: User;
  /** A host for a UI module as `accountId`; unmounted by `unmountAll`. */
  host(moduleKey: 'sias-admin' | 'sias-issue-panel', accountId: string | undefined, extension?: Record<string, unknown>): UiKitHost;
  unmountAll(): Promise<void>;
}

/** The real app on a seeded site, its bootstrap done, with headless UI hosts against it. */
export async function uiCloud(issues = 40, seed = 5): Promise<UiCloud> {
  const cloud = await pipelineCloud(issues, seed);
  const users = [...cloud.site.state.users.values()].filter((u) => u.accountType === 'atlassian' && u.active);
  const member = users.find((u) => !u.siteAdmin && u.hiddenProjectIds.length === 0);
  if (member === undefined) throw new Error('the seeded site has a member who is not an admin');
  const hosts: UiKitHost[] = [];
  return {
    ...cloud,
    admin: cloud.site.admin().accountId,
    member,
    host(moduleKey, accountId, extension) {
      const created = new UiKitHost({ platform: cloud.platform, installation: cloud.installation, moduleKey, accountId, ...(extension === undefined ? {} : { extension }) });
      hosts.push(created);
      return created;
    },
    // Mounted hosts are process-wide: one left mounted would change where stray bridge calls go.
    async unmountAll() {
      for (const host of hosts.splice(0)) await host.unmount();
    },
  };
}

/** The admin page as `accountId` (the admin by default) sees it, on the tab with this label, its data not yet loaded. */
export async function adminPageOn(cloud: UiCloud, tab: string, accountId: string = cloud.admin): Promise<UiKitHost> {
  const ui = cloud.host('sias-admin', accountId).render(createElement(AdminPage));
  await ui.settle();
  openTab(ui, tab);
  return ui;
}

/** Selects the admin page's tab with this label, as a click on it would. */
export function openTab(ui: UiKitHost, label: string): void {
  const tabs = ui.find('Tabs');
  const labels = ui.findAll('Tab').map((tab) => textOf(tab));
  const index = labels.indexOf(label);
  if (tabs === undefined || index < 0) throw new Error(`No tab "${label}" in ${JSON.stringify(labels)}`);
  ui.change(tabs, index);
}

/** The labels of the spinners shown: how a loading state is seen. */
export function spinners(ui: UiKitHost): string[] {
  return ui.findAll('Spinner').map((node: UiNode) => String(node.props.label ?? ''));
}

/** Texts of the section messages shown, title first: how outcomes and errors are seen. */
export function messages(ui: UiKitHost): Array<{ appearance: string; title: string; text: string }> {
  return ui.findAll('SectionMessage').map((node) => ({ appearance: String(node.props.appearance ?? ''), title: String(node.props.title ?? ''), text: textOf(node) }));
}
