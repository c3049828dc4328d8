import { LEVEL_LABELS_ZH, INDICATOR_CODES, INDICATOR_LABELS_ZH, type IndicatorCode, type Level, type RegionEvaluation } from '@junheng/domain';
import { renderTable } from './text-table';

function fmt(value: number | null, digits = 2): string {
  if (value === null) return '—';
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

/**
 * The readable form of `junheng indicators`: one line per section with each check's value
 * (✗ when it fails, and the teachers missing), then the balance (差异系数) per level, then a legend.
 */
export function indicatorsTable(county: { code: string; name: string }, evaluation: RegionEvaluation, schoolNames: ReadonlyMap<string, string>, year?: number): string {
  const codes = INDICATOR_CODES.filter((code) => evaluation.sections.some((s) => s.checks.some((c) => c.indicator === code)));
  const heading = ['学校标识码', '学校', '学段', '学生', '班级', '教师', ...codes, '达标'];
  const rows = evaluation.sections.map((s) => {
    const byCode = new Map(s.checks.map((c) => [c.indicator, c]));
    return [
      s.schoolCode,
      schoolNames.get(s.schoolCode) ?? '',
      LEVEL_LABELS_ZH[s.level],
      String(s.students),
      String(s.classes),
      String(s.teachers),
      ...codes.map((code) => {
        const c = byCode.get(code);
        if (!c) return '';
        const gap = !c.passes && c.gapTeachers ? ` (缺${c.gapTeachers})` : '';
        return `${fmt(c.value)}${c.passes ? '' : ' ✗'}${gap}`;
      }),
      s.compliant ? '是' : '否',
    ];
  });
  const right = new Set(heading.map((_, i) => i).filter((i) => i >= 3 && i < heading.length - 1));
  const compliant = evaluation.sections.filter((s) => s.compliant).length;

  const balanceRows = evaluation.balance.map((b) => [LEVEL_LABELS_ZH[b.level], b.indicator, INDICATOR_LABELS_ZH[b.indicator], fmt(b.cv, 3), fmt(b.threshold), b.threshold === null ? '仅报告 reported' : b.passes ? '是' : '否 ✗']);
  const legend = (codes as IndicatorCode[]).map((code) => `  ${code.padEnd(3)} ${INDICATOR_LABELS_ZH[code]}`);
  return [
    `区县 ${county.name}（${county.code}）${year ? ` ${year}年` : ''}  各学段指标 / indicators per section`,
    '',
    renderTable(heading, rows, right),
    '',
    `全部指标达标的学段：${compliant} / ${evaluation.sections.length}`,
    '',
    '差异系数 / balance (coefficient of variation, weighted by enrolment)',
    '',
    renderTable(['学段', '指标', '名称', '差异系数', '上限', '达标'], balanceRows, new Set([3, 4])),
    '',
    '指标说明 / legend（✗ 未达标，缺N = 还需N名教师）',
    ...legend,
  ].join('\n');
}
