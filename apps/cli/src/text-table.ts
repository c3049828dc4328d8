/** Columns of a table drawn with spaces, measuring CJK characters as two columns wide. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Renders rows under a heading; columns listed in `rightAligned` (by index) are aligned right. */
export function renderTable(heading: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths = heading.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0, rightAligned.has(i))).join('  ').trimEnd();
  return [line(heading), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
