import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { basicAuth } from './site-fixture';

const ROOT = join(__dirname, '..', '..', '..', '..');

/** Starts `npm run jira-site`'s command and resolves with the three lines it prints. */
function startSite(args: string[]): Promise<{ lines: Record<string, string>; stop: () => void }> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'emulator', 'jira', 'cli.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Record<string, string> = {};
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`jira-site exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [name, ...value] = line.split('=');
      if (name !== undefined) lines[name] = value.join('=');
      if (Object.keys(lines).length === 3) resolve({ lines, stop: () => child.kill('SIGTERM') });
    });
  });
}

describe('npm run jira-site', () => {
  it('serves a seeded site and prints a site admin\'s credentials, one per line, that a client can use', async () => {
    const { lines, stop } = await startSite(['--issues', '40', '--port', '0']);
    try {
      expect(Object.keys(lines)).toEqual(['JIRA_BASE_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN']);
      const authorization = basicAuth(lines.JIRA_EMAIL ?? '', lines.JIRA_API_TOKEN ?? '');
      const myself = await fetch(`${lines.JIRA_BASE_URL}/rest/api/3/myself`, { headers: { authorization } });
      expect(myself.status).toBe(200);
      expect(await myself.json()).toMatchObject({ emailAddress: lines.JIRA_EMAIL, accountType: 'atlassian' });
      const permissions = await fetch(`${lines.JIRA_BASE_URL}/rest/api/3/mypermissions?permissions=ADMINISTER`, { headers: { authorization } });
      expect(await permissions.json()).toMatchObject({ permissions: { ADMINISTER: { havePermission: true } } });
    } finally {
      stop();
    }
  });

  it('refuses a size outside 1 to 100,000', async () => {
    await expect(startSite(['--issues', '100001', '--port', '0'])).rejects.toThrow('exited with 1');
  });
});
