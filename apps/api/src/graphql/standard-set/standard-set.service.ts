import { AuditLogEntity, bumpDataVersions, countyCodesOfRegion, lockCountiesForWrite, RegionEntity, StandardSetEntity } from '@junheng/db';
import type { EntityManager } from 'typeorm';
import { requireViewer } from '../../auth/require-viewer';
import type { RequestContext } from '../../context';
import { badInput, conflict, forbidden, notFound } from '../../errors/app-error';
import { parseOverrides } from '../../standards/parse-overrides';
import { StandardSetTable } from '../../standards/standard-set-table';
import type { SaveStandardSetInput } from './save-standard-set.input';
import type { StandardSet } from './standard-set.type';
import { toStandardSet } from './to-standard-set';

const EDITABLE_KINDS = new Set(['CITY', 'COUNTY']);

/** Regional standard sets: read by everyone in the region, saved and reset by its administrators. */
export class StandardSetService {
  national(ctx: RequestContext): StandardSet {
    return toStandardSet(ctx.standardSet);
  }

  /** The set a region is judged by; the viewer's own region when none is named. */
  async ofRegion(ctx: RequestContext, regionCode: string | null | undefined): Promise<StandardSet> {
    const viewer = requireViewer(ctx);
    const code = regionCode ?? viewer.regionCode;
    if (code === null) return this.national(ctx);
    const table = await ctx.standardSets();
    this.assertInRegion(table, viewer.regionCode, code, 'regionCode');
    return this.view(table, code);
  }

  async save(ctx: RequestContext, input: SaveStandardSetInput): Promise<StandardSet> {
    const viewer = requireViewer(ctx);
    const name = input.name.trim();
    if (name === '') throw badInput('name', 'The standard set needs a name (标准名称不能为空)');
    const overrides = parseOverrides(input.overrides) ?? {};
    return ctx.dataSource.transaction(async (m) => {
      const counties = await this.lockEditable(ctx, m, input.regionCode);
      const repo = m.getRepository(StandardSetEntity);
      const current = await repo.findOne({ where: { regionCode: input.regionCode } });
      const currentVersion = current?.version ?? 0;
      if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== currentVersion) {
        throw conflict(`The standard set of ${input.regionCode} was changed by ${current?.updatedBy ?? 'someone else'} (version ${currentVersion}, you edited ${input.expectedVersion}); reload it and edit again`);
      }
      const version = currentVersion + 1;
      await repo.save({ regionCode: input.regionCode, name, overrides, version, updatedBy: viewer.username });
      await this.recordChange(m, viewer.username, 'SAVE_STANDARD_SET', input.regionCode, counties, { name, version, overrides });
      return this.view(await StandardSetTable.load(m, ctx.standardSet), input.regionCode);
    });
  }

  /** Removes a region's own set: it follows its city's set, or the national defaults, again. */
  async reset(ctx: RequestContext, regionCode: string): Promise<StandardSet> {
    const viewer = requireViewer(ctx);
    return ctx.dataSource.transaction(async (m) => {
      const counties = await this.lockEditable(ctx, m, regionCode);
      const deleted = await m.getRepository(StandardSetEntity).delete({ regionCode });
      if (deleted.affected) await this.recordChange(m, viewer.username, 'RESET_STANDARD_SET', regionCode, counties, {});
      return this.view(await StandardSetTable.load(m, ctx.standardSet), regionCode);
    });
  }

  private view(table: StandardSetTable, code: string): StandardSet {
    const regional = table.regional(code);
    const stored = regional.stored;
    return toStandardSet(regional.set, stored && {
      ownerRegionCode: stored.regionCode, overrides: stored.overrides, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy,
    });
  }

  private assertInRegion(table: StandardSetTable, viewerRegion: string | null, code: string, field: string): void {
    if (!table.has(code)) throw notFound(`Region ${code}`);
    if (viewerRegion !== null && !table.isWithin(code, viewerRegion)) throw forbidden(`Region ${code} is outside your region (${field})`);
  }

  /** Checks the region may carry a set and is the admin's, then serialises with imports and applies there. */
  private async lockEditable(ctx: RequestContext, m: EntityManager, regionCode: string): Promise<string[]> {
    const viewer = requireViewer(ctx);
    const region = await m.getRepository(RegionEntity).findOne({ where: { code: regionCode } });
    if (!region) throw badInput('regionCode', `Unknown region ${regionCode} (没有这个地区)`);
    if (!EDITABLE_KINDS.has(region.kind)) throw badInput('regionCode', `Standard sets are kept for cities and counties, not for a ${region.kind} (标准只能按市或县设置)`);
    this.assertInRegion(await StandardSetTable.load(m, ctx.standardSet), viewer.regionCode, regionCode, 'regionCode');
    const counties = await countyCodesOfRegion(m, regionCode);
    await lockCountiesForWrite(m, counties);
    return counties;
  }

  /** Audited, and every county concerned gets a new data version: cached answers and plans see the change. */
  private async recordChange(m: EntityManager, username: string, action: string, regionCode: string, counties: string[], details: Record<string, unknown>): Promise<void> {
    await bumpDataVersions(m, counties);
    await m.getRepository(AuditLogEntity).insert({ username, action, countyCode: regionCode, target: `standard-set:${regionCode}`, details: { ...details, counties } });
  }
}
