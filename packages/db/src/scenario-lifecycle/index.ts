export {
  SCENARIO_STATUSES, SCENARIO_TRANSITIONS, SCENARIO_OPERATIONS, STATUSES_WITH_PLAN, allowedFrom, canTransition, operationsFrom,
  type ScenarioStatus, type ScenarioOperation,
} from './scenario-status';
export { IllegalTransitionError, ScenarioMissingError, ScenarioRuleError } from './illegal-transition-error';
export { scenarioParametersOf, encodeScenarioParameters, SCENARIO_PARAMETERS_VERSION, StoredScenarioError } from './scenario-parameters-codec';
export { decodeStoredPlan, encodeStoredPlan, STORED_PLAN_VERSION, type StoredPlan } from './stored-plan-codec';
export { transition, tryTransition, createScenario, inTransaction, SYSTEM, type Actor, type NewScenario, type TransitionOptions } from './scenario-lifecycle';
export {
  queueScenarioRun, editScenario, claimScenarioRun, recordProgress, scenarioStatus, storePlanOnce, markFailed, cancelScenarioRun, markScenariosStale,
  type RunProgress,
} from './scenario-run-ops';
export { noticeSettingsOf, DEFAULT_NOTICE_WINDOW_DAYS, type NoticeSettings } from './notice-settings';
export {
  publishNotice, closeNotice, lastObjectionDay, recordObjection, decideObjection, undecidedObjections, publishedPlanOf,
  type ObjectionInput, type UpheldResolution,
} from './scenario-notice-ops';
