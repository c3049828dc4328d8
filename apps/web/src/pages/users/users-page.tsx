import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSignedIn } from '../../auth/session-context';
import type { Role } from '../../gql/graphql';
import { useT } from '../../i18n/locale-context';
import { ConnectionPager } from '../../ui/cursor-pager';
import { currentAfter, firstPage } from '../../ui/cursor-pages';
import { ErrorAlert } from '../../ui/error-alert';
import { useNotifiedAction } from '../../ui/use-notified-action';
import { DeleteUserMutation } from './user.mutations';
import { UserFormModal, type UserFormTarget } from './user-form-modal';
import { regionLabel, type UserRow } from './user-form-values';
import { AssignableRegionsQuery } from '../../county/assignable-regions.query';
import { UsersPageQuery } from './users.query';

const PAGE_SIZE = 20;

/** 用户管理 (ADMIN): the users of the administrator's region, paged on the server, with create, edit and delete. */
export default function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const run = useNotifiedAction();
  const { session } = useSignedIn();
  const [search, setSearch] = useState<string | null>(null);
  const [pages, setPages] = useState(firstPage);
  const [target, setTarget] = useState<UserFormTarget | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(UsersPageQuery, { variables: { first: PAGE_SIZE, after: currentAfter(pages), search } });
  const regionsQuery = useQuery(AssignableRegionsQuery);
  const [remove] = useMutation(DeleteUserMutation);
  const shown = data ?? previousData;
  const regions = useMemo(() => regionsQuery.data?.assignableRegions ?? [], [regionsQuery.data]);
  const regionNames = useMemo(() => new Map(regions.map((r) => [r.code, regionLabel(r, t)])), [regions, t]);
  const self = session.user.username;

  const saved = async (username: string) => {
    void message.success(t(target?.kind === 'edit' ? 'users.updated' : 'users.created', { username }));
    setTarget(null);
    // A failed refetch shows through the query's error; one cut short by leaving the page needs nothing.
    await refetch().catch(() => undefined);
  };
  const removeUser = async (row: UserRow) => {
    if (!(await run(() => remove({ variables: { id: row.id } }), t('users.deleted', { username: row.username })))) return;
    // The page may now be empty: start again from the first.
    if ((shown?.users.nodes.length ?? 0) <= 1) setPages(firstPage);
    await refetch().catch(() => undefined);
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {t('users.title')}
        </Typography.Title>
        <Space>
          <Input.Search
            aria-label={t('users.search')}
            placeholder={t('users.search')}
            allowClear
            maxLength={64}
            style={{ width: 240 }}
            onSearch={(text) => {
              setSearch(text.trim() === '' ? null : text.trim());
              setPages(firstPage);
            }}
          />
          <Button type="primary" onClick={() => setTarget({ kind: 'create' })}>
            {t('users.new')}
          </Button>
        </Space>
      </Space>
      <ErrorAlert error={error ?? regionsQuery.error} />
      <Table<UserRow>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={shown?.users.nodes ?? []}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            render: (v: string) => (
              <span>
                {v} {v === self && <Tag>{t('users.self')}</Tag>}
              </span>
            ),
          },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', width: 120, render: (v: Role) => t(`role.${v}`) },
          { title: t('users.region'), dataIndex: 'regionCode', width: 200, render: (v: string | null) => (v ? (regionNames.get(v) ?? v) : t('common.all')) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, r: UserRow) => (
              <Space size={4}>
                <Button size="small" onClick={() => setTarget({ kind: 'edit', user: r })} aria-label={`${t('common.edit')} ${r.username}`}>
                  {t('common.edit')}
                </Button>
                {r.username === self ? (
                  <Tooltip title={t('users.selfDelete')}>
                    <Button size="small" danger disabled aria-label={`${t('common.delete')} ${r.username}`}>
                      {t('common.delete')}
                    </Button>
                  </Tooltip>
                ) : (
                  <Popconfirm
                    title={t('users.deleteConfirm', { name: r.displayName, username: r.username })}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => removeUser(r)}
                  >
                    <Button size="small" danger aria-label={`${t('common.delete')} ${r.username}`}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ConnectionPager connection={shown?.users} pages={pages} setPages={setPages} />
      <UserFormModal target={target} regions={regions} selfUsername={self} onClose={() => setTarget(null)} onSaved={(username) => void saved(username)} />
    </Space>
  );
}
