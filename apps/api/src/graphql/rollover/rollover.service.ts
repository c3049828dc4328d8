import { runRollover, type RolloverOutcome } from '@junheng/db';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { badInput } from '../../errors/app-error';
import { PLAN_APPLIERS, requireCountyInScope, requireRole } from '../scenario/scenario-access';
import { Rollover, RolloverReturn } from './rollover.type';

function toRollover(o: RolloverOutcome): Rollover {
  return Object.assign(new Rollover(), {
    countyCode: o.countyCode, year: o.year, date: o.date, termsCleared: o.termsCleared, applied: o.applied,
    returns: o.returns.map((r) => Object.assign(new RolloverReturn(), {
      staffNo: r.staffNo, name: r.name, subject: r.subject, level: r.level, rotationEnd: r.rotationEnd,
      fromSchoolCode: r.fromSchool, fromSchoolName: r.fromSchoolName, toSchoolCode: r.toSchool, toSchoolName: r.toSchoolName,
    })),
  });
}

/** The year rollover (学年轮转): HR and ADMIN preview it, then run it (one transaction, audited, data version bumped). */
export class RolloverService {
  async preview(ctx: RequestContext, countyCode: string, year: number): Promise<Rollover> {
    return this.run(ctx, countyCode, year, false);
  }

  async apply(ctx: RequestContext, countyCode: string, year: number): Promise<Rollover> {
    return this.run(ctx, countyCode, year, true);
  }

  private async run(ctx: RequestContext, countyCode: string, year: number, apply: boolean): Promise<Rollover> {
    requireRole(ctx, PLAN_APPLIERS);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', `Year ${year} is not a school year between 2000 and 2100 (学年应在2000至2100之间)`);
    await requireCountyInScope(ctx, countyCode);
    return toRollover(await runRollover(ctx.dataSource, countyCode, year, { apply, username: requireViewer(ctx).username }));
  }
}
