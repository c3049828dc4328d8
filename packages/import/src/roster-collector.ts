import type { BudgetLine, GradeCount, IntakeForecast, Section, Teacher } from '@junheng/domain';
import { cellText } from './cell-value';
import { columnFor, SHEETS, sheetSpecFor, type SheetKind, type SheetSpec } from './column-maps';
import { parseBudgetRow } from './budget-row';
import { parseCostRow, type CostRow } from './cost-row';
import { parseGradeRow } from './grade-row';
import { parseIntakeRow } from './intake-row';
import type { ImportProblem } from './import-problem';
import { RowReader, type ColumnIndex } from './row-reader';
import { parseSchoolRow, type SchoolRow } from './school-row';
import { parseSectionRow } from './section-row';
import type { SourceRow, SourceTable } from './source-table';
import { parseTeacherRow } from './teacher-row';
import { LEVEL_VALUES, parseValue } from './value-maps';

/** A parsed row and where it came from. */
export interface Located<T> {
  row: number;
  value: T;
}

/** Every row that parsed, plus what the cross-sheet checks need to know about the rows that did not. */
export interface CollectedRoster {
  schools: Located<SchoolRow>[];
  sections: Located<Section>[];
  teachers: Located<Teacher>[];
  budgets: Located<BudgetLine>[];
  /** null when the optional 成本 sheet is absent. */
  costs: Located<CostRow>[] | null;
  /** null when the optional 年级 sheet is absent. */
  grades: Located<GradeCount>[] | null;
  /** null when the optional 入学预测 sheet is absent. */
  intake: Located<IntakeForecast>[] | null;
  /** The name each sheet has in the file, for messages. */
  sheetNames: Record<SheetKind, string>;
  /** School codes written in the schools sheet, including rows with errors; null when they cannot be known. */
  schoolCodesSeen: Set<string> | null;
  /** `school:LEVEL` of every sections row, including rows with errors; null when they cannot be known. */
  sectionKeysSeen: Set<string> | null;
}

type RowsCallback = (rowsRead: number) => void;

function isBlank(cells: readonly unknown[]): boolean {
  return cells.every((c) => cellText(c as never) === '');
}

function columnIndex(spec: SheetSpec, sheet: string, header: SourceRow, problems: ImportProblem[]): Map<string, { index: number; heading: string }> {
  const columns = new Map<string, { index: number; heading: string }>();
  header.cells.forEach((cell, index) => {
    const heading = cellText(cell);
    const column = columnFor(spec, heading);
    if (!column) return;
    if (columns.has(column.key)) {
      problems.push({ sheet, row: header.row, column: heading, value: heading, message: `列重复：与「${columns.get(column.key)?.heading}」是同一列` });
      return;
    }
    columns.set(column.key, { index, heading });
  });
  for (const column of spec.columns) {
    if (column.required && !columns.has(column.key)) {
      problems.push({ sheet, row: header.row, column: column.zh, value: '', message: `缺少必需的列「${column.zh}」（英文列名 ${column.key}）` });
    }
  }
  return columns;
}

/**
 * Reads every table of a workbook or CSV folder, maps headings to columns, parses each row and
 * records every problem. Nothing is thrown for bad data: problems are collected.
 */
export async function collectRoster(tables: AsyncIterable<SourceTable>, problems: ImportProblem[], onRows?: RowsCallback): Promise<CollectedRoster> {
  const collected: CollectedRoster = {
    schools: [], sections: [], teachers: [], budgets: [], costs: null, grades: null, intake: null,
    sheetNames: Object.fromEntries(SHEETS.map((s) => [s.kind, s.sheetName])) as Record<SheetKind, string>,
    schoolCodesSeen: null,
    sectionKeysSeen: null,
  };
  const seen = new Set<SheetKind>();
  let rowsRead = 0;

  for await (const table of tables) {
    const spec = sheetSpecFor(table.name) ?? sheetSpecFor(table.name.replace(/\.csv$/i, ''));
    if (!spec) continue; // notes, pivot tables and the like are not ours to judge
    const sheet = table.name;
    if (seen.has(spec.kind)) {
      problems.push({ sheet, row: 0, column: '', value: '', message: `与「${collected.sheetNames[spec.kind]}」重复：同一类数据只能有一个工作表或文件` });
      continue;
    }
    seen.add(spec.kind);
    collected.sheetNames[spec.kind] = sheet;
    if (spec.kind === 'costs') collected.costs = [];
    if (spec.kind === 'grades') collected.grades = [];
    if (spec.kind === 'intake') collected.intake = [];

    let columns: ColumnIndex | undefined;
    for await (const source of table.rows) {
      if (isBlank(source.cells)) continue;
      if (!columns) {
        if (source.cells.some((c) => typeof c === 'string' && c.includes('\uFFFD'))) {
          problems.push({ sheet, row: source.row, column: '', value: '', message: '文件不是 UTF-8 编码（可能是 GBK）：请在表格软件中另存为「CSV UTF-8」后重新导入' });
          break;
        }
        columns = columnIndex(spec, sheet, source, problems);
        if (spec.kind === 'schools') collected.schoolCodesSeen = columns.has('code') ? new Set() : null;
        if (spec.kind === 'sections') collected.sectionKeysSeen = columns.has('school_code') && columns.has('level') ? new Set() : null;
        continue;
      }
      rowsRead += 1;
      if (onRows && rowsRead % 500 === 0) onRows(rowsRead);
      const r = new RowReader(sheet, source.row, source.cells, columns, problems);
      switch (spec.kind) {
        case 'schools': {
          collected.schoolCodesSeen?.add(cellText(r.raw('code')));
          const value = parseSchoolRow(r);
          if (value) collected.schools.push({ row: source.row, value });
          break;
        }
        case 'sections': {
          const level = cellText(r.raw('level'));
          collected.sectionKeysSeen?.add(`${cellText(r.raw('school_code'))}:${parseValue(LEVEL_VALUES, level) ?? level}`);
          const value = parseSectionRow(r);
          if (value) collected.sections.push({ row: source.row, value });
          break;
        }
        case 'teachers': {
          const value = parseTeacherRow(r);
          if (value) collected.teachers.push({ row: source.row, value });
          break;
        }
        case 'budgets': {
          const value = parseBudgetRow(r);
          if (value) collected.budgets.push({ row: source.row, value });
          break;
        }
        case 'costs': {
          const value = parseCostRow(r);
          if (value) collected.costs?.push({ row: source.row, value });
          break;
        }
        case 'grades': {
          const value = parseGradeRow(r);
          if (value) collected.grades?.push({ row: source.row, value });
          break;
        }
        case 'intake': {
          const value = parseIntakeRow(r);
          if (value) collected.intake?.push({ row: source.row, value });
          break;
        }
      }
    }
    if (!columns) problems.push({ sheet, row: 1, column: '', value: '', message: '缺少标题行：第一行应为列名' });
  }
  onRows?.(rowsRead);

  for (const spec of SHEETS) {
    if (spec.required && !seen.has(spec.kind)) {
      problems.push({ sheet: spec.sheetName, row: 0, column: '', value: '', message: `缺少工作表「${spec.sheetName}」（CSV 文件夹中为 ${spec.csvFile}）` });
    }
  }
  return collected;
}
