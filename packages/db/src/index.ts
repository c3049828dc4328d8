/// <reference path="./pg-client.d.ts" />
export * from './entities';
export { loadConfig, ConfigError } from './config';
export type { DbConfig } from './config';
export { openDatabase, createDataSource } from './data-source';
export type { OpenDatabaseOptions, OpenedDatabase } from './data-source';
export { acquireEmbeddedPostgres, stopEmbeddedPostgres, EmbeddedPostgresError } from './embedded-postgres';
export type { EmbeddedPostgresLease, EmbeddedPostgresOptions } from './embedded-postgres';
export { MIGRATIONS } from './migrations';
export { findRepoRoot } from './repo-root';
export { loadPlannedClasses, loadRegionData } from './region-data-reader';
export { replaceRegionData, RegionDataError } from './region-data-writer';
export type { ReplaceRegionDataOptions, ReplaceRegionDataResult } from './region-data-writer';
export { listCounties, countyCodesOfRegion, dataVersions, bumpDataVersions } from './region-queries';
export type { CountySummary } from './region-queries';
export { dataFingerprint, regionFingerprint } from './data-fingerprint';
export { writePlanChanges, writeRollover, PlanChangesConflictError } from './plan-changes-writer';
export { writePostTransfers, writeRecalls, PlanLeverConflictError } from './plan-levers-writer';
export type { LeverWriteContext, PlanLeverConflictReason, WrittenQuotaChange } from './plan-levers-writer';
export { runRollover } from './rollover-store';
export type { RolloverOutcome, RolloverReturnRow } from './rollover-store';
export { lockCountiesForWrite } from './county-write-lock';
export { acquireImportLock, ImportBusyError, type ImportLock } from './county-import-lock';
export { listenForRegionChanges, type RegionChangeListener } from './region-change-listener';
export { costTableToRows, costTablesFromRows } from './cost-table-rows';
export type { CostItemRow } from './cost-table-rows';
export { hashPassword, verifyPassword } from './password';
export { loadRegionStandardSets, standardSetOfRegion } from './standard-set-store';
export type { StoredStandardSetRow } from './standard-set-store';
export { documentSettingsOfRegion, saveDocumentSettings, type RegionDocumentSettings } from './document-settings-store';
export * from './demo';
export {
  USERNAME_PATTERN, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, USER_ROLES, USER_AUDIT_ACTIONS, isUserRole, passwordProblem, usernameProblem,
} from './user-account-rules';
export * from './scenario-lifecycle';
