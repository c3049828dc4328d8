import { Alert } from 'antd';
import { describeError } from '../errors/describe-error';
import { useT } from '../i18n/locale-context';

/** An API failure, in words from the error catalogue (never the server's text). */
export function ErrorAlert({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return <Alert type="error" showIcon title={describeError(error, t)} style={{ marginBottom: 16 }} />;
}
