import { unFormulaSafe } from '@junheng/export';

/** A cell as the row parsers see it, whatever file it came from. */
export type CellValue = string | number | boolean | Date | null;

/**
 * Flatten what exceljs hands out (rich text, formulas with their cached result, hyperlinks, errors)
 * into a plain value. CSV cells are strings already.
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
    if ('result' in o) return toCellValue(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if ('text' in o) return toCellValue(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(raw);
}

/**
 * The cell as text for messages and text fields: trimmed, '' for empty. A formula-safe prefix that our
 * exports put in front of `=`, `+`, `-`, `@` (`'=x`) is taken off, so that an exported roster imports
 * back as it was; such names are legitimate data and are imported as given (exports neutralise them).
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  const text = String(value).trim();
  return text.startsWith("'") ? unFormulaSafe(text).trim() : text;
}
