import { describe, expect, it } from 'vitest';
import { en, formatMessage, zh } from './messages';

describe('messages', () => {
  it('has an English text for every Chinese label and nothing more', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('writes the Chinese labels in Chinese', () => {
    const latinOnly = Object.entries(zh).filter(([, v]) => !/[\u4e00-\u9fff]/.test(v) && !/^[—\w\s·.%-]*$/.test(v));
    expect(latinOnly).toEqual([]);
    const english = Object.entries(zh).filter(([k, v]) => /^[A-Za-z ,.]{12,}$/.test(v) && !k.startsWith('indicatorShort'));
    expect(english).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) expect(names(en[key]), key).toEqual(names(zh[key]));
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(formatMessage(zh, 'common.total', { n: 12 })).toBe('共 12 条');
    expect(formatMessage(zh, 'overview.budget', {})).toBe('{year}年预算');
  });
});
