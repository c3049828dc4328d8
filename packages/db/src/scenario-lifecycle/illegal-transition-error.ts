import type { ScenarioOperation, ScenarioStatus } from './scenario-status';

const LABEL_ZH: Record<string, string> = {
  DRAFT: '草稿', QUEUED: '排队中', RUNNING: '求解中', SOLVED: '已求解', SUBMITTED: '已提交', APPROVED: '已批准', REJECTED: '已退回',
  PUBLISHED: '公示中', CLOSED: '公示结束', APPLIED: '已执行', STALE: '数据已变化', FAILED: '失败', CANCELLED: '已取消', WITHDRAWN: '已撤回',
};

/** A status change the transition table does not allow: `extensions.code` ILLEGAL_TRANSITION with the states. */
export class IllegalTransitionError extends Error {
  readonly code = 'ILLEGAL_TRANSITION';
  constructor(
    readonly from: ScenarioStatus,
    readonly operation: ScenarioOperation,
    readonly allowed: readonly ScenarioStatus[],
  ) {
    super(
      `Cannot ${operation} a ${from} scenario; ${operation} is allowed from ${allowed.join(', ') || 'no state'} ` +
        `(方案状态为「${LABEL_ZH[from] ?? from}」，不能执行此操作；仅在${allowed.map((s) => `「${LABEL_ZH[s] ?? s}」`).join('、') || '无'}状态下可以)`,
    );
    this.name = 'IllegalTransitionError';
  }
}

/** The scenario does not exist (deleted meanwhile). */
export class ScenarioMissingError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(readonly scenarioId: string) {
    super(`Scenario ${scenarioId} not found`);
    this.name = 'ScenarioMissingError';
  }
}

/** A lifecycle step refused for a reason other than the status (an open window, a bad objection). */
export class ScenarioRuleError extends Error {
  constructor(
    readonly code: 'CONFLICT' | 'BAD_USER_INPUT' | 'NOT_FOUND',
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ScenarioRuleError';
  }
}
