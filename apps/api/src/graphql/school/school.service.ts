import { SchoolEntity } from '@junheng/db';
import { onLoanTeachersBySchool, postsHeldBySchool, vacancies } from '@junheng/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { notFound } from '../../errors/app-error';
import { toConnection, type Page } from '../relay/connection';
import { DEFAULT_PAGE_SIZE } from '../relay/page.args';
import { toSection } from '../section/to-section';
import type { Section } from '../section/section.type';
import { chineseCollation } from './chinese-collation';
import { Facilities } from './facilities.type';
import { failingIndicators } from './failing-indicators';
import { decodeSchoolCursor, schoolCursorKey, type SchoolCursor, type SortValue } from './school-cursor';
import { DEFAULT_SCHOOL_ORDER, type SchoolOrder } from './school-order.input';
import { memoSchoolPage, type SortedSchool } from './school-memo-page';
import { keysetAfter, sqlSortKey, type SqlSortKey } from './school-sort-sql';
import type { SchoolFilter } from './school-filter.input';
import { SchoolConnection } from './school-connection.type';
import type { School } from './school.type';
import { toSchool, toSchoolView } from './to-school';

// School codes are digits: the same order in JavaScript as in SQL.
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SchoolListInput {
  countyCode?: string;
  filter?: SchoolFilter;
  orderBy?: SchoolOrder | null;
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

  /**
   * A page of schools in the asked order (default: code). Cursors carry the order, the sort value and
   * the code of the page's last school, so paging is exact under ties and a cursor of another order is
   * refused.
   */
  async list(ctx: RequestContext, input: SchoolListInput): Promise<SchoolConnection> {
    const counties = await this.countiesInScope(ctx, input.countyCode);
    // The sections' memo keys are read beside the page, not after it (a failure surfaces where they are used).
    ctx.loaders.memoKeyByCounty?.loadMany(counties).catch(() => undefined);
    const order: SchoolOrder = { field: input.orderBy?.field ?? DEFAULT_SCHOOL_ORDER.field, direction: input.orderBy?.direction ?? DEFAULT_SCHOOL_ORDER.direction };
    const key = sqlSortKey(order.field, order.field === 'NAME' || order.field === 'TOWNSHIP' ? await chineseCollation(ctx.dataSource) : null);
    const after = input.after === undefined || input.after === null ? null : decodeSchoolCursor(input.after, order, key?.kind ?? 'number');
    // From the memo's school rows when it is warm and the order and filter allow; else in SQL.
    const page =
      (await memoSchoolPage(ctx, counties, input, order, after)) ??
      (key ? await this.sqlPage(ctx, counties, input, order, key, after) : await this.failingCountPage(ctx, counties, input, order, after));
    for (const s of page.nodes) ctx.loaders.schoolByCode.prime(s.entity.code, s.entity);
    return toConnection(new SchoolConnection(), {
      ...page,
      nodes: page.nodes.map((s) => toSchoolView(s.entity)),
      keys: page.nodes.map((s) => schoolCursorKey(order, s.entity.code, s.value)),
    });
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

  /** The schools of `entities` with a section (of the filter's level, if any) failing the filter's indicator, in their order. */
  private async failing(ctx: RequestContext, entities: SchoolEntity[], filter: SchoolFilter): Promise<SchoolEntity[]> {
    const evaluated = await ctx.loaders.sectionEvaluationsBySchool.loadMany(entities.map((c) => c.code));
    return entities.filter((_, i) => {
      const sections = evaluated[i];
      if (!sections || sections instanceof Error) return false;
      return sections.some(
        ({ evaluation }) => (!filter.level || evaluation.level === filter.level) && evaluation.checks.some((c) => c.indicator === filter.failing && !c.passes),
      );
    });
  }

  /**
   * Keyset page in SQL: WHERE (key, code) after the cursor ORDER BY key, code LIMIT first + 1. With the
   * `failing` filter (judged by the domain) the rows after the cursor are judged in order instead of limited.
   */
  private async sqlPage(
    ctx: RequestContext, counties: string[], input: SchoolListInput, order: SchoolOrder, key: SqlSortKey, after: SchoolCursor | null,
  ): Promise<Page<SortedSchool>> {
    const size = input.first ?? DEFAULT_PAGE_SIZE;
    const judged = Boolean(input.filter?.failing);
    const qb = this.filtered(ctx, counties, input.filter).addSelect(`(${key.expression})`, 'sort_value').setParameters(key.params);
    if (after) {
      const keyset = keysetAfter(key, order.direction, after);
      qb.andWhere(keyset.where, keyset.params);
    }
    qb.orderBy('sort_value', order.direction).addOrderBy('s.code', 'ASC');
    if (!judged) qb.limit(size + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ s_code: string; sort_value: SortValue }>();
    const values = new Map(raw.map((r) => [r.s_code, r.sort_value]));
    const rows = judged ? (await this.failing(ctx, entities, input.filter!)).slice(0, size + 1) : entities;
    const nodes = rows.slice(0, size).map((entity) => ({ entity, value: values.get(entity.code)! }));
    const totalCount = judged
      ? async () => (await this.failing(ctx, await this.filtered(ctx, counties, input.filter).getMany(), input.filter!)).length
      : () => this.filtered(ctx, counties, input.filter).getCount();
    return { nodes, keys: [], hasNextPage: rows.length > size, hasPreviousPage: after !== null, totalCount };
  }

  /** Ordered by the number of failing indicators: every candidate judged by the domain, sorted and paged in memory. */
  private async failingCountPage(
    ctx: RequestContext, counties: string[], input: SchoolListInput, order: SchoolOrder, after: SchoolCursor | null,
  ): Promise<Page<SortedSchool>> {
    const size = input.first ?? DEFAULT_PAGE_SIZE;
    let candidates = await this.filtered(ctx, counties, input.filter).orderBy('s.code', 'ASC').getMany();
    if (input.filter?.failing) candidates = await this.failing(ctx, candidates, input.filter);
    const evaluated = await ctx.loaders.sectionEvaluationsBySchool.loadMany(candidates.map((c) => c.code));
    const sign = order.direction === 'ASC' ? 1 : -1;
    const sorted = candidates
      .map((entity, i) => {
        const sections = evaluated[i];
        const value = !sections || sections instanceof Error ? 0 : failingIndicators(sections.map((s) => s.evaluation)).size;
        return { entity, value };
      })
      .sort((a, b) => sign * (a.value - b.value) || compareCodes(a.entity.code, b.entity.code));
    let start = 0;
    if (after) {
      const isAfter = (s: SortedSchool) => sign * ((s.value as number) - (after.value as number)) > 0 || (s.value === after.value && compareCodes(s.entity.code, after.code) > 0);
      start = sorted.findIndex(isAfter);
      if (start < 0) start = sorted.length;
    }
    const nodes = sorted.slice(start, start + size);
    return { nodes, keys: [], hasNextPage: start + size < sorted.length, hasPreviousPage: start > 0, totalCount: async () => sorted.length };
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

  /**
   * Posts not held by counted teachers (ACTIVE or LEAVE), as the plan checker and the solver count them:
   * a teacher out on rotation keeps their post here, a visitor holds none; posts earmarked for an
   * applied plan's hires are not open until a roster shows the hired teachers.
   */
  async vacancies(ctx: RequestContext, school: School): Promise<number> {
    const [quota, holders] = await Promise.all([ctx.loaders.quotaBySchool.load(school.code), ctx.loaders.postHoldersBySchool.load(school.code)]);
    return vacancies({ code: school.code, quota: quota?.posts ?? 0, earmarkedPosts: quota?.earmarked ?? 0 }, postsHeldBySchool(holders));
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
