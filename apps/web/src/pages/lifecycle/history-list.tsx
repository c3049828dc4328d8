import { Timeline, Typography } from 'antd';
import type { ScenarioStatus } from '../../gql/graphql';
import { formatDateTime } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import type { MessageKey } from '../../i18n/messages';

export interface HistoryEntryView {
  id: string;
  operation: string;
  fromStatus?: ScenarioStatus | null;
  toStatus: ScenarioStatus;
  username?: string | null;
  reason?: string | null;
  at: string;
}

/** Every step of the scenario's life, newest first: what, who, when, why. */
export function HistoryList({ entries }: { entries: readonly HistoryEntryView[] }) {
  const { t, locale } = useLocale();
  const label = (op: string) => {
    const key = `lifecycle.op.${op}` as MessageKey;
    return t(key) === key ? op : t(key);
  };
  return (
    <section aria-label={t('lifecycle.history')}>
    <Timeline
      items={[...entries].reverse().map((h) => ({
        key: h.id,
        content: (
          <div data-operation={h.operation}>
            <Typography.Text strong>{label(h.operation)}</Typography.Text>
            {' → '}
            {t(`status.${h.toStatus}`)}
            <Typography.Text type="secondary">{` · ${h.username ?? t('lifecycle.system')} · ${formatDateTime(h.at, locale)}`}</Typography.Text>
            {h.reason && <div><Typography.Text type="secondary">{h.reason}</Typography.Text></div>}
          </div>
        ),
      }))}
    />
    </section>
  );
}
