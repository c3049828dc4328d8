import type { EChartsCoreOption } from 'echarts/core';
import { LINE_COLOR, NEUTRAL_COLOR } from './chart-colors';

export interface CurvePoint {
  budget: number;
  shortfallTeachers: number;
}

/** Teachers still short against the budget (in 万元), with the scenario's own budget marked. */
export function costCurveOption(points: readonly CurvePoint[], labels: { x: string; y: string }, budgetCap: number | null): EChartsCoreOption {
  const sorted = [...points].sort((a, b) => a.budget - b.budget);
  return {
    animation: false,
    // The chart's container carries the label (role=img); ECharts' own generated description is off.
    aria: { enabled: false },
    grid: { left: 64, right: 32, top: 32, bottom: 48 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: labels.x, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', name: labels.y },
    series: [
      {
        name: labels.y,
        type: 'line',
        step: false,
        symbolSize: 6,
        itemStyle: { color: NEUTRAL_COLOR },
        data: sorted.map((p) => [Math.round(p.budget / 1000) / 10, p.shortfallTeachers]),
        markLine:
          budgetCap === null
            ? undefined
            : { symbol: 'none', silent: true, lineStyle: { color: LINE_COLOR, type: 'dashed' }, data: [{ xAxis: Math.round(budgetCap / 1000) / 10 }] },
      },
    ],
  };
}
