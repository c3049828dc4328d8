import { Tag } from 'antd';
import type { ScenarioStatus } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { TONES, type Tone } from '../../ui/tag-tones';

const TONE: Record<ScenarioStatus, Tone> = {
  DRAFT: 'neutral',
  QUEUED: 'processing',
  RUNNING: 'processing',
  SOLVED: 'success',
  FAILED: 'error',
  CANCELLED: 'neutral',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  PUBLISHED: 'processing',
  CLOSED: 'success',
  APPLIED: 'purple',
  STALE: 'warning',
  WITHDRAWN: 'neutral',
};

export function ScenarioStatusTag({ status }: { status: ScenarioStatus }) {
  const t = useT();
  return <Tag style={TONES[TONE[status]]}>{t(`status.${status}`)}</Tag>;
}
