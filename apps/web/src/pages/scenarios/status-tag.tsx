import { Tag } from 'antd';
import type { ScenarioStatus } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';

const COLORS: Record<ScenarioStatus, string> = {
  DRAFT: 'default',
  QUEUED: 'processing',
  RUNNING: 'processing',
  SOLVED: 'success',
  FAILED: 'error',
  CANCELLED: 'default',
  APPLIED: 'purple',
  STALE: 'warning',
};

export function ScenarioStatusTag({ status }: { status: ScenarioStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
