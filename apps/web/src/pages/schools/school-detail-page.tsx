import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useSignedIn } from '../../auth/session-context';
import { formatDecimal, formatInteger, formatYuan } from '../../format/format-number';
import { useLocale } from '../../i18n/locale-context';
import { ErrorAlert } from '../../ui/error-alert';
import { PageLoading } from '../../ui/page-loading';
import { TONES } from '../../ui/tag-tones';
import { QuotaHistory } from './quota-history';
import { SchoolDetailQuery } from './school-detail.query';
import { SchoolRotations } from './school-rotations';
import { SchoolTeachers } from './school-teachers';
import { SectionChecks } from './section-checks';

/** A school: its figures, every section's checks, facilities and (not for viewers) teachers and rotations. */
export default function SchoolDetailPage() {
  const { t, locale } = useLocale();
  const { code = '' } = useParams();
  const { permissions } = useSignedIn();
  const { data, error } = useQuery(SchoolDetailQuery, { variables: { code } });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const school = data.school;
  if (!school) return <Result status="404" title={t('school.notFound')} extra={<Link to="/schools">{t('app.back')}</Link>} />;
  const f = school.facilities;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
        {school.name} {school.weak && <Tag style={TONES.warning}>{t('schools.weak')}</Tag>}
      </Typography.Title>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('schools.code')}>{school.code}</Descriptions.Item>
          <Descriptions.Item label={t('schools.township')}>{school.township}</Descriptions.Item>
          <Descriptions.Item label={t('schools.area')}>{t(`area.${school.area}`)}</Descriptions.Item>
          <Descriptions.Item label={t('schools.kind')}>{t(`kind.${school.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('schools.students')}>{formatInteger(school.students, locale)}</Descriptions.Item>
          <Descriptions.Item label={t('schools.quota')}>{school.quota}</Descriptions.Item>
          <Descriptions.Item label={t('schools.vacancies')}>{school.vacancies}</Descriptions.Item>
          <Descriptions.Item label={t('schools.onLoan')}>{school.onLoanTeachers}</Descriptions.Item>
          <Descriptions.Item label={t('schools.group')}>{school.educationGroup ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('schools.location')}>
            {formatDecimal(school.lat, locale, 4)}, {formatDecimal(school.lon, locale, 4)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
        {t('school.sections')}
      </Typography.Title>
      {school.sections.map((s) => (
        <SectionChecks key={s.id} section={s} />
      ))}
      {f && (
        <Card size="small" title={t('school.facilities')}>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
            <Descriptions.Item label={t('school.floorArea')}>{formatInteger(f.floorAreaM2, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('school.sportsArea')}>{formatInteger(f.sportsAreaM2, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('school.equipment')}>{formatYuan(f.equipmentYuan, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('school.multimedia')}>{f.multimediaRooms}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <QuotaHistory code={school.code} />
      {permissions.seeTeachers && <SchoolRotations code={school.code} countyCode={school.countyCode} />}
      {permissions.seeTeachers && <SchoolTeachers code={school.code} title={t('school.teachers')} />}
      {permissions.seeTeachers && school.onLoanTeachers > 0 && <SchoolTeachers code={school.code} status="ON_LOAN" title={t('school.onLoanTeachers')} />}
    </Space>
  );
}
