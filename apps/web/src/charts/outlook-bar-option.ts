import type { EChartsCoreOption } from 'echarts/core';

export interface OutlookSeries {
  name: string;
  values: readonly number[];
  color: string;
}

/** Grouped bars by school year (needed against present), one group per year, values on the bars. */
export function outlookBarOption(years: readonly number[], series: readonly OutlookSeries[]): EChartsCoreOption {
  return {
    animation: false,
    // The chart's container carries the label (role=img); ECharts' own generated description is off.
    aria: { enabled: false },
    grid: { left: 56, right: 16, top: 40, bottom: 28 },
    legend: { top: 0, data: series.map((s) => s.name) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', scale: false },
    series: series.map((s) => ({
      name: s.name,
      type: 'bar',
      barGap: '10%',
      itemStyle: { color: s.color },
      label: { show: true, position: 'top', fontSize: 11 },
      data: [...s.values],
    })),
  };
}
