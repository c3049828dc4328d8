import type { Plan, RegionData } from '@junheng/domain';
import { writeCsv } from './csv-writer';
import { hiringList } from './hiring-list';
import type { HrList, ListMeta } from './hr-list';
import { rotationList } from './rotation-list';
import { writeXlsx } from './xlsx-writer';

export type ListName = 'rotations' | 'hires';
export type ListFormat = 'xlsx' | 'csv';

export interface ListFile {
  filename: string;
  contentType: string;
  body: Buffer;
  rows: number;
}

const CONTENT_TYPES: Record<ListFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
const TITLES: Record<ListName, string> = { rotations: '交流轮岗名单', hires: '招聘计划' };

/** One of HR's lists of a plan as a file: bytes, a Chinese file name and its content type. */
export async function listFile(list: ListName, format: ListFormat, plan: Plan, region: RegionData, meta: ListMeta): Promise<ListFile> {
  const hrList = (list === 'rotations' ? rotationList(plan, region, meta) : hiringList(plan, region, meta)) as HrList<unknown>;
  const body = format === 'xlsx' ? await writeXlsx(hrList) : writeCsv(hrList);
  return { filename: `${meta.countyName}-${meta.year}-${TITLES[list]}.${format}`, contentType: CONTENT_TYPES[format], body, rows: hrList.rows.length };
}
