import { describe, expect, it } from 'vitest';
import { formatDecimal, formatTenThousandYuan, formatYuan } from './format-number';
import { defaultPlanYear } from './plan-year';

describe('number formats', () => {
  it('groups yuan and shows 万元', () => {
    expect(formatYuan(1_500_000, 'zh')).toBe('1,500,000');
    expect(formatTenThousandYuan(1_500_000, 'zh')).toBe('150');
    expect(formatTenThousandYuan(12_345, 'zh')).toBe('1.2');
  });
  it('shows a dash for missing values', () => {
    expect(formatDecimal(null, 'zh')).toBe('—');
    expect(formatYuan(undefined, 'en')).toBe('—');
    expect(formatDecimal(Number.NaN, 'zh')).toBe('—');
  });
  it('trims decimals', () => {
    expect(formatDecimal(0.9, 'zh')).toBe('0.9');
    expect(formatDecimal(4.23456, 'zh', 3)).toBe('4.235');
  });
});

describe('defaultPlanYear', () => {
  it('is this year up to September 1, then next year', () => {
    expect(defaultPlanYear(new Date('2026-09-01T12:00:00Z'))).toBe(2026);
    expect(defaultPlanYear(new Date('2026-09-02T00:00:00Z'))).toBe(2027);
    expect(defaultPlanYear(new Date('2026-03-01T00:00:00Z'))).toBe(2026);
  });
});
