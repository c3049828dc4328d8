import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RequestAuth } from '../http/auth.middleware';
import { exportPlanList, isAppError, type ExportFormat, type ExportList } from './plan-export.service';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** `GET /exports/scenarios/:id/rotations.xlsx|csv` and `.../hires.xlsx|csv`, authorised like the API. */
export function exportsRouter(ds: DataSource): Router {
  const router = Router();
  router.get('/scenarios/:id/:file', async (req: Request, res: Response) => {
    const m = /^(rotations|hires)\.(xlsx|csv)$/.exec(String(req.params.file));
    if (!m) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Exports are rotations.xlsx, rotations.csv, hires.xlsx and hires.csv' } });
      return;
    }
    const auth = res.locals.auth as RequestAuth;
    if (!auth.viewer) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: auth.authError?.message ?? 'Authentication required' } });
      return;
    }
    try {
      const file = await exportPlanList(ds, auth.viewer, String(req.params.id), m[1] as ExportList, m[2] as ExportFormat);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(file.body);
    } catch (error) {
      if (!isAppError(error)) throw error;
      res.status(STATUS[error.code] ?? 409).json({ error: { code: error.code, message: error.message } });
    }
  });
  return router;
}
