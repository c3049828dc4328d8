import { describe, expect, it } from 'vitest';
import { FAIL_COLOR, PASS_COLOR } from './chart-colors';
import { costCurveOption } from './cost-curve-option';
import { indicatorBarOption, sortPoints } from './indicator-bar-option';
import { schoolScatterOption } from './school-scatter-option';

type Series = { data: Array<{ value: unknown; itemStyle?: { color: string } }>; markLine?: { data: Array<{ yAxis?: number; xAxis?: number }> } };

describe('indicatorBarOption', () => {
  const points = [
    { name: '乙校', value: 5.1, passes: true },
    { name: '甲校', value: 3.9, passes: false },
    { name: '丙校', value: 4.2, passes: true },
  ];
  it('sorts the schools ascending', () => {
    expect(sortPoints(points).map((p) => p.value)).toEqual([3.9, 4.2, 5.1]);
  });
  it('colours bars by status and draws the threshold', () => {
    const option = indicatorBarOption(points, 4.2, { series: 'Q1', threshold: '标准线 4.2' }) as { series: Series[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['甲校', '丙校', '乙校']);
    const series = option.series[0]!;
    expect(series.data.map((d) => d.itemStyle?.color)).toEqual([FAIL_COLOR, PASS_COLOR, PASS_COLOR]);
    expect(series.markLine?.data[0]?.yAxis).toBe(4.2);
  });
  it('omits the line when the indicator is not judged', () => {
    const option = indicatorBarOption(points, null, { series: 'Q1', threshold: '' }) as { series: Series[] };
    expect(option.series[0]!.markLine).toBeUndefined();
  });
});

describe('schoolScatterOption', () => {
  it('splits schools by compliance and places them by lon/lat', () => {
    const option = schoolScatterOption(
      [
        { name: 'A', lat: 25.5, lon: 111.6, compliant: true, weak: false },
        { name: 'B', lat: 25.6, lon: 111.7, compliant: false, weak: true },
      ],
      { compliant: '达标', failing: '未达标' },
    ) as { series: Array<{ data: Array<{ value: number[]; symbol: string }> }> };
    expect(option.series[0]!.data).toEqual([{ name: 'A', value: [111.6, 25.5], symbol: 'circle' }]);
    expect(option.series[1]!.data[0]!.symbol).toBe('diamond');
  });
});

describe('costCurveOption', () => {
  it('plots shortfall against budget in 万元 with the cap marked', () => {
    const option = costCurveOption(
      [
        { budget: 200_000, shortfallTeachers: 10 },
        { budget: 0, shortfallTeachers: 40 },
      ],
      { x: '预算（万元）', y: '缺口' },
      150_000,
    ) as { series: Series[] };
    expect(option.series[0]!.data).toEqual([
      [0, 40],
      [20, 10],
    ]);
    expect(option.series[0]!.markLine?.data[0]?.xAxis).toBe(15);
  });
});

describe('indicatorBarOption tooltip', () => {
  it('rounds ratios such as 41/3 instead of printing every binary digit', () => {
    const option = indicatorBarOption([{ name: '甲校', value: 41 / 3, passes: true }], null, { series: 'R', threshold: '' }) as {
      tooltip: { valueFormatter: (v: unknown) => string };
    };
    expect(option.tooltip.valueFormatter(41 / 3)).toBe('13.67');
    const localised = indicatorBarOption([], null, { series: 'R', threshold: '' }, (v) => v.toFixed(1)) as { tooltip: { valueFormatter: (v: unknown) => string } };
    expect(localised.tooltip.valueFormatter(41 / 3)).toBe('13.7');
  });
});
