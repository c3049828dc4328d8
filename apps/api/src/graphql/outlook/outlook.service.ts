import { loadRegionData } from '@junheng/db';
import { compareShortFirst, OUTLOOK_MAX_YEARS, regionOutlook, type Level, type RegionOutlook, type SchoolOutlook as DomainSchoolOutlook } from '@junheng/domain';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { badInput } from '../../errors/app-error';
import type { County } from '../county/county.type';
import type { School } from '../school/school.type';
import { toRetirementSchedule } from '../standard-set/retirement-schedule.type';
import { CountyOutlook, OutlookBasis, OutlookClassRule, OutlookTotals } from './county-outlook.type';
import { SchoolOutlookYear, SectionOutlookYear, StaffingNeed } from './outlook-year.type';
import { SchoolOutlook, SectionOutlookBasis } from './school-outlook.type';

export function toSchoolOutlook(s: DomainSchoolOutlook): SchoolOutlook {
  return Object.assign(new SchoolOutlook(), {
    ...s,
    basis: s.basis.map((b) => Object.assign(new SectionOutlookBasis(), b)),
    years: s.years.map((y) => Object.assign(new SchoolOutlookYear(), {
      ...y,
      sections: y.sections.map((x) => Object.assign(new SectionOutlookYear(), { ...x, needs: x.needs.map((n) => Object.assign(new StaffingNeed(), n)) })),
    })),
  });
}

function toCountyOutlook(o: RegionOutlook, level: Level | null): CountyOutlook {
  const b = o.basis;
  return Object.assign(new CountyOutlook(), {
    level, baseYear: o.baseYear, years: o.years, coarse: o.coarse,
    basis: Object.assign(new OutlookBasis(), {
      baseYear: b.baseYear, referenceDates: b.referenceDates, transferRate: b.transferRate,
      retirementAgeMen: b.retirement.M.baseAge, retirementAgeWomen: b.retirement.F.baseAge,
      retirementMen: toRetirementSchedule(b.retirement.M), retirementWomen: toRetirementSchedule(b.retirement.F), retirementRule: b.retirementRule,
      classRules: b.classRules.map((r) => Object.assign(new OutlookClassRule(), r)),
      sectionsWithGrades: b.sectionsWithGrades, coarseSections: b.coarseSections,
      intakeGiven: b.intakeSources.GIVEN, intakeFromTownship: b.intakeSources.TOWNSHIP, intakeFromFirstGrade: b.intakeSources.FIRST_GRADE, intakeCoarse: b.intakeSources.COARSE,
    }),
    totals: o.totals.map((t) => Object.assign(new OutlookTotals(), t)),
    schoolCount: o.schools.length,
    allSchools: [...o.schools].sort(compareShortFirst).map(toSchoolOutlook),
  });
}

/**
 * 五年展望 (五三一): the domain's outlook of a county or a school from the county's data, from the
 * current school year (the plan year's previous one). Aggregates only: viewers may read it.
 */
export class OutlookService {
  /** Each county's data once per request (several School.outlook fields of one query share it). */
  private readonly loaded = new WeakMap<RequestContext, Map<string, ReturnType<typeof loadRegionData>>>();

  private data(ctx: RequestContext, countyCode: string): ReturnType<typeof loadRegionData> {
    let perRequest = this.loaded.get(ctx);
    if (!perRequest) this.loaded.set(ctx, (perRequest = new Map()));
    let data = perRequest.get(countyCode);
    if (!data) perRequest.set(countyCode, (data = loadRegionData(ctx.dataSource, [countyCode])));
    return data;
  }

  private years(years: number): number {
    if (!Number.isInteger(years) || years < 1 || years > OUTLOOK_MAX_YEARS) {
      throw badInput('years', `years must be a whole number from 1 to ${OUTLOOK_MAX_YEARS} (展望年数须为 1 到 ${OUTLOOK_MAX_YEARS})`);
    }
    return years;
  }

  private async compute(ctx: RequestContext, countyCode: string, years: number, level: Level | null, schoolCodes: string[] | null): Promise<RegionOutlook> {
    const data = await this.data(ctx, countyCode);
    const standardSet = (await ctx.standardSets()).of(countyCode);
    return regionOutlook(data, standardSet, { baseYear: ctx.planYear - 1, years, level, schoolCodes });
  }

  async county(ctx: RequestContext, county: County, level: Level | null, years: number): Promise<CountyOutlook> {
    requireViewer(ctx);
    const n = this.years(years);
    return toCountyOutlook(await this.compute(ctx, county.code, n, level, null), level);
  }

  async school(ctx: RequestContext, school: School, years: number): Promise<SchoolOutlook | null> {
    requireViewer(ctx);
    const n = this.years(years);
    const outlook = await this.compute(ctx, school.countyCode, n, null, [school.code]);
    const only = outlook.schools[0];
    return only ? toSchoolOutlook(only) : null;
  }
}
