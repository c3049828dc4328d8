import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../../auth/session-store';
import type { Role } from '../../gql/graphql';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { balanceRows, ClassSplitsTable, HiresTable, RotationsTable, ShortfallsTable } from './plan-tables';
import type { ClassSplit, Hire, Rotation, Shortfall } from './plan-types';

const rotation: Rotation = {
  staffNo: '431124000123',
  level: 'PRIMARY',
  indicator: 'Q3',
  reason: 'Q3 at 东源村小学',
  distanceKm: 12.34,
  termYears: 3,
  startDate: '2027-09-01',
  fromSchool: { id: 'a', code: '2431124001', name: '城关第一小学' },
  toSchool: { id: 'b', code: '2431124099', name: '东源村小学' },
  teacher: { id: 't', name: '张三', subject: '音乐' },
  points: {
    total: 9.5,
    parts: [
      { code: 'YEARS_AT_SCHOOL', label: '在校10年，超过6年的4年×1分', points: 4 },
      { code: 'BACKBONE', label: '骨干教师', points: 3 },
      { code: 'TITLE', label: '中级职称', points: 2.5 },
    ],
  },
};

function as(role: Role) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'u', displayName: 'u', role, regionCode: '431124' } });
}

describe('RotationsTable', () => {
  it('gives the reason in Chinese and hides names from a planner', () => {
    as('PLANNER');
    renderWithProviders(<RotationsTable rows={[rotation]} />);
    expect(screen.getByText('东源村小学')).toBeInTheDocument();
    expect(screen.getByText('补足接收学校Q3 体艺教师')).toBeInTheDocument();
    expect(screen.queryByText(/ at /)).toBeNull();
    expect(screen.queryByText('张三')).toBeNull();
    expect(screen.queryByRole('columnheader', { name: '姓名' })).toBeNull();
  });

  it('shows names to HR', () => {
    as('HR');
    renderWithProviders(<RotationsTable rows={[rotation]} />);
    expect(screen.getByText('张三')).toBeInTheDocument();
  });
});

describe('ShortfallsTable', () => {
  it('explains each remaining gap with its cause in Chinese', () => {
    const rows: Shortfall[] = [
      { schoolCode: '2431124001', schoolName: '城关第一小学', level: 'PRIMARY', indicator: 'Q2', value: 0.5, threshold: 1, gapTeachers: 3, cause: 'BUDGET', costToClose: 240000 },
      { schoolCode: null, schoolName: null, level: null, indicator: 'ROTATION_QUOTA', value: 0.05, threshold: 0.1, gapTeachers: null, cause: 'SOMETHING_NEW', costToClose: null },
    ];
    renderWithProviders(<ShortfallsTable rows={rows} />);
    expect(screen.getByText('预算不足')).toBeInTheDocument();
    expect(screen.getByText('其他原因')).toBeInTheDocument();
    expect(screen.getByText('全县')).toBeInTheDocument();
    expect(screen.getByText('交流轮岗比例')).toBeInTheDocument();
    expect(screen.getByText('240,000')).toBeInTheDocument();
  });
});

describe('HiresTable and ClassSplitsTable', () => {
  it('flag a hire below the minimum, name the indicator it serves, and show what a split takes', () => {
    as('PLANNER');
    const names = (code: string | null | undefined) => (code === '2431124099' ? '东源村小学' : (code ?? ''));
    const hires: Hire[] = [
      { schoolCode: '2431124099', level: 'SENIOR', subjectGroup: 'CORE', education: 'ASSOCIATE', count: 2, extraQuota: 0, annualCost: 184000, belowMinimum: true, reason: '改善生师比（R）：东源村小学', indicator: 'R', certificateRequired: true },
    ];
    renderWithProviders(<HiresTable rows={hires} names={names} />);
    expect(screen.getByText('低于最低学历')).toBeInTheDocument();
    expect(screen.getByText('须持对应教师资格证')).toBeInTheDocument();
    expect(screen.getByText('R')).toBeInTheDocument();
    const splits: ClassSplit[] = [{ schoolCode: '2431124099', level: 'PRIMARY', classesBefore: 2, classesAfter: 3, classroomsBuilt: 1, teachingPeriods: 28, teachersNeeded: 1.9, annualCost: 30000 }];
    renderWithProviders(<ClassSplitsTable rows={splits} names={names} />);
    expect(screen.getByRole('columnheader', { name: '新建教室' })).toBeInTheDocument();
    expect(screen.getByText('1.9')).toBeInTheDocument();
    expect(screen.getByText('30,000')).toBeInTheDocument();
  });
});

describe('balanceRows', () => {
  it('joins before and after per level and indicator', () => {
    const before = [{ level: 'PRIMARY' as const, indicator: 'Q2' as const, cv: 0.68, threshold: 0.5, passes: false }];
    const after = [{ level: 'PRIMARY' as const, indicator: 'Q2' as const, cv: 0.45, threshold: 0.5, passes: true }];
    expect(balanceRows(before, after)).toEqual([{ key: 'PRIMARY-Q2', level: 'PRIMARY', indicator: 'Q2', threshold: 0.5, before: 0.68, after: 0.45, passes: true }]);
  });
});
