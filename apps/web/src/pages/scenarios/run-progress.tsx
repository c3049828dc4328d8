import { Card, Progress, Space, Typography } from 'antd';
import { useT } from '../../i18n/locale-context';
import type { MessageKey } from '../../i18n/messages';

interface ProgressData {
  stage: string;
  fraction: number;
}

const STAGES = new Set(['QUEUED', 'LOADING', 'BUILDING', 'SOLVING', 'CHECKING', 'STORING', 'DONE']);

export function stageKey(stage: string): MessageKey {
  return (STAGES.has(stage) ? `stage.${stage}` : 'stage.SOLVING') as MessageKey;
}

/** The live stage and share done of a run (polled every second by the page). */
export function RunProgress({ progress }: { progress: ProgressData | null | undefined }) {
  const t = useT();
  const fraction = progress?.fraction ?? 0;
  return (
    <Card size="small" title={t('run.progress')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Progress percent={Math.round(fraction * 100)} status="active" aria-label={t('run.progress')} />
        <Typography.Text>{t(stageKey(progress?.stage ?? 'QUEUED'))}</Typography.Text>
      </Space>
    </Card>
  );
}
