import express, { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { sendAppError, viewerOr401 } from '../http/route-errors';
import { importTemplateWorkbook, importUploadedWorkbook } from './roster-upload.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/**
 * `POST /imports[?dryRun=1]` with an .xlsx workbook as the body: every problem at once (422) or the
 * import's counts (200). `GET /imports/template.xlsx`: the empty template.
 */
export function importsRouter(ds: DataSource): Router {
  const router = Router();
  router.get('/template.xlsx', async (_req: Request, res: Response) => {
    if (!viewerOr401(res)) return;
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent('均衡-名册导入模板.xlsx')}`);
    res.send(await importTemplateWorkbook());
  });
  router.post('/', express.raw({ type: () => true, limit: '200mb' }), async (req: Request, res: Response) => {
    const viewer = viewerOr401(res);
    if (!viewer) return;
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (body.length === 0) {
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', field: 'file', message: 'Send the .xlsx workbook as the request body (请上传 .xlsx 工作簿)' } });
      return;
    }
    try {
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const result = await importUploadedWorkbook(ds, viewer, body, dryRun);
      res.status(result.problems.length > 0 ? 422 : 200).json(result);
    } catch (error) {
      sendAppError(res, error);
    }
  });
  return router;
}
