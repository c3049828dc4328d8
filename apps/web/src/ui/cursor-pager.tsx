import { Button, Space, Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { formatInteger } from '../format/format-number';

/** Previous / next over a connection, with the page number and the total. */
export function CursorPager({ page, total, hasNext, onPrevious, onNext }: { page: number; total: number | null; hasNext: boolean; onPrevious: () => void; onNext: () => void }) {
  const { t, locale } = useLocale();
  return (
    <Space style={{ marginTop: 12 }}>
      <Button onClick={onPrevious} disabled={page <= 1}>
        {t('common.prevPage')}
      </Button>
      <Typography.Text>{t('common.pageOf', { page })}</Typography.Text>
      <Button onClick={onNext} disabled={!hasNext}>
        {t('common.nextPage')}
      </Button>
      {total !== null && <Typography.Text type="secondary">{t('common.total', { n: formatInteger(total, locale) })}</Typography.Text>}
    </Space>
  );
}
