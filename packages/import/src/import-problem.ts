/** One thing wrong with an input file, precise enough for HR to find and fix it. */
export interface ImportProblem {
  /** Sheet name (学校, 学段, 教师, 经费, 成本) or CSV file name (teachers.csv). */
  sheet: string;
  /** Row number as the spreadsheet shows it: the heading is row 1. 0 when the whole sheet is concerned. */
  row: number;
  /** Column heading as written in the file (or the expected Chinese heading when it is missing). */
  column: string;
  /** The offending cell, as text ('' when empty). */
  value: string;
  /** What is wrong, in Chinese. */
  message: string;
}

/** One line per problem: `教师 第12行 出生日期「1990-13-01」：日期无效，应为 YYYY-MM-DD`. */
export function formatImportProblem(p: ImportProblem): string {
  const where = p.row > 0 ? `${p.sheet} 第${p.row}行` : p.sheet;
  const column = p.column ? ` ${p.column}` : '';
  const value = p.value !== '' ? `「${p.value}」` : '';
  return `${where}${column}${value}：${p.message}`;
}
