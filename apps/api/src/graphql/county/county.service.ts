import type { SchoolFacilitiesEntity } from '@junheng/db';
import {
  computeIndicatorValues, countsInIndicators, onLoanTeachersBySchool, regionBalance, sixOfSevenSummary,
  type Facilities, type Level, type SectionStaffCounts,
} from '@junheng/domain';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import type { EvaluatedSection } from '../../dataloaders/section-evaluations-by-school.loader';
import { IndicatorValues } from '../section/indicator-values.type';
import { CountyCounts } from './county-counts.type';
import type { County } from './county.type';
import { IndicatorBalance } from './indicator-balance.type';
import { LevelSummary } from './level-summary.type';
import { toCounty } from './to-county';

function isPresent<T>(v: T | null | Error | undefined): v is T {
  return v !== null && v !== undefined && !(v instanceof Error);
}

/** Counties of the viewer's region and their aggregates, all computed by the domain package. */
export class CountyService {
  async list(ctx: RequestContext): Promise<County[]> {
    requireViewer(ctx);
    const scope = await ctx.scope();
    const regions = await ctx.loaders.regionByCode.loadMany(scope.countyCodes);
    return regions.filter(isPresent).map(toCounty);
  }

  /** A county of the viewer's region, or null (another region's county does not exist for them). */
  async findByCode(ctx: RequestContext, code: string): Promise<County | null> {
    requireViewer(ctx);
    const scope = await ctx.scope();
    if (!scope.includes(code)) return null;
    const region = await ctx.loaders.regionByCode.load(code);
    return region && region.kind === 'COUNTY' ? toCounty(region) : null;
  }

  private async evaluated(ctx: RequestContext, countyCode: string): Promise<{ codes: string[]; sections: EvaluatedSection[] }> {
    const codes = await ctx.loaders.schoolCodesByCounty.load(countyCode);
    const perSchool = await ctx.loaders.sectionEvaluationsBySchool.loadMany(codes);
    return { codes, sections: perSchool.filter(isPresent).flat() };
  }

  async summary(ctx: RequestContext, county: County, level: Level): Promise<LevelSummary> {
    const { sections } = await this.evaluated(ctx, county.code);
    const ofLevel = sections.filter((s) => s.evaluation.level === level);
    const schoolCodes = [...new Set(ofLevel.map((s) => s.section.schoolCode))];
    const [facilities, schoolSections] = await Promise.all([
      ctx.loaders.facilitiesBySchool.loadMany(schoolCodes),
      ctx.loaders.sectionsBySchool.loadMany(schoolCodes),
    ]);
    // The level's indicators over county totals: sum the inputs, let the domain compute the values.
    const staff: SectionStaffCounts = { teachers: 0, qualified: 0, backbone: 0, peArts: 0 };
    const totals = { students: 0, classes: 0, classes56Plus: 0 };
    for (const { section, evaluation } of ofLevel) {
      staff.teachers += evaluation.staff.teachers;
      staff.qualified += evaluation.staff.qualified;
      staff.backbone += evaluation.staff.backbone;
      staff.peArts += evaluation.staff.peArts;
      totals.students += section.students;
      totals.classes += section.classes;
      totals.classes56Plus += section.classes56Plus;
    }
    const sharedFacilities: Facilities = { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 };
    for (const f of facilities.filter(isPresent) as SchoolFacilitiesEntity[]) {
      sharedFacilities.floorAreaM2 += f.floorAreaM2;
      sharedFacilities.sportsAreaM2 += f.sportsAreaM2;
      sharedFacilities.equipmentYuan += f.equipmentYuan;
      sharedFacilities.multimediaRooms += f.multimediaRooms;
    }
    const schoolStudents = schoolSections.filter(isPresent).flat().reduce((sum, s) => sum + s.students, 0);
    const indicators = computeIndicatorValues({ section: totals, staff, facilities: sharedFacilities, schoolStudents });
    const six = sixOfSevenSummary(ofLevel.map((s) => s.evaluation));
    const standardSet = (await ctx.standardSets()).of(county.code);
    const balance = regionBalance(ofLevel.map((s) => s.evaluation), standardSet).filter((b) => b.level === level);
    return Object.assign(new LevelSummary(), {
      level,
      students: totals.students,
      teachers: staff.teachers,
      schools: ofLevel.length,
      compliantSchools: ofLevel.filter((s) => s.evaluation.compliant).length,
      indicators: Object.assign(new IndicatorValues(), indicators),
      balance: balance.map((b) => Object.assign(new IndicatorBalance(), b)),
      sixOfSevenJudged: six.judged,
      sixOfSevenMeeting: six.meeting,
      sixOfSevenShare: six.share,
    });
  }

  async counts(ctx: RequestContext, county: County): Promise<CountyCounts> {
    const { codes, sections } = await this.evaluated(ctx, county.code);
    const staff = (await ctx.loaders.staffBySchool.loadMany(codes)).filter(isPresent).flat();
    const onLoan = [...onLoanTeachersBySchool(staff).values()].reduce((a, b) => a + b, 0);
    return Object.assign(new CountyCounts(), {
      schools: codes.length,
      students: sections.reduce((sum, s) => sum + s.section.students, 0),
      teachers: staff.filter((t) => countsInIndicators(t.status)).length,
      onLoanTeachers: onLoan,
      sections: sections.length,
      compliantSections: sections.filter((s) => s.evaluation.compliant).length,
    });
  }
}
