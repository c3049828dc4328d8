import { Router, type Request, type Response } from 'express';
import { ImportBusyError } from '@junheng/db';
import type { DataSource } from 'typeorm';
import type { RequestAuth } from '../http/auth.middleware';
import { sendAppError, viewerOr401 } from '../http/route-errors';
import { canImport, importTemplateWorkbook, importUploadedWorkbook } from './roster-upload.service';
import { checkDeclaredLength, UploadTooLargeError } from './upload-body';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportsRouteOptions {
  /** Largest upload body in bytes (config `uploadMaxMb`). */
  maxUploadBytes: number;
  /** Folder of the uploads' temporary files (config `uploadTempDir`). */
  uploadTempDir: string;
}

/**
 * Answers without reading the request body and closes the connection once the answer is out, so that
 * the rest of the body is never received (Node would otherwise read it to keep the connection).
 */
function refuseUnread(res: Response, status: number, code: string, message: string): void {
  res.setHeader('Connection', 'close');
  res.status(status).json({ error: { code, message } });
}

/**
 * `POST /imports[?dryRun=1]` with an .xlsx workbook as the body: every problem at once (422) or the
 * import's counts (200). Refused before a byte of the body is read: no token 401, a role that does not
 * import 403, a Content-Length over the limit 413, a county already importing 409 `IMPORT_BUSY`; a
 * body that passes the limit while streaming 413 `PAYLOAD_TOO_LARGE`. `GET /imports/template.xlsx`:
 * the empty template.
 */
export function importsRouter(ds: DataSource, options: ImportsRouteOptions): Router {
  const router = Router();
  router.get('/template.xlsx', async (_req: Request, res: Response) => {
    if (!viewerOr401(res)) return;
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('均衡-名册导入模板.xlsx')}`);
    res.send(await importTemplateWorkbook(options.uploadTempDir));
  });
  router.post('/', async (req: Request, res: Response) => {
    const auth = res.locals.auth as RequestAuth;
    const viewer = auth.viewer;
    if (!viewer) return refuseUnread(res, 401, 'UNAUTHENTICATED', auth.authError?.message ?? 'Authentication required');
    if (!canImport(viewer)) return refuseUnread(res, 403, 'FORBIDDEN', 'Only HR and ADMIN import rosters (仅人事股和管理员可导入名册)');
    try {
      checkDeclaredLength(req.headers['content-length'], options.maxUploadBytes);
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const result = await importUploadedWorkbook(ds, viewer, req, { dryRun, maxBytes: options.maxUploadBytes, tempRoot: options.uploadTempDir });
      res.status(result.problems.length > 0 ? 422 : 200).json(result);
    } catch (error) {
      // A client that went away has nobody to answer (its temporary file is already gone).
      if (res.headersSent || req.socket.destroyed) return;
      if (error instanceof UploadTooLargeError) return refuseUnread(res, 413, error.code, error.message);
      if (error instanceof ImportBusyError) return refuseUnread(res, 409, error.code, error.message);
      sendAppError(res, error);
    }
  });
  return router;
}
