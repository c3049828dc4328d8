import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUploadDir, sweepUploadTempDirs, withUploadDir } from './upload-temp-dir';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'junheng-upload-sweep-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('upload temporary folders', () => {
  it('removes the folder after the work, on success and on error', async () => {
    let seen = '';
    await withUploadDir(root, async (dir) => {
      seen = dir;
      await writeFile(join(dir, 'upload.xlsx'), 'x');
    });
    await expect(
      withUploadDir(root, async (dir) => {
        await writeFile(join(dir, 'upload.xlsx'), 'x');
        throw new Error('parse failed');
      }),
    ).rejects.toThrow('parse failed');
    expect(seen).toMatch(new RegExp(`upload-${process.pid}-`));
    expect(await readdir(root)).toEqual([]);
  });

  it('sweeps at start what a dead process left and what is older than a day, not the folders of live processes', async () => {
    const dead = join(root, `upload-${deadPid()}-abc123`);
    await mkdir(dead);
    await writeFile(join(dead, 'upload.xlsx'), 'half an upload');
    const live = join(root, `upload-${process.ppid}-def456`);
    await mkdir(live);
    const mine = await createUploadDir(root);
    const stale = join(root, `upload-${process.ppid}-old789`);
    await mkdir(stale);
    const twoDaysAgo = new Date(Date.now() - 48 * 3600 * 1000);
    await utimes(stale, twoDaysAgo, twoDaysAgo);
    const unrelated = join(root, 'notes');
    await mkdir(unrelated);

    expect(await sweepUploadTempDirs(root)).toBe(2);
    expect((await readdir(root)).sort()).toEqual([live, mine, unrelated].map((p) => p.slice(root.length + 1)).sort());
    expect(await sweepUploadTempDirs(join(root, 'missing'))).toBe(0);
  });
});
