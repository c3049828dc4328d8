export type { HrList, HrListColumn, ListMeta } from './hr-list';
export { rotationList, type RotationListRow } from './rotation-list';
export { hiringList, type HiringListRow } from './hiring-list';
export { writeXlsx } from './xlsx-writer';
export { writeCsv } from './csv-writer';
export { listFile, type ListFile, type ListName, type ListFormat } from './list-file';
export { formulaSafe, formulaSafeCell, unFormulaSafe } from './formula-safe';
