import { SchoolEntity } from '@junheng/db';
import { isCountedTeacher, onLoanTeachersBySchool } from '@junheng/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { notFound } from '../../errors/app-error';
import { toConnection, type Page } from '../relay/connection';
import { decodeCursor } from '../relay/cursor';
import { DEFAULT_PAGE_SIZE } from '../relay/page.args';
import { sliceSorted } from '../relay/page-slice';
import { toSection } from '../section/to-section';
import type { Section } from '../section/section.type';
import { Facilities } from './facilities.type';
import type { SchoolFilter } from './school-filter.input';
import { SchoolConnection } from './school-connection.type';
import type { School } from './school.type';
import { toSchool } from './to-school';

export interface SchoolListInput {
  countyCode?: string;
  filter?: SchoolFilter;
  first?: number;
  after?: string;
}

/** Schools of the viewer's region: lookups, lists and what the school page shows. */
export class SchoolService {
  /** A school of the viewer's region, or null (also for another region's school: it does not exist for them). */
  async findByCode(ctx: RequestContext, code: string): Promise<School | null> {
    requireViewer(ctx);
    const [scope, entity] = await Promise.all([ctx.scope(), ctx.loaders.schoolByCode.load(code)]);
    return entity && scope.includes(entity.countyCode) ? toSchool(entity) : null;
  }

  /** The counties a list covers: one county of the region (else NOT_FOUND), or all of it. */
  async countiesInScope(ctx: RequestContext, countyCode: string | undefined): Promise<string[]> {
    requireViewer(ctx);
    const scope = await ctx.scope();
    if (countyCode === undefined || countyCode === null) return scope.countyCodes;
    if (!scope.includes(countyCode)) throw notFound(`County ${countyCode}`);
    return [countyCode];
  }

  async list(ctx: RequestContext, input: SchoolListInput): Promise<SchoolConnection> {
    const counties = await this.countiesInScope(ctx, input.countyCode);
    const page = input.filter?.failing ? await this.failingPage(ctx, counties, input) : await this.sqlPage(ctx, counties, input);
    return toConnection(new SchoolConnection(), { ...page, nodes: page.nodes.map(toSchool) });
  }

  private filtered(ctx: RequestContext, counties: string[], filter: SchoolFilter | undefined): SelectQueryBuilder<SchoolEntity> {
    const qb = ctx.dataSource.getRepository(SchoolEntity).createQueryBuilder('s').where('s.county_code = ANY(:counties)', { counties });
    if (filter?.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter?.area) qb.andWhere('s.area = :area', { area: filter.area });
    if (filter?.weak !== undefined && filter.weak !== null) qb.andWhere('s.weak = :weak', { weak: filter.weak });
    if (filter?.level) qb.andWhere('EXISTS (SELECT 1 FROM section x WHERE x.school_code = s.code AND x.level = :level)', { level: filter.level });
    const search = filter?.search?.trim();
    if (search) {
      // Plain text, not a pattern: % and _ typed by the user match themselves.
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(s.name ILIKE :pattern OR s.code ILIKE :pattern)', { pattern });
    }
    return qb;
  }

  /** Keyset page in SQL: WHERE code > after ORDER BY code LIMIT first + 1; the total only when asked for. */
  private async sqlPage(ctx: RequestContext, counties: string[], input: SchoolListInput): Promise<Page<SchoolEntity>> {
    const size = input.first ?? DEFAULT_PAGE_SIZE;
    const qb = this.filtered(ctx, counties, input.filter);
    const count = () => this.filtered(ctx, counties, input.filter).getCount();
    if (input.after !== undefined && input.after !== null) qb.andWhere('s.code > :after', { after: decodeCursor(input.after) });
    const rows = await qb.orderBy('s.code', 'ASC').limit(size + 1).getMany();
    for (const r of rows) ctx.loaders.schoolByCode.prime(r.code, r);
    const nodes = rows.slice(0, size);
    return { nodes, keys: nodes.map((n) => n.code), hasNextPage: rows.length > size, hasPreviousPage: input.after != null, totalCount: count };
  }

  /** Schools with a section failing an indicator: judged by the domain for every candidate, then paged. */
  private async failingPage(ctx: RequestContext, counties: string[], input: SchoolListInput): Promise<Page<SchoolEntity>> {
    const filter = input.filter!;
    const candidates = await this.filtered(ctx, counties, filter).orderBy('s.code', 'ASC').getMany();
    const evaluated = await ctx.loaders.sectionEvaluationsBySchool.loadMany(candidates.map((c) => c.code));
    const failing = candidates.filter((_, i) => {
      const sections = evaluated[i];
      if (!sections || sections instanceof Error) return false;
      return sections.some(
        ({ evaluation }) => (!filter.level || evaluation.level === filter.level) && evaluation.checks.some((c) => c.indicator === filter.failing && !c.passes),
      );
    });
    for (const r of failing) ctx.loaders.schoolByCode.prime(r.code, r);
    return sliceSorted(failing, (s) => s.code, input.first, input.after);
  }

  async sections(ctx: RequestContext, school: School): Promise<Section[]> {
    const evaluated = await ctx.loaders.sectionEvaluationsBySchool.load(school.code);
    return evaluated.map(toSection);
  }

  async facilities(ctx: RequestContext, school: School): Promise<Facilities | null> {
    const f = await ctx.loaders.facilitiesBySchool.load(school.code);
    return f ? Object.assign(new Facilities(), { floorAreaM2: f.floorAreaM2, sportsAreaM2: f.sportsAreaM2, equipmentYuan: f.equipmentYuan, multimediaRooms: f.multimediaRooms }) : null;
  }

  async quota(ctx: RequestContext, school: School): Promise<number> {
    return (await ctx.loaders.quotaBySchool.load(school.code))?.posts ?? 0;
  }

  /** Posts not filled by counted teachers (ACTIVE or LEAVE), as the plan checker counts them. */
  async vacancies(ctx: RequestContext, school: School): Promise<number> {
    const [quota, staff] = await Promise.all([this.quota(ctx, school), ctx.loaders.staffBySchool.load(school.code)]);
    return Math.max(0, quota - staff.filter(isCountedTeacher).length);
  }

  async students(ctx: RequestContext, school: School): Promise<number> {
    const sections = await ctx.loaders.sectionsBySchool.load(school.code);
    return sections.reduce((sum, s) => sum + s.students, 0);
  }

  async onLoanTeachers(ctx: RequestContext, school: School): Promise<number> {
    const staff = await ctx.loaders.staffBySchool.load(school.code);
    return onLoanTeachersBySchool(staff).get(school.code) ?? 0;
  }

  async compliant(ctx: RequestContext, school: School): Promise<boolean> {
    const evaluated = await ctx.loaders.sectionEvaluationsBySchool.load(school.code);
    return evaluated.every((s) => s.evaluation.compliant);
  }
}
