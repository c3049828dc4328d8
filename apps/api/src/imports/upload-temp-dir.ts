import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Every upload's folder is `<root>/upload-<pid>-<random>`: the process that owns it is in its name. */
const UPLOAD_DIR = /^upload-(\d+)-/;
const DAY_MS = 24 * 3600 * 1000;

/** A fresh folder for one upload under `root` (created with mode 0700 if needed). */
export async function createUploadDir(root: string): Promise<string> {
  await mkdir(root, { recursive: true, mode: 0o700 });
  return mkdtemp(join(root, `upload-${process.pid}-`));
}

/** Runs `work` with a fresh upload folder and removes the folder afterwards, whatever happened. */
export async function withUploadDir<T>(root: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await createUploadDir(root);
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The start-up sweep: removes upload folders left under `root` by a process that died (a crash, a
 * kill), i.e. whose owner is no longer running, and any older than a day (a pid reused by another
 * process). Folders of API processes still running beside this one are left alone. Returns how many
 * folders were removed.
 */
export async function sweepUploadTempDirs(root: string, now: number = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    const m = UPLOAD_DIR.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const path = join(root, name);
    const old = await stat(path).then((s) => now - s.mtimeMs > DAY_MS, () => false);
    if (pid !== process.pid && processAlive(pid) && !old) continue;
    if (pid === process.pid && !old) continue;
    await rm(path, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}
