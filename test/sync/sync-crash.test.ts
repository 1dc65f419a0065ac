import { KvsFailure } from '../../emulator/platform/kvs';
import { KEYS } from '../../src/storage/keys';
import { pipelineCloud } from '../events/pipeline-cloud';
import { fullSync, mismatches, SITE } from './scale-site';

describe(`the full sync on a ${SITE.toLocaleString('en')}-issue site`, () => {
  it('resumes after a crash at every checkpoint to the same mirror and the same count', async () => {
    /** A crash right after the n-th checkpoint is saved: the next KVS request fails, and the job with it. */
    const run = async (crashAfter: number | undefined): Promise<{ done: number; mismatched: string[]; checkpoints: number; crashed: number }> => {
      const cloud = await pipelineCloud(SITE, 53);
      try {
        cloud.disconnect();
        let checkpoints = 0;
        let armed = false;
        let crashed = 0;
        cloud.installation.kvs.addFault((path, body) => {
          if (armed) {
            armed = false;
            crashed += 1;
            return new KvsFailure(500, 'INTERNAL_SERVER_ERROR', 'injected crash');
          }
          if (path === '/api/v1/set' && (body as { key?: unknown }).key === KEYS.fullSync() && ++checkpoints === crashAfter) armed = true;
          return undefined;
        });
        const checkpoint = await fullSync(cloud);
        return { done: checkpoint.issuesDone, mismatched: await mismatches(cloud, checkpoint.issuesSince), checkpoints, crashed };
      } finally {
        await cloud.stop();
      }
    };
    const clean = await run(undefined);
    expect(clean).toMatchObject({ mismatched: [], crashed: 0 });
    // The start, projects, sprints and several steps of issue pages.
    expect(clean.checkpoints).toBeGreaterThanOrEqual(6);
    // The last checkpoint ends the sync: nothing follows it to crash.
    for (let crashAfter = 1; crashAfter < clean.checkpoints; crashAfter++) {
      const crashedRun = await run(crashAfter);
      expect({ crashAfter, done: crashedRun.done, mismatched: crashedRun.mismatched, crashed: crashedRun.crashed }).toEqual({ crashAfter, done: clean.done, mismatched: [], crashed: 1 });
    }
  });

});
