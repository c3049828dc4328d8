import { AuditLogEntity, noticeSettingsOf, RegionEntity, RegionHolidayEntity } from '@junheng/db';
import { requireViewer } from '../../auth/require-viewer';
import { type RequestContext } from '../../context';
import { badInput, notFound } from '../../errors/app-error';
import { requireRole, SCENARIO_READERS } from '../scenario/scenario-access';
import { NoticeSettings, RegionHoliday } from './notice-settings.type';
import type { RegionHolidayInput } from './scenario-lifecycle.input';

const MAX_WINDOW_DAYS = 60;

/** The notice window and holidays of a region: everyone reads them, ADMIN of the region edits them. */
export class NoticeSettingsService {
  /** The viewer's own region, or a county in their scope; anything else answers as if it did not exist. */
  private async requireRegion(ctx: RequestContext, regionCode: string): Promise<RegionEntity> {
    const viewer = requireViewer(ctx);
    const inScope = viewer.regionCode === null || viewer.regionCode === regionCode || (await ctx.scope()).includes(regionCode);
    const region = inScope ? await ctx.dataSource.getRepository(RegionEntity).findOneBy({ code: regionCode }) : null;
    if (!region) throw notFound(`Region ${regionCode}`);
    return region;
  }

  async get(ctx: RequestContext, regionCode: string): Promise<NoticeSettings> {
    requireRole(ctx, SCENARIO_READERS);
    const region = await this.requireRegion(ctx, regionCode);
    const settings = await noticeSettingsOf(ctx.dataSource, regionCode);
    const rows = await ctx.dataSource.query<Array<{ region_code: string; date: string; name: string }>>(
      `SELECT region_code, to_char(date, 'YYYY-MM-DD') AS date, name FROM region_holiday WHERE to_char(date, 'YYYY-MM-DD') = ANY($1::text[]) ORDER BY date, region_code`,
      [[...settings.holidays]],
    );
    return Object.assign(new NoticeSettings(), {
      regionCode,
      workingDays: settings.workingDays,
      ownWorkingDays: region.noticeWindowDays,
      holidays: rows.map((h) => Object.assign(new RegionHoliday(), { regionCode: h.region_code, date: h.date, name: h.name })),
    });
  }

  async setWindowDays(ctx: RequestContext, regionCode: string, days: number | null): Promise<NoticeSettings> {
    requireRole(ctx, ['ADMIN']);
    await this.requireRegion(ctx, regionCode);
    if (days !== null && (!Number.isInteger(days) || days < 0 || days > MAX_WINDOW_DAYS)) {
      throw badInput('days', `The notice window must be 0 to ${MAX_WINDOW_DAYS} working days, or null to inherit (公示期应为 0 到 ${MAX_WINDOW_DAYS} 个工作日)`);
    }
    await ctx.dataSource.transaction(async (manager) => {
      await manager.update(RegionEntity, { code: regionCode }, { noticeWindowDays: days });
      await manager.insert(AuditLogEntity, { username: requireViewer(ctx).username, action: 'SET_NOTICE_WINDOW', countyCode: null, target: regionCode, details: { days } as never });
    });
    return this.get(ctx, regionCode);
  }

  async addHoliday(ctx: RequestContext, regionCode: string, input: RegionHolidayInput): Promise<NoticeSettings> {
    requireRole(ctx, ['ADMIN']);
    await this.requireRegion(ctx, regionCode);
    await ctx.dataSource.transaction(async (manager) => {
      await manager.upsert(RegionHolidayEntity, { regionCode, date: input.date, name: input.name.trim() }, ['regionCode', 'date']);
      await manager.insert(AuditLogEntity, { username: requireViewer(ctx).username, action: 'ADD_HOLIDAY', countyCode: null, target: regionCode, details: { ...input } });
    });
    return this.get(ctx, regionCode);
  }

  async removeHoliday(ctx: RequestContext, regionCode: string, date: string): Promise<NoticeSettings> {
    requireRole(ctx, ['ADMIN']);
    await this.requireRegion(ctx, regionCode);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw badInput('date', 'date must be YYYY-MM-DD (日期格式应为 YYYY-MM-DD)');
    await ctx.dataSource.transaction(async (manager) => {
      const result = await manager.delete(RegionHolidayEntity, { regionCode, date });
      if (!result.affected) throw notFound(`Holiday ${date} of region ${regionCode}`);
      await manager.insert(AuditLogEntity, { username: requireViewer(ctx).username, action: 'REMOVE_HOLIDAY', countyCode: null, target: regionCode, details: { date } });
    });
    return this.get(ctx, regionCode);
  }
}
