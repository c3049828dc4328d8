import { useQuery } from '@apollo/client/react';
import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useSignedIn } from '../../auth/session-context';
import { useT } from '../../i18n/locale-context';
import { ConnectionPager } from '../../ui/cursor-pager';
import { currentAfter, firstPage } from '../../ui/cursor-pages';
import { ErrorAlert } from '../../ui/error-alert';
import { PlannedRotations } from './planned-rotations';
import { SchoolRotationsQuery } from './school-rotations.query';
import { SchoolRotationsTable } from './school-rotations-table';

export const ROTATIONS_PAGE_SIZE = 20;

function RotationsInEffect({ code }: { code: string }) {
  const t = useT();
  const [pages, setPages] = useState(firstPage);
  const { data, previousData, loading, error } = useQuery(SchoolRotationsQuery, { variables: { code, first: ROTATIONS_PAGE_SIZE, after: currentAfter(pages) } });
  const shown = (data ?? previousData)?.school?.rotations;
  return (
    <>
      <ErrorAlert error={error} />
      <SchoolRotationsTable rows={shown?.nodes ?? []} loading={loading} emptyText={t('rotation.none')} />
      <ConnectionPager connection={shown} pages={pages} setPages={setPages} />
    </>
  );
}

/** 交流轮岗 of a school: teachers on loan in and out now, and (scenario readers) what a scenario's plan proposes. Not for viewers. */
export function SchoolRotations({ code, countyCode }: { code: string; countyCode: string }) {
  const t = useT();
  const { permissions } = useSignedIn();
  return (
    <Card size="small" title={t('rotation.title')}>
      <Tabs
        size="small"
        items={[
          { key: 'inEffect', label: t('rotation.inEffect'), children: <RotationsInEffect code={code} /> },
          ...(permissions.seeScenarios ? [{ key: 'planned', label: t('rotation.planned'), children: <PlannedRotations code={code} countyCode={countyCode} /> }] : []),
        ]}
      />
    </Card>
  );
}
