import type { ScenarioStatus } from '@junheng/db';
import { registerEnumType } from 'type-graphql';

export const ScenarioStatusEnum = {
  DRAFT: 'DRAFT', QUEUED: 'QUEUED', RUNNING: 'RUNNING', SOLVED: 'SOLVED', SUBMITTED: 'SUBMITTED', APPROVED: 'APPROVED', REJECTED: 'REJECTED',
  PUBLISHED: 'PUBLISHED', CLOSED: 'CLOSED', APPLIED: 'APPLIED', STALE: 'STALE', FAILED: 'FAILED', CANCELLED: 'CANCELLED', WITHDRAWN: 'WITHDRAWN',
} as const satisfies Record<ScenarioStatus, ScenarioStatus>;
export const SolveModeEnum = { BEST_WITHIN_BUDGET: 'BEST_WITHIN_BUDGET', CHEAPEST_FULL_COMPLIANCE: 'CHEAPEST_FULL_COMPLIANCE' } as const;
export const SolverBackendEnum = { auto: 'auto', highs: 'highs', jslp: 'jslp' } as const;
export const ComplianceTargetEnum = { ALL_CHECKS: 'ALL_CHECKS', SIX_OF_SEVEN: 'SIX_OF_SEVEN' } as const;
export const MoveDirectionsEnum = { DEFAULT: 'DEFAULT', ANY: 'ANY' } as const;

registerEnumType(ScenarioStatusEnum, {
  name: 'ScenarioStatus',
  description: 'DRAFT 草稿, QUEUED 排队中, RUNNING 求解中, SOLVED 已求解, SUBMITTED 已提交审批, APPROVED 已批准, REJECTED 已退回, PUBLISHED 公示中, '
    + 'CLOSED 公示结束, APPLIED 已执行, STALE 数据已变化, FAILED 失败, CANCELLED 已取消, WITHDRAWN 已撤回.',
});
registerEnumType(SolveModeEnum, {
  name: 'SolveMode',
  description: 'BEST_WITHIN_BUDGET: closest to the standards within the budget cap; CHEAPEST_FULL_COMPLIANCE: standards hard, infeasibility reported.',
});
registerEnumType(SolverBackendEnum, { name: 'SolverBackend', description: 'auto picks by model size; highs (WebAssembly) or jslp (javascript-lp-solver).' });
registerEnumType(ComplianceTargetEnum, {
  name: 'ComplianceTarget',
  description: 'ALL_CHECKS: every staffing check. SIX_OF_SEVEN is recorded, but the solver still aims at every staffing check (stricter). Section.sixOfSeven reports the national verdict.',
});
registerEnumType(MoveDirectionsEnum, {
  name: 'MoveDirections',
  description: 'DEFAULT: urban/town to rural and strong to weak schools; ANY: every direction.',
});
