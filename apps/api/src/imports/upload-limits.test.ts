import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireImportLock, generateDemoCounty, TeacherEntity } from '@junheng/db';
import { exportRegionWorkbook } from '@junheng/import';
import { writeZipBomb } from '@junheng/import/testing';
import { startTestApi, type TestApi } from '../test-support/test-api';
import { COUNTY_A, COUNTY_B } from '../test-support/fixture-region';

let api: TestApi;
let base: string;
let port: number;
let dir: string;
let uploads: string;
/** Bytes the server has read from each connection, including closed ones. */
const serverSockets: Socket[] = [];

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'junheng-upload-limits-test-'));
  uploads = join(dir, 'uploads');
  api = await startTestApi({ env: { UPLOAD_TMP_DIR: uploads, UPLOAD_MAX_MB: '20' } });
  base = api.url.replace('/graphql', '');
  port = Number(new URL(base).port);
  api.server.httpServer.on('connection', (s: Socket) => serverSockets.push(s));
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

async function leftInUploads(): Promise<string[]> {
  return readdir(uploads).catch(() => []);
}

interface RawAnswer {
  status: number;
  body: Record<string, any>;
  /** Body bytes the client had written when the answer arrived. */
  sentWhenAnswered: number;
  /** Bytes the server's side of the connection had read when it closed. */
  serverRead: number;
}

/**
 * POSTs a body of `declared` bytes over a raw socket, written in 64 KiB pieces as fast as the connection
 * takes them, and stops writing as soon as an answer arrives (a browser or curl does the same).
 */
function rawUpload(headers: Record<string, string>, declared: number, chunked = false): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const before = serverSockets.length;
    const lines = [`POST /imports HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Content-Type: ${XLSX}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    lines.push(chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${declared}`);
    let sent = 0;
    let answered = false;
    let sentWhenAnswered = 0;
    let response = Buffer.alloc(0);
    const piece = Buffer.alloc(64 * 1024, 0x41);
    const pump = (): void => {
      while (!answered && sent < declared && !socket.destroyed) {
        const n = Math.min(piece.length, declared - sent);
        const data = chunked ? Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), piece.subarray(0, n), Buffer.from('\r\n')]) : piece.subarray(0, n);
        sent += n;
        if (!socket.write(data)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (chunked && sent >= declared && !answered) socket.write('0\r\n\r\n');
    };
    socket.on('connect', () => {
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      pump();
    });
    socket.on('data', (d: Buffer) => {
      if (!answered) sentWhenAnswered = sent;
      answered = true;
      response = Buffer.concat([response, d]);
    });
    socket.on('error', () => undefined); // the server closes while we may still be writing
    socket.on('close', () => {
      const text = response.toString('utf8');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (!m) return reject(new Error(`no HTTP answer (${sent} bytes sent)`));
      const body = text.slice(text.indexOf('\r\n\r\n') + 4);
      const serverSide = serverSockets.slice(before);
      resolve({ status: Number(m[1]), body: JSON.parse(body), sentWhenAnswered, serverRead: serverSide.reduce((n, s) => n + s.bytesRead, 0) });
    });
  });
}

