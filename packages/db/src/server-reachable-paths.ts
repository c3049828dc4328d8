import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync,
  renameSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ServerUser } from './postgres-host';

/**
 * Started as root, PostgreSQL runs as the `postgres` user, who must reach both its binaries and its
 * data folder. In a clone other users cannot enter (a `mktemp -d` folder, mode 0700, or one under
 * /root) neither is reachable. Then:
 * - the binaries (the package's `native` folder: bin, lib, share) are hard-linked, or copied across file
 *   systems, into a versioned cache `/var/tmp/junheng-postgres-<version>-<manifest hash>` (mode 0755,
 *   owned by root, built in a temporary folder and renamed into place, checked against its manifest of
 *   paths, sizes and modes at every use and rebuilt when it differs);
 * - the data folder is placed under `/var/lib/junheng/pgdata-<hash of the configured path>` instead of
 *   the configured path, which keeps the lock, log and password files.
 * Reachability is tested by running `test` as the server user, the way the server itself is started.
 */

const CACHE_ROOT = '/var/tmp';
const DATA_ROOT = '/var/lib/junheng';

/** True when `user` can reach `path` (execute: search a folder, run a file), tested as that user. */
export function reachableBy(user: ServerUser, path: string): boolean {
  return spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** One line per entry of a tree: path, kind, size, mode, link target; sorted. */
function manifestOf(root: string): string {
  const lines: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = lstatSync(path);
      const rel = relative(root, path);
      if (st.isSymbolicLink()) lines.push(`${rel}\tlink\t0\t0\t${readlinkSync(path)}`);
      else if (st.isDirectory()) {
        lines.push(`${rel}\tdir\t0\t${(st.mode & 0o777).toString(8)}\t`);
        walk(path);
      } else lines.push(`${rel}\tfile\t${st.size}\t${(st.mode & 0o777).toString(8)}\t`);
    }
  };
  walk(root);
  return `${lines.join('\n')}\n`;
}

const MANIFEST = '.junheng-manifest';

/** The cache holds exactly the manifest's entries, is root's and writable by nobody else. */
function cacheIsValid(cache: string, manifest: string): boolean {
  try {
    const st = statSync(cache);
    if (st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0) return false;
    if (readFileSync(join(cache, MANIFEST), 'utf8') !== manifest) return false;
    for (const line of manifest.split('\n')) {
      if (line === '') continue;
      const [rel, kind, size] = line.split('\t') as [string, string, string];
      const entry = lstatSync(join(cache, rel));
      if (kind === 'file' && (!entry.isFile() || entry.size !== Number(size))) return false;
      if (kind === 'dir' && !entry.isDirectory()) return false;
      if (kind === 'link' && !entry.isSymbolicLink()) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function buildTree(source: string, target: string): void {
  for (const name of readdirSync(source)) {
    const from = join(source, name);
    const to = join(target, name);
    const st = lstatSync(from);
    if (st.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (st.isDirectory()) {
      mkdirSync(to, { mode: 0o755 });
      chmodSync(to, st.mode & 0o755);
      buildTree(from, to);
    } else {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
        chmodSync(to, st.mode & 0o755);
      }
    }
  }
}

/**
 * The `native` folder of the PostgreSQL binaries as the server user can run it: itself when reachable,
 * else the verified cache (built when missing or different).
 */
export function reachableNativeDir(nativeDir: string, version: string, user: ServerUser, cacheRoot = CACHE_ROOT): string {
  if (reachableBy(user, join(nativeDir, 'bin', 'postgres'))) return nativeDir;
  const manifest = manifestOf(nativeDir);
  const hash = createHash('sha256').update(manifest).digest('hex').slice(0, 16);
  const cache = join(cacheRoot, `junheng-postgres-${version.replace(/[^A-Za-z0-9.-]/g, '_')}-${hash}`);
  if (cacheIsValid(cache, manifest)) return cache;
  const staging = mkdtempSync(`${cache}.tmp-`);
  try {
    chmodSync(staging, 0o755);
    buildTree(nativeDir, staging);
    writeFileSync(join(staging, MANIFEST), manifest, { mode: 0o644 });
    for (let attempt = 0; ; attempt++) {
      try {
        renameSync(staging, cache);
        break;
      } catch (e) {
        // Another process built it meanwhile: use theirs if it is right, else move the bad one aside.
        if (cacheIsValid(cache, manifest)) return cache;
        if (attempt > 2) throw e;
        const aside = `${cache}.stale-${process.pid}-${attempt}`;
        try { renameSync(cache, aside); } catch { /* gone already */ }
        rmSync(aside, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (!reachableBy(user, join(cache, 'bin', 'postgres'))) {
    throw new Error(`the PostgreSQL binaries copied to ${cache} are still not reachable by the server user`);
  }
  return cache;
}

function nearestExisting(path: string): string {
  let current = resolve(path);
  while (!existsSync(current)) current = dirname(current);
  return current;
}

/**
 * Where the server keeps the data of the configured folder `dataDir`: the folder itself when the
 * server user can reach it (or create it), else `/var/lib/junheng/pgdata-<hash>` (root's, mode 0755).
 */
export function serverDataDir(dataDir: string, user: ServerUser | null, dataRoot = DATA_ROOT): string {
  if (!user) return dataDir;
  const probe = existsSync(dataDir) ? dataDir : nearestExisting(dirname(dataDir));
  if (reachableBy(user, probe)) return dataDir;
  mkdirSync(dataRoot, { recursive: true, mode: 0o755 });
  chmodSync(dataRoot, 0o755);
  const hash = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return join(dataRoot, `pgdata-${hash}`);
}
