import type { RequestContext } from '../../context';
import { badInput } from '../../errors/app-error';
import { requireRole, requireScenario, SCENARIO_READERS } from '../scenario/scenario-access';
import { toScenario } from '../scenario/to-scenario';
import type { ScenarioStaleness } from '../scenario/scenario-staleness';
import type { PlanService } from './plan.service';
import { RotationDifference, ScenarioComparison, ScenarioComparisonColumn } from './scenario-compare.type';

/** Scenarios side by side: cost, shortfall, compliance, CV, and the rotations that differ. */
export class ScenarioCompareService {
  constructor(
    private readonly plans: PlanService,
    private readonly staleness: ScenarioStaleness,
  ) {}

  async compare(ctx: RequestContext, ids: string[]): Promise<ScenarioComparison> {
    requireRole(ctx, SCENARIO_READERS);
    const unique = [...new Set(ids)];
    if (unique.length < 2 || unique.length > 5) throw badInput('ids', 'Compare 2 to 5 different scenarios (请选择2至5个方案)');
    const columns: ScenarioComparisonColumn[] = [];
    const placements = new Map<string, { from: string; to: Array<string | null> }>();
    for (const [index, id] of unique.entries()) {
      const [row] = await this.staleness.refresh(ctx.dataSource, [await requireScenario(ctx, id)]);
      if (!row) continue;
      const plan = await this.plans.forScenario(ctx, id, row.countyCode);
      if (!plan) throw badInput('ids', `Scenario "${row.name}" has no plan yet (方案尚未求解)`);
      columns.push(Object.assign(new ScenarioComparisonColumn(), {
        scenario: toScenario(row),
        cost: plan.cost.total,
        shortfallTeachers: plan.shortfallTeachers,
        compliantSectionsAfter: plan.compliantSectionsAfter,
        sections: plan.sections.length,
        rotations: plan.rotations.length,
        hires: plan.hires.reduce((n, h) => n + h.count, 0),
        balanceAfter: plan.balanceAfter,
      }));
      for (const r of plan.rotations) {
        const entry = placements.get(r.staffNo) ?? { from: r.fromSchoolCode, to: unique.map(() => null) };
        entry.to[index] = r.toSchoolCode;
        placements.set(r.staffNo, entry);
      }
    }
    const differentRotations = [...placements.entries()]
      .filter(([, p]) => new Set(p.to).size > 1)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([staffNo, p]) => Object.assign(new RotationDifference(), { staffNo, fromSchool: p.from, toSchools: p.to }));
    return Object.assign(new ScenarioComparison(), { columns, differentRotations });
  }
}
