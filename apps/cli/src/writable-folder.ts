import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './cli-error';

/** A file-system failure in Chinese and English, naming the path; null for an error that is not one. */
export function fileSystemError(error: unknown, path: string): CliError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOTDIR':
      return new CliError(`路径「${path}」中有一部分是文件而不是文件夹`, `part of the path "${path}" is a file, not a folder`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`没有权限写入「${path}」`, `no permission to write "${path}"`);
    case 'EROFS':
      return new CliError(`「${path}」位于只读文件系统上`, `"${path}" is on a read-only file system`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new CliError(`磁盘空间不足，无法写入「${path}」`, `no space left to write "${path}"`);
    case 'ENOENT':
      return new CliError(`无法在「${path}」建立文件夹或文件（上级文件夹不允许新建内容）`, `cannot create "${path}" (its parent accepts no new entries)`);
    case 'EISDIR':
      return new CliError(`「${path}」是文件夹而不是文件`, `"${path}" is a folder, not a file`);
    case 'EEXIST':
      return new CliError(`「${path}」已存在且不是文件夹`, `"${path}" exists and is not a folder`);
    case 'ENAMETOOLONG':
      return new CliError(`路径「${path}」过长`, `the path "${path}" is too long`);
    default:
      return null;
  }
}

/**
 * Makes sure files can be written in `folder` before anything is written: creates it (and its
 * parents), then creates and removes a probe file, so that a path under a file, a read-only or
 * virtual file system (/proc, /sys) or a folder without permission fails at once with a clear message.
 */
export function prepareWritableFolder(folder: string): void {
  const target = resolve(folder);
  let current = target;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  if (existsSync(current) && !statSync(current).isDirectory()) {
    throw new CliError(`「${current}」是文件而不是文件夹，不能在其中写入`, `"${current}" is a file, not a folder`);
  }
  try {
    // One level at a time: a recursive mkdir loops forever where creating fails with ENOENT (/proc/x).
    const missing: string[] = [];
    for (let dir = target; dir !== current; dir = dirname(dir)) missing.unshift(dir);
    for (const dir of missing) mkdirSync(dir);
    const probe = join(target, `.junheng-write-test-${process.pid}`);
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
  } catch (error) {
    throw fileSystemError(error, folder) ?? error;
  }
}
