import { HttpApiError } from '../errors/describe-error';

/** One problem of an uploaded roster (the API's ImportProblem; its text is Chinese, row by row). */
export interface RosterProblem {
  sheet: string;
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface RosterUploadResult {
  imported: boolean;
  dryRun: boolean;
  problems: RosterProblem[];
  /** What was read with a default (e.g. a cost item missing, counted as 0); same shape as problems. Older servers: absent. */
  warnings?: RosterProblem[];
  rowsRead: number;
  counties: string[];
  counts: { schools: number; sections: number; teachers: number; budgets: number } | null;
}

/**
 * POSTs a workbook to `/imports[?dryRun=1]` as the request body. XMLHttpRequest rather than fetch, for
 * the upload progress of large files. 200 (imported or checked) and 422 (every problem, nothing
 * written) both resolve with the result; other answers reject with their code.
 */
export function uploadRoster(token: string, file: Blob, dryRun: boolean, onProgress: (fraction: number) => void): Promise<RosterUploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', dryRun ? '/imports?dryRun=1' : '/imports');
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new TypeError('network'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status === 200 || xhr.status === 422) {
        onProgress(1);
        resolve(body as RosterUploadResult);
        return;
      }
      const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
      reject(new HttpApiError(typeof code === 'string' ? code : xhr.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', xhr.status));
    };
    xhr.send(file);
  });
}
