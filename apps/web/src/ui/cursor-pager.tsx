import { Button, Space, Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { formatInteger } from '../format/format-number';
import type { Dispatch, SetStateAction } from 'react';
import { nextPage, pageNumber, previousPage, type CursorPages } from './cursor-pages';

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

/** What a pager needs of a Relay connection. */
export interface PagedConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** CursorPager over a connection and the pages seen so far (null while the first answer loads). */
export function ConnectionPager({ connection, pages, setPages }: { connection: PagedConnection | null | undefined; pages: CursorPages; setPages: Dispatch<SetStateAction<CursorPages>> }) {
  return (
    <CursorPager
      page={pageNumber(pages)}
      total={connection?.totalCount ?? null}
      hasNext={connection?.pageInfo.hasNextPage ?? false}
      onPrevious={() => setPages(previousPage)}
      onNext={() => setPages((p) => nextPage(p, connection?.pageInfo.endCursor))}
    />
  );
}
