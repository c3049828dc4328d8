import { HttpApiError } from '../errors/describe-error';

export type ExportList = 'rotations' | 'hires' | 'post-transfers' | 'recalls';
export type ExportFormat = 'xlsx' | 'csv';

/** A list's address; `year`: that year of a multi-year plan (absent: the plan's first year). */
export function exportUrl(scenarioId: string, list: ExportList, format: ExportFormat, year?: number): string {
  return `/exports/scenarios/${encodeURIComponent(scenarioId)}/${list}.${format}${year === undefined ? '' : `?year=${year}`}`;
}

/** The official documents (GB/T 9704): 公示名单 and 交流轮岗文件. */
export type ExportDocument = 'notice' | 'rotation-document';

/** What the office fills in: the 文号's serial number (absent: left blank) and the 成文日期 (YYYY-MM-DD). */
export interface DocumentFields {
  number: number | null;
  date: string;
}

export function documentUrl(scenarioId: string, document: ExportDocument, fields: DocumentFields): string {
  const query = new URLSearchParams();
  if (fields.number !== null) query.set('number', String(fields.number));
  query.set('date', fields.date);
  return `/exports/scenarios/${encodeURIComponent(scenarioId)}/${document}.docx?${query.toString()}`;
}

/** Fetches an official document (.docx) with the bearer token and saves it under the server's file name. */
export function downloadDocument(token: string, scenarioId: string, document: ExportDocument, fields: DocumentFields): Promise<string> {
  return downloadFile(token, documentUrl(scenarioId, document, fields), `${document}.docx`);
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*=` first). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return fallback;
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Fetches an HR export with the bearer token and saves it through a temporary link. */
export function downloadExport(token: string, scenarioId: string, list: ExportList, format: ExportFormat, year?: number): Promise<string> {
  return downloadFile(token, exportUrl(scenarioId, list, format, year), `${list}.${format}`);
}

/** GETs a file the API guards with the bearer token and saves it under the server's file name. */
export async function downloadFile(token: string, url: string, fallbackName: string): Promise<string> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    let code = response.status === 401 ? 'UNAUTHENTICATED' : 'UNKNOWN';
    let field: string | null = null;
    try {
      const body = (await response.json()) as { error?: { code?: unknown; field?: unknown } };
      if (typeof body.error?.code === 'string') code = body.error.code;
      if (typeof body.error?.field === 'string') field = body.error.field;
    } catch {
      /* not JSON */
    }
    throw new HttpApiError(code, response.status, field);
  }
  const blob = await response.blob();
  const name = filenameFromDisposition(response.headers.get('content-disposition'), fallbackName);
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 1000);
  return name;
}
