import type { Plan, RegionData } from '@junheng/domain';
import { writeCsv } from './csv-writer';
import { hiringList } from './hiring-list';
import type { HrList, ListMeta } from './hr-list';
import { postTransferList } from './post-transfer-list';
import { recallList } from './recall-list';
import { rotationList } from './rotation-list';
import { writeXlsx } from './xlsx-writer';

export type ListName = 'rotations' | 'hires' | 'post-transfers' | 'recalls';
export const LIST_NAMES: readonly ListName[] = ['rotations', 'hires', 'post-transfers', 'recalls'];
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
const TITLES: Record<ListName, string> = { rotations: '交流轮岗名单', hires: '招聘计划', 'post-transfers': '编制调剂表', recalls: '借调返校名单' };
const BUILDERS: Record<ListName, (plan: Plan, region: RegionData, meta: ListMeta) => HrList<unknown>> = {
  rotations: (p, r, m) => rotationList(p, r, m) as HrList<unknown>,
  hires: (p, r, m) => hiringList(p, r, m) as HrList<unknown>,
  'post-transfers': (p, r, m) => postTransferList(p, r, m) as HrList<unknown>,
  recalls: (p, r, m) => recallList(p, r, m) as HrList<unknown>,
};

/** One of HR's lists of a plan as a file: bytes, a Chinese file name and its content type. */
export async function listFile(list: ListName, format: ListFormat, plan: Plan, region: RegionData, meta: ListMeta): Promise<ListFile> {
  const hrList = BUILDERS[list](plan, region, meta);
  const body = format === 'xlsx' ? await writeXlsx(hrList) : writeCsv(hrList);
  return { filename: `${meta.countyName}-${meta.year}-${TITLES[list]}.${format}`, contentType: CONTENT_TYPES[format], body, rows: hrList.rows.length };
}
