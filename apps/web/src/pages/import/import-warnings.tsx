import { Alert } from 'antd';
import type { RosterProblem } from '../../api/upload-roster';
import { useT } from '../../i18n/locale-context';


/** What an import or dry run took by default (e.g. 成本项目「增编」缺失，按默认值 0 计): shown after it succeeds, to be checked. */
export function ImportWarnings({ warnings }: { warnings: readonly RosterProblem[] | undefined }) {
  const t = useT();
  if (!warnings || warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('import.warnings', { n: warnings.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((w, i) => (
            <li key={i}>
              {w.message}
              <span style={{ opacity: 0.7 }}>
                {' '}
                （{t('import.sheet')} {w.sheet}{w.row > 0 ? `，${t('import.row')} ${w.row}` : ''}）
              </span>
            </li>
          ))}
        </ul>
      }
    />
  );
}
