import type { EChartsCoreOption } from 'echarts/core';
import { FAIL_COLOR, LINE_COLOR, PASS_COLOR } from './chart-colors';

export interface IndicatorPoint {
  name: string;
  value: number;
  passes: boolean;
}

/** Points sorted by value, ascending (the weakest schools first for a minimum). */
export function sortPoints(points: readonly IndicatorPoint[]): IndicatorPoint[] {
  return [...points].sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, 'zh-CN'));
}

/** A sorted bar per school, coloured by pass/fail, with the threshold as a horizontal line. */
export function indicatorBarOption(
  points: readonly IndicatorPoint[],
  threshold: number | null,
  labels: { series: string; threshold: string },
  formatValue: (value: number) => string = (value) => String(Math.round(value * 100) / 100),
): EChartsCoreOption {
  const sorted = sortPoints(points);
  return {
    animation: false,
    // The chart's container carries the label (role=img); ECharts' own generated description is off.
    aria: { enabled: false },
    grid: { left: 48, right: 24, top: 24, bottom: 24 },
    // Values are ratios such as 41/3: the tooltip shows them as the tables do, never 13.666666666666666.
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? formatValue(v) : String(v ?? '—')) },
    xAxis: { type: 'category', data: sorted.map((p) => p.name), axisLabel: { show: false }, axisTick: { show: false } },
    yAxis: { type: 'value' },
    series: [
      {
        name: labels.series,
        type: 'bar',
        barCategoryGap: '10%',
        data: sorted.map((p) => ({ value: p.value, itemStyle: { color: p.passes ? PASS_COLOR : FAIL_COLOR } })),
        markLine:
          threshold === null
            ? undefined
            : { symbol: 'none', silent: true, lineStyle: { color: LINE_COLOR, type: 'dashed', width: 2 }, label: { formatter: labels.threshold, position: 'insideEndTop' }, data: [{ yAxis: threshold }] },
      },
    ],
  };
}
