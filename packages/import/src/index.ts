/// <reference path="./unzipper.d.ts" />
export type { ImportProblem } from './import-problem';
export { formatImportProblem } from './import-problem';
export type { ImportProgress, ImportProgressCallback } from './import-progress';
export { SHEETS, SCHOOL_SHEET, SECTION_SHEET, TEACHER_SHEET, BUDGET_SHEET, COST_SHEET, GRADE_SHEET, INTAKE_SHEET, sheetSpecFor, columnFor } from './column-maps';
export type { SheetKind, SheetSpec, ColumnSpec } from './column-maps';
export {
  LEVEL_VALUES, SCHOOL_KIND_VALUES, AREA_VALUES, YES_NO_VALUES, GENDER_VALUES, EDUCATION_VALUES, BACKBONE_VALUES, STATUS_VALUES,
  COST_ITEM_VALUES, HARDSHIP_VALUES, parseValue, labelList,
} from './value-maps';
export type { ValueMap } from './value-maps';
export { readRoster } from './roster-reader';
export type { ReadRosterOptions, RosterReadResult } from './roster-reader';
export { exportRegionWorkbook, exportRegionCsvFolder } from './region-exporter';
export { writeTemplate, TEMPLATE_WORKBOOK_NAME, TEMPLATE_CSV_FOLDER } from './template-writer';
export { importRoster, writeRoster } from './import-roster';
export type { ImportRosterResult, WriteRosterOptions } from './import-roster';
export { writeProblemsCsv } from './problems-csv-writer';
export { DEFAULT_WORKBOOK_LIMITS, WorkbookLimitError, formatBytes } from './workbook-limits';
export type { WorkbookLimits } from './workbook-limits';
export { zipEntryCount } from './zip-directory-check';
