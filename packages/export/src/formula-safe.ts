/**
 * Formula-safe cells (OWASP "CSV injection"): a spreadsheet runs a text cell that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(...)`, `@SUM(...)`, DDE). Every CSV and
 * XLSX file Junheng writes for people passes its text cells through `formulaSafe`, which puts a single
 * quote in front of such a text, so the cell shows the text and runs nothing. Numbers are not text:
 * `formulaSafeCell(-5)` stays the number -5.
 *
 * The importer reverses it (`unFormulaSafe`), so a roster exported and imported again keeps its names.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r]/;

/** The text as a spreadsheet must receive it: prefixed with `'` when it begins with a formula trigger. */
export function formulaSafe(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** A cell about to be written: text is made formula-safe; numbers, booleans, dates and empty cells stay as they are. */
export function formulaSafeCell<T>(value: T): T | string {
  return typeof value === 'string' ? formulaSafe(value) : value;
}

/** Undoes `formulaSafe` on a text read back from a file (`'=x` -> `=x`); any other text is returned unchanged. */
export function unFormulaSafe(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
