import type { Locale } from '../i18n/messages';

const tag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-US');

/** Whole yuan with group separators: 1,500,000. */
export function formatYuan(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(value);
}

/** Amounts in 万元 (10,000 yuan), one decimal at most. */
export function formatTenThousandYuan(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(value / 10_000);
}

export function formatInteger(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(value);
}

/** An indicator value or threshold: at most `digits` decimals, no trailing zeros. */
export function formatDecimal(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: digits }).format(value);
}

export function formatDateTime(iso: string, locale: Locale): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '—';
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(t));
}
