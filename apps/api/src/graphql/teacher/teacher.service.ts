import { TeacherEntity } from '@junheng/db';
import { BACKBONE_LEVELS, isBackbone, isEligibleForRotation, referenceDate } from '@junheng/domain';
import { canListTeachers } from '../../auth/role';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { forbidden, notFound } from '../../errors/app-error';
import { applyTeacherFilter, type TeacherSqlFilter } from '../../dataloaders/teachers-by-school.loader';
import { toConnection, type Page } from '../relay/connection';
import { decodeCursor } from '../relay/cursor';
import { DEFAULT_PAGE_SIZE } from '../relay/page.args';
import { sliceSorted } from '../relay/page-slice';
import type { School } from '../school/school.type';
import { TeacherConnection } from './teacher-connection.type';
import type { TeacherFilter } from './teacher-filter.input';
import type { Teacher } from './teacher.type';
import { toTeacher } from './to-teacher';

export interface TeacherListInput {
  schoolCode?: string;
  countyCode?: string;
  filter?: TeacherFilter;
  first?: number;
  after?: string;
}

function sqlFilter(filter: TeacherFilter | undefined): TeacherSqlFilter {
  const f: TeacherSqlFilter = {};
  if (!filter) return f;
  if (filter.subject) f.subject = filter.subject;
  if (filter.education) f.education = filter.education;
  if (filter.level) f.level = filter.level;
  if (filter.status) f.status = filter.status;
  // Which levels count as backbone is the domain's rule; SQL only matches the levels it names.
  if (filter.backbone !== undefined && filter.backbone !== null) f.backboneLevels = BACKBONE_LEVELS.filter((l) => isBackbone(l) === filter.backbone);
  return f;
}

/** Teacher lists and lookups: never for VIEWER, only in the viewer's region, masked by role. */
export class TeacherService {
  private assertMayList(ctx: RequestContext): void {
    if (!canListTeachers(requireViewer(ctx).role)) throw forbidden('Teacher lists are not available to VIEWER');
  }

  /** Eligibility by the rotation rules of each teacher's county. */
  private async eligibleFilter(ctx: RequestContext, filter: TeacherFilter | undefined): Promise<((t: TeacherEntity) => boolean) | null> {
    if (filter?.eligibleForRotation === undefined || filter.eligibleForRotation === null) return null;
    const date = referenceDate(ctx.planYear);
    const wanted = filter.eligibleForRotation;
    const standards = await ctx.standardSets();
    return (t) => isEligibleForRotation(t, date, standards.of(t.countyCode).rotation) === wanted;
  }

  private async view(ctx: RequestContext, page: Page<TeacherEntity>): Promise<TeacherConnection> {
    const role = requireViewer(ctx).role;
    const standards = await ctx.standardSets();
    return toConnection(new TeacherConnection(), { ...page, nodes: page.nodes.map((t) => toTeacher(t, role, ctx.planYear, standards.of(t.countyCode))) });
  }

  async list(ctx: RequestContext, input: TeacherListInput): Promise<TeacherConnection> {
    this.assertMayList(ctx);
    const scope = await ctx.scope();
    let counties = scope.countyCodes;
    if (input.countyCode !== undefined && input.countyCode !== null) {
      if (!scope.includes(input.countyCode)) throw notFound(`County ${input.countyCode}`);
      counties = [input.countyCode];
    }
    if (input.schoolCode !== undefined && input.schoolCode !== null) {
      const school = await ctx.loaders.schoolByCode.load(input.schoolCode);
      if (!school || !counties.includes(school.countyCode)) throw notFound(`School ${input.schoolCode}`);
    }
    const filter = sqlFilter(input.filter);
    const build = () => {
      const qb = ctx.dataSource.getRepository(TeacherEntity).createQueryBuilder('t').where('t.county_code = ANY(:counties)', { counties });
      if (input.schoolCode) qb.andWhere('t.school_code = :school', { school: input.schoolCode });
      return applyTeacherFilter(qb, filter);
    };
    const eligible = await this.eligibleFilter(ctx, input.filter);
    if (eligible) {
      const all = (await build().orderBy('t.id', 'ASC').getMany()).filter(eligible);
      return this.view(ctx, sliceSorted(all, (t) => t.id, input.first, input.after));
    }
    const size = input.first ?? DEFAULT_PAGE_SIZE;
    const qb = build();
    if (input.after !== undefined && input.after !== null) {
      const after = Number(decodeCursor(input.after));
      qb.andWhere('t.id > :after', { after: Number.isInteger(after) ? after : 0 });
    }
    const rows = await qb.orderBy('t.id', 'ASC').limit(size + 1).getMany();
    const nodes = rows.slice(0, size);
    return this.view(ctx, { nodes, keys: nodes.map((t) => t.id), hasNextPage: rows.length > size, hasPreviousPage: input.after != null, totalCount: () => build().getCount() });
  }

  /** `School.teachers`: batched over the schools of a page through a DataLoader, paged in memory. */
  async ofSchool(ctx: RequestContext, school: School, input: Omit<TeacherListInput, 'schoolCode' | 'countyCode'>): Promise<TeacherConnection> {
    this.assertMayList(ctx);
    const rows = await ctx.loaders.teachersBySchool.load({ schoolCode: school.code, filter: sqlFilter(input.filter) });
    const eligible = await this.eligibleFilter(ctx, input.filter);
    return this.view(ctx, sliceSorted(eligible ? rows.filter(eligible) : rows, (t) => t.id, input.first, input.after));
  }

  /** A teacher of the viewer's region, or null; FORBIDDEN for VIEWER before anything is looked up. */
  async findById(ctx: RequestContext, id: number): Promise<Teacher | null> {
    this.assertMayList(ctx);
    const [scope, entity] = await Promise.all([ctx.scope(), ctx.loaders.teacherById.load(id)]);
    if (!entity || !scope.includes(entity.countyCode)) return null;
    return toTeacher(entity, requireViewer(ctx).role, ctx.planYear, (await ctx.standardSets()).of(entity.countyCode));
  }
}
