import { CountyEvaluationMemo } from './county-evaluation-memo';

export const DEFAULT_MEMO_COUNTIES = 256;

/** The server's memo of evaluated sections: `counties` kept (default 256), none for false or 0. */
export function createEvaluationMemo(counties: number | false | undefined): CountyEvaluationMemo | null {
  const max = counties === undefined ? DEFAULT_MEMO_COUNTIES : counties || 0;
  return max > 0 ? new CountyEvaluationMemo(max) : null;
}
