import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { sendAppError, viewerOr401 } from '../http/route-errors';
import { exportPlanList, type ExportFormat, type ExportList } from './plan-export.service';

/**
 * `GET /exports/scenarios/:id/<list>.xlsx|csv`, authorised like the API; the lists are rotations (交流轮岗名单),
 * hires (招聘计划), post-transfers (编制调剂表) and recalls (借调返校名单).
 */
export function exportsRouter(ds: DataSource): Router {
  const router = Router();
  router.get('/scenarios/:id/:file', async (req: Request, res: Response) => {
    const m = /^(rotations|hires|post-transfers|recalls)\.(xlsx|csv)$/.exec(String(req.params.file));
    if (!m) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Exports are rotations, hires, post-transfers and recalls, each .xlsx or .csv (e.g. post-transfers.xlsx)' } });
      return;
    }
    const viewer = viewerOr401(res);
    if (!viewer) return;
    try {
      const file = await exportPlanList(ds, viewer, String(req.params.id), m[1] as ExportList, m[2] as ExportFormat);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(file.body);
    } catch (error) {
      sendAppError(res, error);
    }
  });
  return router;
}
