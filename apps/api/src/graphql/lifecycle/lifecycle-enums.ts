import { registerEnumType } from 'type-graphql';

export const ScenarioActionEnum = {
  SUBMIT: 'SUBMIT', APPROVE: 'APPROVE', REJECT: 'REJECT', WITHDRAW: 'WITHDRAW', PUBLISH: 'PUBLISH', RECORD_OBJECTION: 'RECORD_OBJECTION',
  DECIDE_OBJECTION: 'DECIDE_OBJECTION', CLOSE: 'CLOSE', APPLY: 'APPLY',
} as const;
export type ScenarioAction = keyof typeof ScenarioActionEnum;

export const ObjectionDecisionEnum = { UPHELD: 'UPHELD', DISMISSED: 'DISMISSED' } as const;
export const RotationChangeKindEnum = { REMOVED: 'REMOVED', ADDED: 'ADDED', CHANGED: 'CHANGED' } as const;

registerEnumType(ScenarioActionEnum, {
  name: 'ScenarioAction',
  description: 'What the signed-in user may do to the scenario now: SUBMIT 提交审批 (PLANNER), APPROVE 批准 / REJECT 退回 (ADMIN), WITHDRAW 撤回, '
    + 'PUBLISH 公示 (HR), RECORD_OBJECTION 登记异议 (HR), DECIDE_OBJECTION 处理异议 (ADMIN), CLOSE 结束公示, APPLY 执行 (HR).',
});
registerEnumType(ObjectionDecisionEnum, { name: 'ObjectionDecision', description: 'UPHELD 成立 (the teacher is taken off the list and the plan re-solved), DISMISSED 不成立.' });
registerEnumType(RotationChangeKindEnum, { name: 'RotationChangeKind', description: 'REMOVED 取消, ADDED 新增, CHANGED 调整.' });
