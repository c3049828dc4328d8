export type { HrList, HrListColumn, ListMeta } from './hr-list';
export { rotationList, type RotationListRow } from './rotation-list';
export { hiringList, type HiringListRow } from './hiring-list';
export { postTransferList, type PostTransferListRow } from './post-transfer-list';
export { recallList, type RecallListRow } from './recall-list';
export { writeXlsx } from './xlsx-writer';
export { writeCsv } from './csv-writer';
export { listFile, LIST_NAMES, type ListFile, type ListName, type ListFormat } from './list-file';
export { formulaSafe, formulaSafeCell, unFormulaSafe } from './formula-safe';
