import type { Plan, RegionData } from '@junheng/domain';
import { writeOfficialDocument } from './official-document';
import { noticeDocument, rotationDocument, type DocumentMeta } from './plan-documents';

export type DocumentName = 'notice' | 'rotation-document';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TITLES: Record<DocumentName, string> = { notice: '交流轮岗公示名单', 'rotation-document': '交流轮岗文件' };

export interface DocumentFile {
  filename: string;
  contentType: string;
  body: Buffer;
  /** The 文号 printed on it. */
  number: string;
}

/** One of a plan's official documents as a .docx file: the notice (公示名单) or the final document (交流轮岗文件). */
export async function documentFile(name: DocumentName, plan: Plan, region: RegionData, meta: DocumentMeta): Promise<DocumentFile> {
  const doc = name === 'notice' ? noticeDocument(plan, region, meta) : rotationDocument(plan, region, meta);
  return { filename: `${meta.countyName}-${meta.year}-${TITLES[name]}.docx`, contentType: DOCX_CONTENT_TYPE, body: await writeOfficialDocument(doc), number: doc.number };
}
