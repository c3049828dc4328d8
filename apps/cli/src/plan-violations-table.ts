import { LEVEL_LABELS_ZH, PLAN_RULE_LABELS_ZH, type Level, type PlanViolation, type RegionData } from '@junheng/domain';
import { renderTable } from './text-table';

/** Rules that fail when the data changed after the plan was made (teachers moved, schools gone, costs edited). */
const DATA_CHANGED_RULES = new Set<PlanViolation['rule']>(['UNKNOWN_TEACHER', 'UNKNOWN_SCHOOL', 'WRONG_FROM_SCHOOL', 'COST_MISMATCH']);

/** A refused plan's violations as a table: the rule's Chinese name, school, level, teacher, and the checker's detail. */
export function renderViolations(violations: readonly PlanViolation[], data: Pick<RegionData, 'schools'>): string {
  const names = new Map(data.schools.map((s) => [s.code, s.name]));
  const rows = violations.map((v) => [
    PLAN_RULE_LABELS_ZH[v.rule] ?? v.rule,
    v.schoolCode ? `${names.get(v.schoolCode) ?? ''}（${v.schoolCode}）` : '—',
    v.level ? LEVEL_LABELS_ZH[v.level] : '—',
    v.staffNo ?? '—',
    v.message,
  ]);
  return renderTable(['规则', '学校', '学段', '教师工号', '详情 detail'], rows);
}

/** A hint only when the violations point to data changed since the plan was computed. */
export function violationsHint(violations: readonly PlanViolation[]): string | null {
  if (!violations.some((v) => DATA_CHANGED_RULES.has(v.rule))) return null;
  return '提示：部分问题说明数据库中的数据在生成方案后已改变（教师、学校或成本表），可用 junheng solve 按现有数据重新生成方案';
}
