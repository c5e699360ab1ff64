import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testClient, testSimulator } from '../../test/test-simulator.ts';
import { DiskError } from '../errors/disk-error.ts';
import { ConnectionError, UnexpectedResponseError } from '../errors/request-errors.ts';
import { LinkExpiredError } from '../errors/task-errors.ts';
import { openDownloadFile } from './file-writer.ts';

const req = { model: 'sora-2-beta-max', prompt: 'a lighthouse sim:seconds=10' };
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function outDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clipwright-core-'));
  dirs.push(dir);
  return dir;
}

describe('client.download', () => {
  it('streams the video to the destination with its length and sha256, leaving no temp file', async () => {
    const sim = await testSimulator({ resultBytes: 3_000_000 });
    const { client } = testClient(sim);
    const task = await client.videos.generate(req);
    const dir = await outDir();
    const progress: number[] = [];
    const result = await client.download(task, join(dir, 'nested', 'a.mp4'), {
      onProgress: (p) => {
        progress.push(p.bytes);
        expect(p.total).toBe(3_000_000);
      },
    });
    const file = await readFile(result.path);
    expect(result.bytes).toBe(3_000_000);
    expect(file.length).toBe(3_000_000);
    expect(result.sha256).toBe(sha256(file));
    expect(file.subarray(4, 8).toString()).toBe('ftyp');
    expect(progress.at(-1)).toBe(3_000_000);
    expect(await readdir(join(dir, 'nested'))).toEqual(['a.mp4']);
  });

  it.each(['reset-body', 'truncate-body'] as const)(
    'resumes with Range after %s and produces the same bytes',
    async (fault) => {
      const clean = await testSimulator({ resultBytes: 2_000_000, seed: 5 });
      const cleanClient = testClient(clean).client;
      const cleanTask = await cleanClient.videos.generate(req);
      const dir = await outDir();
      const expected = await cleanClient.download(cleanTask, join(dir, 'clean.mp4'));

      const sim = await testSimulator({
        resultBytes: 2_000_000,
        seed: 5,
        faults: { rules: [{ on: 'download', fault, at: [1] }] },
      });
      const { client, retries } = testClient(sim);
      const task = await client.videos.generate(req);
      const result = await client.download(task, join(dir, 'resumed.mp4'));
      expect(retries).toHaveLength(1);
      expect(retries[0]?.error).toBeInstanceOf(ConnectionError);
      expect(result.bytes).toBe(2_000_000);
      expect(result.sha256).toBe(expected.sha256);
      expect(sha256(await readFile(result.path))).toBe(expected.sha256);
      expect(sim.stats().downloads).toBe(2);
      expect(await readdir(dir)).toEqual(expect.arrayContaining(['clean.mp4', 'resumed.mp4']));
      expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
    },
  );

  it('fails cleanly without retries when maxRetries is 0, removing the temp file', async () => {
    const sim = await testSimulator({
      resultBytes: 1_000_000,
      faults: { rules: [{ on: 'download', fault: 'reset-body', at: [1] }] },
    });
    const { client, retries } = testClient(sim, { maxRetries: 0 });
    const task = await client.videos.generate(req);
    const dir = await outDir();
    await expect(client.download(task, join(dir, 'a.mp4'))).rejects.toBeInstanceOf(ConnectionError);
    expect(retries).toHaveLength(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('says the link lived 24 hours when it has expired', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const task = await client.videos.generate({
      ...req,
      prompt: 'x sim:seconds=5 sim:expired-url',
    });
    const dir = await outDir();
    const error = await client.download(task, join(dir, 'a.mp4')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkExpiredError);
    expect((error as Error).message).toContain('24 hours');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a completed task without a link', async () => {
    const sim = await testSimulator();
    const { client } = testClient(sim);
    const dir = await outDir();
    const task = {
      id: 't',
      model: 'm',
      status: 'completed',
      progress: 100,
      created: 0,
      results: [],
    };
    await expect(client.download(task, join(dir, 'a.mp4'))).rejects.toThrow(
      UnexpectedResponseError,
    );
  });

  it.each(['ENOSPC', 'EDQUOT', 'EROFS'])(
    'a disk error (%s) is a DiskError at once: not retried as a network fault, no temp file left',
    async (errno) => {
      const sim = await testSimulator({ resultBytes: 500_000 });
      let opened = 0;
      const { client, retries } = testClient(sim, {
        // The disk takes the first write, then fails, as a full disk does.
        openDownloadFile: (file, flags) => {
          opened++;
          const real = openDownloadFile(file, flags);
          let writes = 0;
          return {
            write(chunk) {
              if (++writes > 1)
                throw Object.assign(new Error(`${errno}: disk trouble`), { code: errno });
              real.write(chunk);
            },
            close: () => real.close(),
          };
        },
      });
      const task = await client.videos.generate(req);
      const dir = await outDir();
      const error = await client.download(task, join(dir, 'a.mp4')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiskError);
      expect(error).toMatchObject({ code: 'disk_error', errno });
      expect((error as Error).message).toMatch(/free some space/);
      expect(retries).toEqual([]);
      expect(opened).toBe(1);
      expect(sim.stats().downloads).toBe(1);
      expect(await readdir(dir)).toEqual([]);
    },
  );
});
