import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { classifyError, describeError } from '../../errors/describe-error';
import { useT } from '../../i18n/locale-context';
import { CreateUserMutation, UpdateUserMutation } from './user.mutations';
import { PASSWORD_MIN_LENGTH, regionLabel, ROLES, toCreateInput, toUpdateInput, USERNAME_PATTERN, type RegionOption, type UserFormValues, type UserRow } from './user-form-values';

export type UserFormTarget = { kind: 'create' } | { kind: 'edit'; user: UserRow };

const FORM_FIELDS = new Set(['username', 'displayName', 'role', 'regionCode', 'password']);

/** Create a user, or change one (name, role, region, new password), in a modal. */
export function UserFormModal({
  target,
  regions,
  selfUsername,
  onClose,
  onSaved,
}: {
  target: UserFormTarget | null;
  regions: ReadonlyArray<Pick<RegionOption, 'code' | 'name' | 'kind'>>;
  selfUsername: string;
  onClose: () => void;
  onSaved: (username: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<UserFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateUserMutation);
  const [update, { loading: updating }] = useMutation(UpdateUserMutation);
  const editing = target?.kind === 'edit' ? target.user : null;
  const self = editing !== null && editing.username === selfUsername;

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.kind === 'edit') {
      const { username, displayName, role, regionCode } = target.user;
      form.setFieldsValue({ username, displayName, role, regionCode: regionCode ?? undefined, password: '' });
    } else if (regions.length === 1) {
      form.setFieldsValue({ regionCode: regions[0]!.code });
    }
  }, [target, regions, form]);

  const submit = async (values: UserFormValues) => {
    setFailure(null);
    try {
      if (editing) await update({ variables: { id: editing.id, input: toUpdateInput(values, editing) } });
      else await create({ variables: { input: toCreateInput(values) } });
      onSaved(editing?.username ?? values.username.trim());
    } catch (error) {
      const message = describeError(error, t);
      setFailure(message);
      const { field } = classifyError(error);
      if (field && FORM_FIELDS.has(field)) form.setFields([{ name: field as keyof UserFormValues, errors: [message] }]);
    }
  };

  const passwordRules = [
    ...(editing ? [] : [{ required: true, message: t('users.rule.passwordRequired') }]),
    { min: PASSWORD_MIN_LENGTH, message: t('users.rule.password', { n: PASSWORD_MIN_LENGTH }) },
  ];
  return (
    <Modal
      open={target !== null}
      title={editing ? t('users.edit') : t('users.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating || updating}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form<UserFormValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} name="user-form">
        <Form.Item
          label={t('users.username')}
          name="username"
          rules={editing ? [] : [{ required: true, message: t('users.rule.usernameRequired') }, { pattern: USERNAME_PATTERN, message: t('users.rule.username') }]}
        >
          <Input autoComplete="off" disabled={editing !== null} maxLength={64} />
        </Form.Item>
        <Form.Item label={t('users.displayName')} name="displayName" rules={[{ required: true, whitespace: true, message: t('users.rule.displayName') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('users.role')} name="role" rules={[{ required: true, message: t('users.rule.role') }]} extra={self ? t('users.selfRole') : undefined}>
          <Select aria-label={t('users.role')} disabled={self && editing?.role === 'ADMIN'} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item label={t('users.region')} name="regionCode" rules={[{ required: true, message: t('users.rule.region') }]}>
          <Select aria-label={t('users.region')} options={regions.map((r) => ({ value: r.code, label: regionLabel(r, t) }))} />
        </Form.Item>
        <Form.Item
          label={editing ? t('users.newPassword') : t('users.password')}
          name="password"
          rules={passwordRules}
          extra={editing ? t('users.passwordKeep') : undefined}
        >
          <Input.Password autoComplete="new-password" maxLength={200} placeholder={t('users.rule.password', { n: PASSWORD_MIN_LENGTH })} />
        </Form.Item>
      </Form>
      {editing && <Typography.Text type="secondary">{t('users.sessionsEnd')}</Typography.Text>}
    </Modal>
  );
}
