import type { IndicatorCode } from './indicators';

const SERVED_ZH: Partial<Record<IndicatorCode, string>> = {
  Q1: '补足高于规定学历教师',
  Q2: '补足骨干教师',
  Q3: '补足体育艺术教师',
  R: '改善生师比',
};

/**
 * The 交流原因 HR prints on the rotation list: which indicator of which receiving school the move
 * serves (e.g. "补足体育艺术教师（Q3）：东源村小学"), or the county's rotation quota.
 */
export function rotationReason(indicator: IndicatorCode | null | undefined, receivingSchoolName: string): string {
  const served = indicator ? SERVED_ZH[indicator] : undefined;
  if (indicator && served) return `${served}（${indicator}）：${receivingSchoolName}`;
  if (indicator) return `${indicator}：${receivingSchoolName}`;
  return `完成县域交流轮岗比例：交流至${receivingSchoolName}`;
}
