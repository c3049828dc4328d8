import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../../auth/session-store';
import type { Role } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { RetirementsTable, ReturningTable } from './plan-year-people';
import type { Retirement, ReturningTeacher } from './plan-types';

function as(role: Role) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'u', displayName: 'u', role, regionCode: '431124' } });
}

const retired: Retirement = { staffNo: '431124000501', name: '王建国', schoolCode: '2431124001', schoolName: '城关第一小学', level: 'PRIMARY' };
const back: ReturningTeacher = {
  staffNo: '431124000777', name: '李娟', level: 'JUNIOR', subject: '数学', fromSchoolCode: '2431124099', fromSchoolName: '东源村中学',
  schoolCode: '2431124002', schoolName: '城关第二中学', rotationEnd: '2028-08-31',
};

describe('RetirementsTable', () => {
  it('lists each retiring teacher with school and level; HR sees the name', () => {
    as('HR');
    renderWithProviders(<RetirementsTable rows={[retired]} />);
    for (const heading of ['工号', '姓名', '所在学校', '任教学段']) expect(screen.getByRole('columnheader', { name: heading })).toBeInTheDocument();
    const row = screen.getByText('431124000501').closest('tr')!;
    expect(within(row).getByText('王建国')).toBeInTheDocument();
    expect(within(row).getByText('城关第一小学')).toBeInTheDocument();
    expect(within(row).getByText('小学')).toBeInTheDocument();
  });

  it('a planner sees no name column; an empty year says no one retires', () => {
    as('PLANNER');
    renderWithProviders(<RetirementsTable rows={[]} />);
    expect(screen.queryByRole('columnheader', { name: '姓名' })).toBeNull();
    expect(screen.getByText('本年没有教师退休')).toBeInTheDocument();
  });
});

describe('ReturningTable', () => {
  it('lists each returning teacher with the school they leave, the home school and the term\'s end', () => {
    as('HR');
    renderWithProviders(<ReturningTable rows={[back]} />);
    for (const heading of ['工号', '姓名', '学科', '任教学段', '轮岗学校', '返回原校', '期满日期']) expect(screen.getByRole('columnheader', { name: heading })).toBeInTheDocument();
    const row = screen.getByText('431124000777').closest('tr')!;
    for (const text of ['李娟', '数学', '初中', '东源村中学', '城关第二中学', '2028-08-31']) expect(within(row).getByText(text)).toBeInTheDocument();
  });

  it('says so in English when no term ends', () => {
    as('PLANNER');
    renderWithProviders(<ReturningTable rows={[]} />, { locale: 'en' });
    expect(screen.getByText('No rotation term ends this year')).toBeInTheDocument();
  });
});
