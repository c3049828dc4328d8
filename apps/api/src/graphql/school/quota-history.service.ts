import { ScenarioEntity } from '@junheng/db';
import { In } from 'typeorm';
import { type RequestContext } from '../../context';
import { requireViewer } from '../../auth/require-viewer';
import { QuotaChange } from './quota-change.type';
import type { School } from './school.type';

/** A school's quota history (编制变动记录): applied plans' post transfers and extra quota, roster imports. */
export class QuotaHistoryService {
  async ofSchool(ctx: RequestContext, school: School, first: number): Promise<QuotaChange[]> {
    const viewer = requireViewer(ctx);
    const rows = (await ctx.loaders.quotaChangesBySchool.load(school.code)).slice(0, first);
    const scenarioIds = [...new Set(rows.flatMap((r) => (r.scenarioId ? [r.scenarioId] : [])))];
    // Scenario names change without a data version (a rename): such an answer is never cached.
    if (scenarioIds.length) ctx.noResponseCache.value = true;
    const scenarios = scenarioIds.length
      ? await ctx.dataSource.getRepository(ScenarioEntity).find({ where: { id: In(scenarioIds) }, select: { id: true, name: true } })
      : [];
    const names = new Map(scenarios.map((s) => [s.id, s.name]));
    const others = await Promise.all(rows.map((r) => (r.otherSchoolCode ? ctx.loaders.schoolByCode.load(r.otherSchoolCode) : null)));
    return rows.map((r, i) => Object.assign(new QuotaChange(), {
      at: r.at.toISOString(),
      postsBefore: r.postsBefore,
      postsAfter: r.postsAfter,
      change: r.change,
      source: r.source,
      scenarioId: r.scenarioId,
      scenarioName: r.scenarioId ? (names.get(r.scenarioId) ?? null) : null,
      otherSchoolCode: r.otherSchoolCode,
      otherSchoolName: others[i]?.name ?? null,
      username: viewer.role === 'VIEWER' ? null : r.username,
      reason: r.reason,
    }));
  }
}
