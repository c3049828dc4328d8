import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { PublicNoticeService } from '../graphql/lifecycle/public-notice.service';

/**
 * `GET /public/notice/:token`: the one route answered without a login. It shows one published notice
 * (公示) by its unguessable token while its window is open, and nothing else; an unknown, malformed or
 * ended token gets the same 404.
 */
export function publicNoticeRouter(ds: DataSource, notices: PublicNoticeService): Router {
  const router = Router();
  router.get('/:token', (req, res, next) => {
    notices.byToken(ds, req.params.token ?? '')
      .then((notice) => {
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Robots-Tag', 'noindex, nofollow');
        if (!notice) {
          res.status(404).json({ error: 'No such notice, or its window has ended (公示不存在或已结束)' });
          return;
        }
        res.json(notice);
      })
      .catch(next);
  });
  return router;
}
