import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../../auth/session-store';
import type { Role } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { SchoolRotationsTable, type SchoolRotationRow } from './school-rotations-table';

const rows: SchoolRotationRow[] = [
  {
    direction: 'IN', staffNo: '431124000123', level: 'PRIMARY', startDate: '2026-09-01', endDate: '2029-09-01', termYears: 3, indicator: 'Q3',
    teacher: { id: 't1', name: '张三', subject: '音乐', backbone: 'COUNTY' },
    otherSchool: { id: 's1', code: '2431124001', name: '城关第一小学' },
  },
  {
    direction: 'OUT', staffNo: '431124000456', level: 'JUNIOR', startDate: null, endDate: '2027-08-31', termYears: null, indicator: null,
    teacher: { id: 't2', name: '李四', subject: '数学', backbone: 'NONE' },
    otherSchool: { id: 's2', code: '2431124099', name: '东源村小学' },
  },
];

function as(role: Role) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'u', displayName: 'u', role, regionCode: '431124' } });
}

describe('SchoolRotationsTable', () => {
  it('shows direction, teacher, other school (a link) and term in Chinese, without names for a planner', () => {
    as('PLANNER');
    renderWithProviders(<SchoolRotationsTable rows={rows} emptyText="无" />);
    const [inRow, outRow] = screen.getAllByRole('row').slice(1);
    expect(within(inRow!).getByText('调入')).toBeInTheDocument();
    expect(within(inRow!).getByText('音乐')).toBeInTheDocument();
    expect(within(inRow!).getByText('县级')).toBeInTheDocument();
    expect(within(inRow!).getByText('2026-09-01 至 2029-09-01')).toBeInTheDocument();
    expect(within(inRow!).getByRole('link', { name: '城关第一小学' })).toHaveAttribute('href', '/schools/2431124001');
    expect(within(outRow!).getByText('调出')).toBeInTheDocument();
    expect(within(outRow!).getByText('初中')).toBeInTheDocument();
    expect(within(outRow!).getByText('至 2027-08-31')).toBeInTheDocument();
    expect(within(outRow!).getByRole('link', { name: '东源村小学' })).toHaveAttribute('href', '/schools/2431124099');
    expect(screen.queryByText('张三')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '姓名' })).toBeNull();
  });

  it('shows names to HR, and English labels', () => {
    as('HR');
    renderWithProviders(<SchoolRotationsTable rows={rows} emptyText="none" />, { locale: 'en' });
    expect(screen.getByText('张三')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Other school' })).toBeInTheDocument();
    expect(screen.getByText('In')).toBeInTheDocument();
    expect(screen.getByText('2026-09-01 to 2029-09-01')).toBeInTheDocument();
  });

  it('says when there is nothing to show', () => {
    as('HR');
    renderWithProviders(<SchoolRotationsTable rows={[]} emptyText="本校暂无交流轮岗教师" />);
    expect(screen.getByText('本校暂无交流轮岗教师')).toBeInTheDocument();
  });
});
