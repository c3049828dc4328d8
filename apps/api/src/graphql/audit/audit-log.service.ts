import { AuditLogEntity } from '@junheng/db';
import { requireViewer } from '../../auth/require-viewer';
import { loadRegionTree } from '../../auth/region-tree';
import type { RequestContext } from '../../context';
import { badInput, forbidden } from '../../errors/app-error';
import { toConnection } from '../relay/connection';
import { decodeCursor } from '../relay/cursor';
import { DEFAULT_PAGE_SIZE } from '../relay/page.args';
import { AuditLogConnection } from './audit-log-connection.type';
import { AuditLogEntry } from './audit-log-entry.type';
import type { AuditLogArgs } from './audit-log.args';

function toEntry(row: AuditLogEntity): AuditLogEntry {
  return Object.assign(new AuditLogEntry(), {
    id: String(row.id),
    at: row.at.toISOString(),
    username: row.username,
    action: row.action,
    regionCode: row.countyCode,
    target: row.target,
    details: row.details === null ? null : JSON.stringify(row.details),
  });
}

function instant(field: 'from' | 'to', value: string | undefined): Date | null {
  if (value === undefined || value === null) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`filter.${field}`, `${field} is not a date: "${value}"`);
  return date;
}

/**
 * The audit log for ADMIN: rows whose region lies inside the administrator's (rows of no region, such as
 * a lockout of a client address, only for the development bypass, which sees every region), newest
 * first, filtered by action, user and a date range.
 */
export class AuditLogService {
  async list(ctx: RequestContext, args: AuditLogArgs): Promise<AuditLogConnection> {
    const viewer = requireViewer(ctx);
    if (viewer.role !== 'ADMIN') throw forbidden('The audit log is for ADMIN only');
    const regionCodes = viewer.regionCode === null ? null : (await loadRegionTree(ctx.dataSource, viewer.regionCode)).codes;
    const filter = args.filter ?? {};
    const from = instant('from', filter.from);
    const to = instant('to', filter.to);
    if (from && to && from >= to) throw badInput('filter.to', '"to" must be after "from"');
    const build = () => {
      const qb = ctx.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a');
      if (regionCodes !== null) qb.where('a.county_code = ANY(:regionCodes)', { regionCodes });
      if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
      if (filter.username) qb.andWhere('a.username = :username', { username: filter.username });
      if (from) qb.andWhere('a.at >= :from', { from });
      if (to) qb.andWhere('a.at < :to', { to });
      return qb;
    };
    const size = args.first ?? DEFAULT_PAGE_SIZE;
    const qb = build();
    if (args.after !== undefined && args.after !== null) {
      const after = Number(decodeCursor(args.after));
      if (!Number.isSafeInteger(after)) throw badInput('after', '"after" is not a cursor of this list');
      qb.andWhere('a.id < :after', { after });
    }
    const rows = await qb.orderBy('a.id', 'DESC').limit(size + 1).getMany();
    const nodes = rows.slice(0, size);
    return toConnection(new AuditLogConnection(), {
      nodes: nodes.map(toEntry),
      keys: nodes.map((r) => r.id),
      hasNextPage: rows.length > size,
      hasPreviousPage: args.after != null,
      totalCount: () => build().getCount(),
    });
  }
}
