import { describe, expect, it } from 'vitest';
import { outlookBarOption } from './outlook-bar-option';

describe('outlookBarOption', () => {
  it('draws one bar series per figure over the years, labelled, in the given colours', () => {
    const option = outlookBarOption([2027, 2028], [
      { name: '需教师', values: [10, 12], color: '#cf1322' },
      { name: '在岗教师', values: [9, 8], color: '#389e0d' },
    ]) as { xAxis: { data: string[] }; legend: { data: string[] }; series: Array<{ name: string; data: number[]; itemStyle: { color: string }; label: { show: boolean } }> };
    expect(option.xAxis.data).toEqual(['2027', '2028']);
    expect(option.legend.data).toEqual(['需教师', '在岗教师']);
    expect(option.series.map((s) => [s.name, s.data, s.itemStyle.color, s.label.show])).toEqual([
      ['需教师', [10, 12], '#cf1322', true],
      ['在岗教师', [9, 8], '#389e0d', true],
    ]);
  });
});
