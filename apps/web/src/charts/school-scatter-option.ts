import type { EChartsCoreOption } from 'echarts/core';
import { FAIL_COLOR, PASS_COLOR } from './chart-colors';

export interface SchoolPoint {
  name: string;
  lat: number;
  lon: number;
  compliant: boolean;
  weak: boolean;
}

/** Schools placed by longitude/latitude (no map tiles: the machines are offline), coloured by status; weak schools as diamonds. */
export function schoolScatterOption(points: readonly SchoolPoint[], labels: { compliant: string; failing: string }): EChartsCoreOption {
  const toDatum = (p: SchoolPoint) => ({ name: p.name, value: [p.lon, p.lat], symbol: p.weak ? 'diamond' : 'circle' });
  return {
    animation: false,
    // The chart's container carries the label (role=img); ECharts' own generated description is off.
    aria: { enabled: false },
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    legend: { top: 0, data: [labels.compliant, labels.failing] },
    tooltip: { trigger: 'item', formatter: (p: { name: string }) => p.name },
    xAxis: { type: 'value', scale: true, name: '°E', axisLabel: { formatter: (v: number) => v.toFixed(2) } },
    yAxis: { type: 'value', scale: true, name: '°N', axisLabel: { formatter: (v: number) => v.toFixed(2) } },
    series: [
      { name: labels.compliant, type: 'scatter', symbolSize: 10, itemStyle: { color: PASS_COLOR }, data: points.filter((p) => p.compliant).map(toDatum) },
      { name: labels.failing, type: 'scatter', symbolSize: 10, itemStyle: { color: FAIL_COLOR, opacity: 0.8 }, data: points.filter((p) => !p.compliant).map(toDatum) },
    ],
  };
}
