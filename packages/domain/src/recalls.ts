import type { IndicatorCode } from './indicators';
import type { RecallScope, ScenarioParameters } from './scenario';
import type { Teacher } from './types';

export class RecallScopeError extends Error {
  readonly code = 'BAD_RECALL_SCOPE';
}

/**
 * The scenario's recall scope (absent: every teacher on loan may be recalled). A scope that is not ALL,
 * NONE or LISTED with a list of staff numbers throws `RecallScopeError` (code BAD_RECALL_SCOPE).
 */
export function recallScopeOf(scenario: Pick<ScenarioParameters, 'recalls'>): RecallScope {
  const scope: unknown = scenario.recalls ?? { kind: 'ALL' };
  const kind = typeof scope === 'object' && scope !== null ? (scope as { kind?: unknown }).kind : undefined;
  if (kind === 'ALL' || kind === 'NONE') return scope as RecallScope;
  if (kind === 'LISTED') {
    const staffNos = (scope as { staffNos?: unknown }).staffNos;
    if (Array.isArray(staffNos) && staffNos.every((s) => typeof s === 'string')) return scope as RecallScope;
    throw new RecallScopeError('方案的借调返校范围（recalls）为 LISTED 时须给出教师编号列表（staffNos）');
  }
  throw new RecallScopeError(`方案的借调返校范围（recalls.kind）应为 ALL、NONE 或 LISTED，收到 ${JSON.stringify(kind ?? scope)}`);
}

/** Whether the scope lets a plan recall this staff number. */
export function isRecallInScope(scope: RecallScope, staffNo: string): boolean {
  return scope.kind === 'ALL' || (scope.kind === 'LISTED' && scope.staffNos.includes(staffNo));
}

/**
 * Teachers a plan may recall from loan (借调返校): status ON_LOAN, within the scenario's scope, and not
 * locked or excluded by it (a locked teacher stays where they are, on loan included).
 */
export function recallableTeachers<T extends Teacher>(
  teachers: readonly T[],
  scenario: Pick<ScenarioParameters, 'recalls' | 'lockedStaffNos' | 'excludedStaffNos'>,
): T[] {
  const scope = recallScopeOf(scenario);
  if (scope.kind === 'NONE') return [];
  const kept = new Set([...scenario.lockedStaffNos, ...scenario.excludedStaffNos]);
  return teachers.filter((t) => t.status === 'ON_LOAN' && !kept.has(t.staffNo) && isRecallInScope(scope, t.staffNo));
}

/** A recalled teacher: back at their school, counted again (status ACTIVE). */
export function recalledTeacher<T extends Teacher>(teacher: T): T {
  return { ...teacher, status: 'ACTIVE' };
}

const SERVED_ZH: Partial<Record<IndicatorCode, string>> = {
  Q1: '补足高于规定学历教师',
  Q2: '补足骨干教师',
  Q3: '补足体育艺术教师',
  R: '改善生师比',
  C: '满足新增班级课时',
};

/**
 * The 返校原因 on the recall list: the teacher returns from loan to serve an indicator of their school
 * (e.g. "借调返校，补足体育艺术教师（Q3）：东源村小学").
 */
export function recallReason(indicator: IndicatorCode | null | undefined, schoolName: string): string {
  const served = indicator ? SERVED_ZH[indicator] : undefined;
  if (indicator && served) return `借调返校，${served}（${indicator}）：${schoolName}`;
  if (indicator) return `借调返校，${indicator}：${schoolName}`;
  return `借调返校：${schoolName}`;
}
