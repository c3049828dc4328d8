import { Table, Tag } from 'antd';
import type { RotationChangeKind } from '../../gql/graphql';
import { useLocale } from '../../i18n/locale-context';
import { TONES } from '../../ui/tag-tones';

interface Ends { fromSchoolName: string; toSchoolName: string }
export interface SupplementLineView {
  objectionId: string;
  change: RotationChangeKind;
  staffNo: string;
  teacherName?: string | null;
  before?: Ends | null;
  after?: Ends | null;
}

const route = (e: Ends | null | undefined) => (e ? `${e.fromSchoolName} → ${e.toSchoolName}` : '—');

/** The supplementary notice (补充公示): every line an upheld objection changed, as published and now. */
export function SupplementTable({ rows }: { rows: readonly SupplementLineView[] }) {
  const { t } = useLocale();
  return (
    <Table<SupplementLineView>
      size="small"
      rowKey={(l) => `${l.objectionId}:${l.staffNo}`}
      pagination={false}
      dataSource={[...rows]}
      aria-label={t('lifecycle.supplement')}
      columns={[
        { title: t('lifecycle.change'), dataIndex: 'change', render: (c: RotationChangeKind) => <Tag style={TONES[c === 'REMOVED' ? 'error' : c === 'ADDED' ? 'success' : 'processing']}>{t(`lifecycle.change.${c}`)}</Tag> },
        { title: t('lifecycle.staffNo'), dataIndex: 'staffNo' },
        { title: t('lifecycle.teacher'), dataIndex: 'teacherName', render: (v: string | null) => v ?? '—' },
        { title: t('lifecycle.before'), key: 'before', render: (_: unknown, l) => route(l.before) },
        { title: t('lifecycle.after'), key: 'after', render: (_: unknown, l) => route(l.after) },
      ]}
    />
  );
}
