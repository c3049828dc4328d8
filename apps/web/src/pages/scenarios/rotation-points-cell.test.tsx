import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../../auth/session-store';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { RotationsTable } from './plan-tables';
import type { Rotation } from './plan-types';
import { RotationPointsRule } from './rotation-points-rule';
import { RotationPointsRuleQuery } from './rotation-points.query';

const base: Rotation = {
  staffNo: '431124000777',
  level: 'JUNIOR',
  indicator: null,
  reason: 'rotation quota',
  distanceKm: 8,
  termYears: 3,
  startDate: '2027-09-01',
  fromSchool: { id: 'a', code: '2431124001', name: '道县第一中学' },
  toSchool: { id: 'b', code: '2431124050', name: '清塘镇中学' },
  teacher: { id: 't', name: '李四', subject: '数学' },
  points: {
    total: 12.5,
    parts: [
      { code: 'YEARS_AT_SCHOOL', label: '在校10年，超过6年的4年×1分', points: 4 },
      { code: 'BACKBONE', label: '县级骨干教师', points: 5 },
      { code: 'TITLE', label: '一级教师', points: 3.5 },
    ],
  },
};

function asHr() {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'hr', displayName: '人事股', role: 'HR', regionCode: '431124' } });
}

describe('rotation points in the rotations table', () => {
  it('shows the total under 积分 and every part with its points on hover', async () => {
    asHr();
    renderWithProviders(<RotationsTable rows={[base]} />);
    expect(screen.getByRole('columnheader', { name: '积分' })).toBeInTheDocument();
    const total = screen.getByRole('button', { name: '12.5' });
    expect(screen.queryByText('县级骨干教师')).toBeNull();
    await userEvent.setup().hover(total);
    expect(await screen.findByText('县级骨干教师')).toBeInTheDocument();
    expect(screen.getByText('在校10年，超过6年的4年×1分')).toBeInTheDocument();
    expect(screen.getByText('3.5')).toBeInTheDocument();
    expect(screen.getByText('积分构成')).toBeInTheDocument();
  });

  it('shows a dash for a plan made before points', () => {
    asHr();
    renderWithProviders(<RotationsTable rows={[{ ...base, points: null }]} />);
    expect(screen.queryByRole('button', { name: '12.5' })).toBeNull();
    expect(screen.getAllByText('—').length).toBeGreaterThan(0);
  });

  it('labels the column in English', () => {
    asHr();
    renderWithProviders(<RotationsTable rows={[base]} />, { locale: 'en' });
    expect(screen.getByRole('columnheader', { name: 'Points' })).toBeInTheDocument();
  });
});

describe('RotationPointsRule', () => {
  it('prints the county standard set\'s points rule in words', async () => {
    const rule = '在本校连续任教满6年的，每多1年计1分；骨干教师加5分；高级职称加3分。';
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: RotationPointsRuleQuery, variables: { regionCode: '431124' } }, result: { data: { standardSet: { __typename: 'StandardSet', id: 's1', rotationPointsRule: rule } } } },
    ];
    renderWithProviders(<MockedProvider mocks={mocks}><RotationPointsRule countyCode="431124" /></MockedProvider>);
    expect(await screen.findByText(rule)).toBeInTheDocument();
    expect(screen.getByText('积分规则（本地区现行标准）')).toBeInTheDocument();
  });

  it('prints the rule the plan recorded, without asking for the county\'s current one', () => {
    const rule = '在本校连续任教满6年的，每多1年计2分。';
    // No mocked response: a query for the current rule would fail the render with a network error.
    renderWithProviders(<MockedProvider mocks={[]}><RotationPointsRule countyCode="431124" planRule={rule} /></MockedProvider>);
    expect(screen.getByText(rule)).toBeInTheDocument();
    expect(screen.getByText('积分规则（本方案求解时采用）')).toBeInTheDocument();
    expect(screen.queryByText('积分规则（本地区现行标准）')).toBeNull();
  });
});
