import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { badInput } from '../errors/app-error';
import { sendAppError, viewerOr401 } from '../http/route-errors';
import { exportPlanDocument, type DocumentOptions } from './plan-document.service';
import { exportPlanList, exportYear, type ExportFormat, type ExportList } from './plan-export.service';

function query(req: Request): DocumentOptions {
  const q = (key: string) => (typeof req.query[key] === 'string' ? (req.query[key] as string) : undefined);
  return { number: q('number'), date: q('date'), noticeDays: q('noticeDays'), noticeFrom: q('noticeFrom'), noticeTo: q('noticeTo') };
}

/**
 * `GET /exports/scenarios/:id/<list>.xlsx|csv`, authorised like the API (the lists are rotations (交流轮岗名单),
 * hires (招聘计划), post-transfers (编制调剂表) and recalls (借调返校名单), of a multi-year plan's first year or of `?year=2028`); and
 * the official documents `.../notice.docx` (公示名单) and `.../rotation-document.docx` (交流轮岗文件), with
 * `?number=12&date=2027-08-20` (文号 serial and 成文日期) and, for the notice, `noticeDays`, `noticeFrom`, `noticeTo`.
 */
export function exportsRouter(ds: DataSource): Router {
  const router = Router();
  router.get('/scenarios/:id/:file', async (req: Request, res: Response) => {
    const m = /^(rotations|hires|post-transfers|recalls)\.(xlsx|csv)$/.exec(String(req.params.file));
    const doc = /^(notice|rotation-document)\.docx$/.exec(String(req.params.file));
    if (!m && !doc) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Exports are rotations, hires, post-transfers and recalls, each .xlsx or .csv (e.g. post-transfers.xlsx), and notice.docx and rotation-document.docx' } });
      return;
    }
    const viewer = viewerOr401(res);
    if (!viewer) return;
    try {
      if (doc && req.query.year !== undefined) throw badInput('year', '公文（公示名单、交流轮岗文件）按方案第一年导出，不接受 year（documents are of the plan\'s first year: year applies to lists only）');
      const file = m
        ? await exportPlanList(ds, viewer, String(req.params.id), m[1] as ExportList, m[2] as ExportFormat, exportYear(req.query.year))
        : await exportPlanDocument(ds, viewer, String(req.params.id), doc![1] as 'notice' | 'rotation-document', query(req));
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
