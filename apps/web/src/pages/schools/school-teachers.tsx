import { useQuery } from '@apollo/client/react';
import { Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useSignedIn } from '../../auth/session-context';
import type { SchoolTeachersQuery, TeacherStatus } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { ConnectionPager } from '../../ui/cursor-pager';
import { currentAfter, firstPage } from '../../ui/cursor-pages';
import { ErrorAlert } from '../../ui/error-alert';
import { SchoolTeachersQuery as Query } from './school-detail.query';

type TeacherRow = NonNullable<SchoolTeachersQuery['school']>['teachers']['nodes'][number];

/** A school's teachers (or its on-loan teachers); names and full ID numbers only for HR and admin. */
export function SchoolTeachers({ code, status, title }: { code: string; status?: TeacherStatus; title: string }) {
  const t = useT();
  const { permissions } = useSignedIn();
  const [pages, setPages] = useState(firstPage);
  const { data, previousData, loading, error } = useQuery(Query, {
    variables: { code, first: 20, after: currentAfter(pages), filter: status ? { status } : null },
  });
  const shown = (data ?? previousData)?.school?.teachers;
  return (
    <Card size="small" title={title}>
      <ErrorAlert error={error} />
      <Table<TeacherRow>
        size="small"
        rowKey="staffNo"
        loading={loading}
        pagination={false}
        dataSource={shown?.nodes ?? []}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('teacher.staffNo'), dataIndex: 'staffNo', width: 130 },
          ...(permissions.seePersonalData ? [{ title: t('teacher.name'), dataIndex: 'name', width: 90 }] : []),
          { title: t('teacher.idNumber'), dataIndex: 'idNumber', width: 180 },
          { title: t('teacher.gender'), dataIndex: 'gender', width: 60, render: (v: TeacherRow['gender']) => t(`gender.${v}`) },
          { title: t('teacher.level'), dataIndex: 'level', width: 70, render: (v: TeacherRow['level']) => t(`level.${v}`) },
          { title: t('teacher.subject'), dataIndex: 'subject', width: 90 },
          { title: t('teacher.education'), dataIndex: 'education', width: 80, render: (v: TeacherRow['education']) => t(`education.${v}`) },
          { title: t('teacher.title'), dataIndex: 'title', width: 80 },
          { title: t('teacher.backbone'), dataIndex: 'backbone', width: 70, render: (v: TeacherRow['backbone']) => t(`backbone.${v}`) },
          { title: t('teacher.status'), dataIndex: 'status', width: 70, render: (v: TeacherRow['status']) => <Tag>{t(`teacherStatus.${v}`)}</Tag> },
          { title: t('teacher.years'), dataIndex: 'yearsAtSchool', width: 80, align: 'right' as const },
        ]}
      />
      <ConnectionPager connection={shown} pages={pages} setPages={setPages} />
    </Card>
  );
}
