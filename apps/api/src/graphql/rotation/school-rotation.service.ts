import { canListTeachers } from '../../auth/role';
import { requireViewer } from '../../auth/require-viewer';
import { type RequestContext } from '../../context';
import { badInput, forbidden, notFound } from '../../errors/app-error';
import { decodeStoredPlan } from '@junheng/db';
import { toConnection } from '../relay/connection';
import { sliceSorted } from '../relay/page-slice';
import type { School } from '../school/school.type';
import { SchoolRotationConnection } from './school-rotation-connection.type';
import type { SchoolRotation } from './school-rotation.type';
import type { SchoolPlannedRotationsArgs, SchoolRotationsArgs } from './school-rotations.args';
import { loanToSchoolRotation, planToSchoolRotation } from './to-school-rotation';

// IN before OUT, then by staff number: a stable key for the cursor.
const keyOf = (r: SchoolRotation) => `${r.direction}:${r.staffNo}`;

/**
 * The rotations (交流轮岗) that concern a school: those in effect (teachers on loan into it or out of it)
 * and those a scenario's plan proposes. They name teachers, so never for VIEWER; the school itself was
 * found in the viewer's region.
 */
export class SchoolRotationService {
  private assertMaySee(ctx: RequestContext): void {
    if (!canListTeachers(requireViewer(ctx).role)) throw forbidden('Rotations list teachers: not available to VIEWER');
  }

  private page(rows: SchoolRotation[], args: SchoolRotationsArgs): SchoolRotationConnection {
    const wanted = args.direction ? rows.filter((r) => r.direction === args.direction) : rows;
    const sorted = wanted.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    return toConnection(new SchoolRotationConnection(), sliceSorted(sorted, keyOf, args.first, args.after));
  }

  /** Teachers on loan into the school and out of it, as the roster records them now. */
  async inEffect(ctx: RequestContext, school: School, args: SchoolRotationsArgs): Promise<SchoolRotationConnection> {
    this.assertMaySee(ctx);
    const loans = await ctx.loaders.loansBySchool.load(school.code);
    for (const loan of loans) ctx.loaders.teacherByStaffNo.prime(`${loan.teacher.countyCode}:${loan.teacher.staffNo}`, loan.teacher);
    return this.page(loans.map(loanToSchoolRotation), args);
  }

  /**
   * The rotations a scenario's plan proposes into or out of the school. A scenario outside the region is
   * NOT_FOUND; one without a plan BAD_USER_INPUT. Plans change without a data version, so the answer is
   * never kept by the response cache.
   */
  async planned(ctx: RequestContext, school: School, args: SchoolPlannedRotationsArgs): Promise<SchoolRotationConnection> {
    this.assertMaySee(ctx);
    ctx.noResponseCache.value = true;
    const [scope, found] = await Promise.all([ctx.scope(), ctx.loaders.scenarioPlanById.load(args.scenarioId)]);
    if (!found || !scope.includes(found.scenario.countyCode)) throw notFound(`Scenario ${args.scenarioId}`);
    if (!found.plan) throw badInput('scenarioId', 'The scenario has no plan yet: run it first (方案尚未求解)');
    const { plan } = decodeStoredPlan(found.plan.body);
    const rows = plan.rotations
      .filter((r) => r.toSchool === school.code || r.fromSchool === school.code)
      .map((r) => planToSchoolRotation(r, found.scenario.countyCode, school.code));
    return this.page(rows, args);
  }
}
