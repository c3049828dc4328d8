import { Button, Popover, Table } from 'antd';
import { formatDecimal } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import type { Rotation } from './plan-types';

type Points = NonNullable<Rotation['points']>;
type Part = Points['parts'][number];

/** A teacher's rotation points (积分): the total, and on hover or click every part with its label as the API words it. */
export function RotationPointsCell({ points }: { points: Rotation['points'] }) {
  const { t, locale } = useLocale();
  if (!points) return <>{t('points.none')}</>;
  const total = formatDecimal(points.total, locale, 1);
  const parts = (
    <Table<Part>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={[...points.parts]}
      style={{ maxWidth: 420 }}
      columns={[
        { title: t('points.parts'), dataIndex: 'label' },
        { title: t('points.column'), dataIndex: 'points', width: 70, align: 'right', render: (v: number) => formatDecimal(v, locale, 1) },
      ]}
    />
  );
  return (
    <Popover content={parts} title={`${t('points.column')} ${total}`} trigger={['hover', 'click']}>
      <Button type="link" size="small" style={{ padding: 0 }}>
        {total}
      </Button>
    </Popover>
  );
}
