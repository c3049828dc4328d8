import { scenarioParametersOf, type ScenarioEntity } from '@junheng/db';
import { upgradeStandardOverrides, type StandardOverrides } from '@junheng/domain';
import { RecallScope } from './recall-scope.type';
import { toDatedTargetType } from './dated-target.type';
import { Scenario } from './scenario.type';
import { ScenarioProgress } from './scenario-progress.type';

export function toScenario(e: ScenarioEntity): Scenario {
  const p = scenarioParametersOf(e);
  const progress = e.progress as Partial<ScenarioProgress> | null;
  return Object.assign(new Scenario(), {
    id: e.id,
    name: e.name,
    countyCode: e.countyCode,
    year: e.year,
    status: e.status,
    progress: progress
      ? Object.assign(new ScenarioProgress(), {
          stage: progress.stage ?? 'QUEUED',
          fraction: progress.fraction ?? 0,
          incumbent: progress.incumbent ?? null,
          attempt: progress.attempt ?? null,
          updatedAt: progress.updatedAt ?? null,
        })
      : null,
    error: e.error,
    budgetCap: p.budgetCap,
    years: p.years ?? 1,
    yearBudgetCaps: p.yearBudgetCaps ?? null,
    targets: (p.targets ?? []).map(toDatedTargetType),
    mode: p.mode,
    target: p.target,
    backend: p.backend,
    timeLimitSeconds: p.timeLimitSeconds,
    mipGap: p.mipGap,
    distanceLimitKm: p.distanceLimitKm,
    directions: p.directions.kind === 'ANY' ? 'ANY' : 'DEFAULT',
    extraQuotaPerSchool: p.extraQuotaPerSchool,
    lockedStaffNos: p.lockedStaffNos,
    excludedStaffNos: p.excludedStaffNos,
    exemptStaffNos: p.exemptStaffNos,
    overrides: p.overrides ? JSON.stringify(shownOverrides(p.overrides)) : null,
    allowBudgetOverrun: p.allowBudgetOverrun ?? false,
    createdBy: e.createdBy,
    allowHiresBelowMinimum: p.allowHiresBelowMinimum ?? false,
    levels: p.levels ?? null,
    budgetCategories: p.budgetCategories ?? null,
    allowPostTransfers: p.allowPostTransfers ?? true,
    recalls: Object.assign(new RecallScope(), { kind: p.recalls?.kind ?? 'ALL', staffNos: p.recalls?.kind === 'LISTED' ? p.recalls.staffNos : [] }),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    noticeToken: e.noticeToken,
    publishedAt: e.publishedAt,
    noticeEndsAt: e.noticeEndsAt,
    noticeWorkingDays: e.noticeWorkingDays,
  });
}

/** A scenario saved before the gradual retirement rise shows its flat ages in today's shape, as the editor names them. */
function shownOverrides(overrides: StandardOverrides): StandardOverrides {
  try {
    return upgradeStandardOverrides(overrides);
  } catch {
    return overrides; // never refuse to list a scenario for its overrides; solving it reports the problem
  }
}
