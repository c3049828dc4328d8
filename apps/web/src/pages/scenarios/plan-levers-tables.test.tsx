import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../../auth/session-store';
import type { Role } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { PostTransfersTable, RecallsTable } from './plan-levers-tables';
import { ShortfallsTable } from './plan-tables';
import type { PostTransfer, Recall, Shortfall } from './plan-types';

function as(role: Role) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'u', displayName: 'u', role, regionCode: '431124' } });
}

const transfer: PostTransfer = {
  fromSchoolCode: '2431124001', toSchoolCode: '2431124099',
  fromSchool: { id: 'a', name: '城关第一小学' }, toSchool: { id: 'b', name: '东源村小学' },
  posts: 3, reason: '调入空编 3 个，用于补足教职工编制缺口：东源村小学', annualCost: 1500,
};
const recall: Recall = {
  staffNo: '431124000777', schoolCode: '2431124099', school: { id: 'b', name: '东源村小学' }, teacher: { id: 't', name: '李娟', subject: '语文' },
  level: 'PRIMARY', reason: 'Q1 at 东源村小学', indicator: 'Q1', startDate: '2027-09-01', annualCost: 0,
};

describe('PostTransfersTable', () => {
  it('lists each transfer with both schools, the posts, the cost and the reason, under Chinese headings', () => {
    as('PLANNER');
    renderWithProviders(<PostTransfersTable rows={[transfer]} />);
    for (const heading of ['调出学校', '调入学校', '编制数', '原因']) expect(screen.getByRole('columnheader', { name: heading })).toBeInTheDocument();
    const row = screen.getByText('城关第一小学').closest('tr')!;
    expect(within(row).getByText('东源村小学')).toBeInTheDocument();
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(within(row).getByText('1,500')).toBeInTheDocument();
    expect(within(row).getByText('调入空编 3 个，用于补足教职工编制缺口：东源村小学')).toBeInTheDocument();
  });

  it('says so when the plan moves no posts, in English too', () => {
    renderWithProviders(<PostTransfersTable rows={[]} />, { locale: 'en' });
    expect(screen.getByText('This plan moves no posts')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'From school' })).toBeInTheDocument();
  });
});

describe('RecallsTable', () => {
  it('gives the school, the return date and the reason in Chinese, and hides names from a planner', () => {
    as('PLANNER');
    renderWithProviders(<RecallsTable rows={[recall]} />);
    expect(screen.getByRole('columnheader', { name: '返校日期' })).toBeInTheDocument();
    expect(screen.getByText('2027-09-01')).toBeInTheDocument();
    expect(screen.getByText('东源村小学')).toBeInTheDocument();
    expect(screen.getByText('补足本校Q1 学历达标教师')).toBeInTheDocument();
    expect(screen.queryByText('李娟')).toBeNull();
  });

  it('shows names to HR', () => {
    as('HR');
    renderWithProviders(<RecallsTable rows={[recall]} />);
    expect(screen.getByText('李娟')).toBeInTheDocument();
  });
});

describe('the POSTS_HELD_BY_RULES cause', () => {
  it('is named in Chinese, not as 其他原因', () => {
    const rows: Shortfall[] = [{ schoolCode: '2431124099', schoolName: '东源村小学', level: 'PRIMARY', indicator: 'Q1', value: 0.5, threshold: 1, gapTeachers: 3, cause: 'POSTS_HELD_BY_RULES', costToClose: null }];
    renderWithProviders(<ShortfallsTable rows={rows} />);
    expect(screen.getByText('他校有空编，但调剂规则不允许调出')).toBeInTheDocument();
    expect(screen.queryByText('其他原因')).toBeNull();
  });
});
