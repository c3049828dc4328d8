/**
 * `npm run bench:import`: generates a demo city of about 100,000 teachers, writes it as an import
 * workbook, and imports it into a fresh database (an embedded PostgreSQL of its own), in a child
 * process whose peak memory is measured alone. Prints rows per second, seconds and peak memory.
 * Goal: under 30 s and under 1 GiB.
 *
 *   node apps/cli/dist/bench/bench-import.js [--teachers 100000] [--keep]
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoCity, openDatabase } from '@junheng/db';
import { createTestDatabase, globalSetup } from '@junheng/db/testing';
import type { RegionData } from '@junheng/domain';
import { exportRegionWorkbook, importRoster } from '@junheng/import';

interface ChildReport {
  rows: number;
  readSeconds: number;
  writeSeconds: number;
  totalSeconds: number;
  peakRssMiB: number;
  sampledPeakRssMiB: number;
  imported: boolean;
  problems: number;
  teachers: number;
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const seconds = (from: number) => (performance.now() - from) / 1000;

/** Child: import the workbook into the database at `url`, measuring time per phase and peak RSS. */
async function child(path: string, url: string): Promise<void> {
  let sampled = process.memoryUsage.rss();
  const timer = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 50);
  const db = await openDatabase({ url });
  const started = performance.now();
  let readDone = 0;
  const result = await importRoster(db.dataSource, path, {
    onProgress: (p) => {
      if (p.phase !== 'read' && readDone === 0) readDone = performance.now();
    },
  });
  const total = seconds(started);
  clearInterval(timer);
  await db.close();
  const report: ChildReport = {
    rows: result.rowsRead,
    readSeconds: (readDone - started) / 1000,
    writeSeconds: (performance.now() - readDone) / 1000 - (seconds(started) - total),
    totalSeconds: total,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    sampledPeakRssMiB: mib(sampled),
    imported: result.imported,
    problems: result.problems.length,
    teachers: result.written?.counts.teachers ?? 0,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(path: string, url: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [__filename, '--child', path, url], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`import child failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildReport);
    });
  });
}

/**
 * A demo city of 12 counties with as many schools per county as the target number of teachers needs
 * (county codes, staff numbers and national ID numbers are unique across the generated city).
 */
function generate(targetTeachers: number): { data: RegionData; counties: number } {
  const counties = 12;
  let schoolsPerCounty = Math.max(20, Math.round(targetTeachers / counties / 33));
  let data = generateDemoCity({ counties, schoolsPerCounty });
  while (data.teachers.length < targetTeachers && schoolsPerCounty < 999) {
    schoolsPerCounty = Math.min(999, Math.max(schoolsPerCounty + 1, Math.ceil((schoolsPerCounty * targetTeachers) / data.teachers.length)));
    data = generateDemoCity({ counties, schoolsPerCounty });
  }
  return { data, counties };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1] ?? '', args[2] ?? '');
  const target = Number(args[args.indexOf('--teachers') + 1] ?? NaN);
  const targetTeachers = args.includes('--teachers') && Number.isFinite(target) ? target : 100_000;

  const folder = mkdtempSync(join(tmpdir(), 'junheng-bench-import-'));
  const path = join(folder, 'city.xlsx');
  let t = performance.now();
  const { data, counties } = generate(targetTeachers);
  const generateSeconds = seconds(t);
  const rows = data.schools.length + data.sections.length + data.teachers.length + data.budgets.length;
  t = performance.now();
  await exportRegionWorkbook(data, path);
  const writeWorkbookSeconds = seconds(t);
  const fileMiB = mib(statSync(path).size);
  const teachers = data.teachers.length;

  process.stderr.write('starting a fresh embedded PostgreSQL for the benchmark…\n');
  const teardown = await globalSetup();
  const db = await createTestDatabase();
  try {
    const r = await runChild(path, db.url);
    if (!r.imported || r.teachers !== teachers) throw new Error(`import did not write the city: ${JSON.stringify(r)}`);
    const lines = [
      '',
      `import benchmark: demo city of ${counties} counties, ${data.schools.length} schools, ${teachers} teachers (${rows} data rows + cost rows)`,
      `  generate                 ${generateSeconds.toFixed(1)} s`,
      `  write workbook           ${writeWorkbookSeconds.toFixed(1)} s (${fileMiB.toFixed(1)} MiB)`,
      `  import: read + validate  ${r.readSeconds.toFixed(1)} s`,
      `  import: write database   ${r.writeSeconds.toFixed(1)} s`,
      `  import: total            ${r.totalSeconds.toFixed(1)} s  -> ${Math.round(r.rows / r.totalSeconds).toLocaleString('en')} rows/s (${r.rows} rows)`,
      `  import: peak RSS         ${r.peakRssMiB.toFixed(0)} MiB (max RSS of the import process; sampled ${r.sampledPeakRssMiB.toFixed(0)} MiB)`,
      `  goal: < 30 s and < 1024 MiB -> ${r.totalSeconds < 30 && r.peakRssMiB < 1024 ? 'met' : 'NOT met'}`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await db.close();
    await teardown();
    if (!args.includes('--keep')) rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
