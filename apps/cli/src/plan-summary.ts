import { LEVEL_LABELS_ZH, INDICATOR_LABELS_ZH, type IndicatorCode, type Plan } from '@junheng/domain';

const yuan = (n: number) => `${Math.round(n).toLocaleString('en')} 元`;
const indicatorLabel = (code: string) => INDICATOR_LABELS_ZH[code as IndicatorCode] ?? (code === 'ROTATION_QUOTA' ? '交流轮岗比例' : code === 'BACKBONE_SHARE' ? '骨干教师交流占比' : code);

/** What `junheng solve` prints: status, cost by kind, counts, the remaining shortfalls and the checker's verdict. */
export function planSummary(plan: Plan, schoolNames: ReadonlyMap<string, string>): string {
  const hires = plan.hires.reduce((n, h) => n + h.count, 0);
  const lines = [
    `区县 county ${plan.counties?.join(', ') ?? plan.county}，${plan.year} 年 / year ${plan.year}`,
    `  求解器 backend ${plan.backend}，状态 status ${plan.status}，间隙 gap ${(plan.gap * 100).toFixed(2)}%`,
    `  费用 cost: 合计 total ${yuan(plan.cost.total)}（新教师 hires ${yuan(plan.cost.hires)}，交流补贴 rotation ${yuan(plan.cost.rotation)}，交通补贴 transport ${yuan(plan.cost.transport)}，增编 extra quota ${yuan(plan.cost.extraQuota)}，新增教室 classrooms ${yuan(plan.cost.classrooms ?? 0)}）`,
    `  交流轮岗 rotations ${plan.rotations.length}，新教师 hires ${hires}（${plan.hires.length} 项 lines），增加班级 class splits ${plan.classSplits.length}`,
  ];
  if (plan.spendingByLine && plan.spendingByLine.length > 0) {
    lines.push(`  经费科目 budget lines: ${plan.spendingByLine.map((l) => `${l.category} ${yuan(l.amount)}`).join('，')}`);
  }
  if (plan.shortfalls.length > 0) {
    lines.push(`  仍未达标 remaining shortfalls: ${plan.shortfalls.length}`);
    for (const s of plan.shortfalls.slice(0, 20)) {
      const where = s.schoolCode ? `${schoolNames.get(s.schoolCode) ?? s.schoolCode} ${s.level ? LEVEL_LABELS_ZH[s.level] : ''}` : '全县 county';
      const gap = s.gapTeachers !== null ? `，缺 ${s.gapTeachers} 名教师` : '';
      lines.push(`    ${where}：${indicatorLabel(s.indicator)}（${s.indicator}）${s.value === null ? '—' : s.value.toFixed(2)} / ${s.threshold}${gap}，原因 cause ${s.cause}`);
    }
    if (plan.shortfalls.length > 20) lines.push(`    …还有 ${plan.shortfalls.length - 20} 项 / and ${plan.shortfalls.length - 20} more`);
  } else {
    lines.push('  全部标准达到 / every standard met');
  }
  lines.push(plan.check.passes ? '  方案校验通过 / plan check passes' : `  方案校验未通过 / plan check FAILS: ${plan.check.violations.length} violation(s)`);
  return lines.join('\n');
}
