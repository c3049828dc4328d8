import type { IndicatorCode } from './indicators';

const SERVED_ZH: Partial<Record<IndicatorCode, string>> = {
  Q1: '补足高于规定学历教师',
  Q3: '补足体育艺术教师',
  R: '改善生师比',
  C: '满足新增班级课时',
};

/**
 * The 招聘原因 HR prints on the hiring list: which indicator of which school the hire serves (e.g.
 * "补足高于规定学历教师（Q1）：某某村小学"); C is the teaching time of the school's new classes.
 */
export function hireReason(indicator: IndicatorCode | null | undefined, schoolName: string): string {
  const served = indicator ? SERVED_ZH[indicator] : undefined;
  if (indicator && served) return `${served}（${indicator}）：${schoolName}`;
  if (indicator) return `${indicator}：${schoolName}`;
  return `补充教师：${schoolName}`;
}