async function upload(body: Buffer, token: string): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(`${base}/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': XLSX }, body });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('uploads that cannot hurt the server', () => {
  it('refuses a 60 MB upload without a token before reading it', async () => {
    const answer = await rawUpload({}, 60 * MiB);
    console.log(`60 MB without a token: answered after ${answer.sentWhenAnswered} bytes sent; the server read ${answer.serverRead} bytes`);
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('UNAUTHENTICATED');
    expect(answer.sentWhenAnswered).toBeLessThan(60 * MiB);
    expect(answer.serverRead).toBeLessThan(8 * MiB);
  });

  it('refuses a role that does not import (403) and a Content-Length over the limit (413), both unread', async () => {
    const planner = await rawUpload({ Authorization: `Bearer ${await api.token('PLANNER', COUNTY_A)}` }, 60 * MiB);
    expect(planner).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect(planner.serverRead).toBeLessThan(8 * MiB);
    const tooLarge = await rawUpload({ Authorization: `Bearer ${await api.token('HR', COUNTY_A)}` }, 60 * MiB);
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('20 MB') } } });
    expect(tooLarge.serverRead).toBeLessThan(8 * MiB);
  });

  it('stops a chunked body (no Content-Length) as soon as it passes the limit, and leaves no temporary file', async () => {
    const answer = await rawUpload({ Authorization: `Bearer ${await api.token('HR', COUNTY_A)}` }, 60 * MiB, true);
    console.log(`60 MB chunked: answered after ${answer.sentWhenAnswered} bytes sent; the server read ${answer.serverRead} bytes`);
    expect(answer).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    expect(answer.serverRead).toBeLessThan(28 * MiB);
    expect(await leftInUploads()).toEqual([]);
  });

  it('answers 409 IMPORT_BUSY, unread, while another import (of any process) holds the county', async () => {
    const hr = await api.token('HR', COUNTY_A);
    const held = await acquireImportLock(api.db.dataSource, [COUNTY_A]);
    try {
      const answer = await rawUpload({ Authorization: `Bearer ${hr}` }, 10 * MiB);
      expect(answer).toMatchObject({ status: 409, body: { error: { code: 'IMPORT_BUSY', message: expect.stringContaining(COUNTY_A) } } });
      expect(answer.serverRead).toBeLessThan(8 * MiB);
    } finally {
      await held.release();
    }
    // Once the other import is over, the county imports again.
    const path = join(dir, 'county-a.xlsx');
    const county = generateDemoCounty({ seed: 3, code: COUNTY_A, schools: 20, year: 2027 });
    await exportRegionWorkbook(county, path);
    const ok = await upload(await readFile(path), hr);
    expect(ok.status).toBe(200);
    expect(await api.db.dataSource.getRepository(TeacherEntity).countBy({ countyCode: COUNTY_A })).toBe(county.teachers.length);
    expect(await leftInUploads()).toEqual([]);
  });

  it('removes the temporary file of an upload the client abandons half way', async () => {
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const token = await api.token('HR', COUNTY_B);
    socket.write(`POST /imports HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${10 * MiB}\r\n\r\n`);
    socket.write(Buffer.alloc(MiB, 0x50));
    // The upload's folder exists while the body arrives...
    for (let i = 0; i < 500 && (await leftInUploads()).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await leftInUploads()).length).toBe(1);
    socket.destroy();
    // ... and is gone once the server sees the client leave.
    for (let i = 0; i < 500 && (await leftInUploads()).length > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await leftInUploads()).toEqual([]);
    // The county is not left locked either (the lock goes right after the folder).
    let lock = null;
    for (let i = 0; i < 500 && !lock; i++) {
      lock = await acquireImportLock(api.db.dataSource, [COUNTY_B]).catch(async () => {
        await new Promise((r) => setTimeout(r, 10));
        return null;
      });
    }
    expect(lock).not.toBeNull();
    await lock!.release();
  });

  it('two 2 GiB zip bombs uploaded at once are refused with the limit named, the server under 1 GiB and still answering', async () => {
    const honest = join(dir, 'bomb.xlsx');
    const lying = join(dir, 'lying-bomb.xlsx');
    const a = await writeZipBomb(honest, { inflatedBytes: 2 * GiB });
    const b = await writeZipBomb(lying, { inflatedBytes: 2 * GiB, lie: true });
    expect(Math.max(a.fileBytes, b.fileBytes)).toBeLessThan(4 * MiB);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      const [first, second] = await Promise.all([
        upload(await readFile(honest), await api.token('HR', COUNTY_A)),
        upload(await readFile(lying), await api.token('HR', COUNTY_B)),
      ]);
      expect(first.status).toBe(422);
      expect(first.body.problems).toEqual([
        expect.objectContaining({ sheet: '上传的工作簿', message: '工作簿内 xl/sharedStrings.xml 解压后 2048 MB，超过单个文件上限 256 MB' }),
      ]);
      expect(second.status).toBe(422);
      expect(second.body.problems).toEqual([
        expect.objectContaining({ sheet: '上传的工作簿', message: '工作簿内 xl/sharedStrings.xml 解压后超过其声明的 4 KB（文件已损坏或疑似压缩炸弹）' }),
      ]);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(`two zip bombs at once: peak RSS of the test process running the server ${(peak / MiB).toFixed(0)} MiB`);
    expect(peak).toBeLessThan(GiB);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await leftInUploads()).toEqual([]);
  });
});
