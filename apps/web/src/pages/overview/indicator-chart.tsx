import { Card, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { EChartsView } from '../../charts/echarts-view';
import { indicatorBarOption, type IndicatorPoint } from '../../charts/indicator-bar-option';
import type { CountySchool } from '../../county/use-all-schools';
import type { IndicatorCode, Level } from '../../gql/graphql';
import { formatDecimal } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';

const INDICATORS: IndicatorCode[] = ['Q1', 'Q2', 'Q3', 'R', 'C', 'B', 'F1', 'F2', 'F3', 'F4'];
const LEVELS: Level[] = ['PRIMARY', 'JUNIOR', 'SENIOR'];

/** One bar per school section of the chosen level, sorted, with the threshold line. */
export function pointsFor(schools: readonly CountySchool[], level: Level, indicator: IndicatorCode): { points: IndicatorPoint[]; threshold: number | null } {
  const points: IndicatorPoint[] = [];
  let threshold: number | null = null;
  for (const school of schools) {
    const section = school.sections.find((s) => s.level === level);
    const check = section?.checks.find((c) => c.indicator === indicator);
    if (!check || check.value === null || check.value === undefined) continue;
    threshold = check.threshold;
    points.push({ name: school.name, value: check.value, passes: check.passes });
  }
  return { points, threshold };
}

export function IndicatorChart({ schools }: { schools: readonly CountySchool[] }) {
  const { t, locale } = useLocale();
  const [indicator, setIndicator] = useState<IndicatorCode>('Q1');
  const [level, setLevel] = useState<Level>('PRIMARY');
  const { points, threshold } = useMemo(() => pointsFor(schools, level, indicator), [schools, level, indicator]);
  const option = useMemo(
    () => indicatorBarOption(points, threshold, { series: t(`indicator.${indicator}`), threshold: t('overview.thresholdLine', { value: formatDecimal(threshold, locale) }) }, (v) => formatDecimal(v, locale)),
    [points, threshold, indicator, t, locale],
  );
  return (
    <Card
      size="small"
      title={t('overview.chart')}
      extra={
        <Space>
          <Select aria-label={t('overview.chartLevel')} value={level} onChange={setLevel} options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} style={{ width: 90 }} />
          <Select aria-label={t('overview.chartIndicator')} value={indicator} onChange={setIndicator} options={INDICATORS.map((i) => ({ value: i, label: t(`indicatorShort.${i}`) }))} style={{ width: 160 }} />
        </Space>
      }
    >
      <EChartsView option={option} height={300} label={`${t('overview.chart')}：${t(`indicator.${indicator}`)}`} />
    </Card>
  );
}
