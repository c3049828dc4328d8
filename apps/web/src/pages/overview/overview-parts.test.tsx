import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { BalanceTable } from './balance-table';
import { SchoolMap } from './school-map';

type BalanceRow = Parameters<typeof BalanceTable>[0]['rows'][number];

const row = (level: BalanceRow['level'], cv: number | null, threshold: number | null, passes: boolean): BalanceRow =>
  ({ level, indicator: 'Q1', cv, mean: cv === null ? null : 5, threshold, passes, schools: 10 });

describe('BalanceTable', () => {
  it('says 不评估, not 达标, where the level has no threshold (senior high)', () => {
    renderWithProviders(<BalanceTable rows={[row('PRIMARY', 0.3, 0.5, true), row('SENIOR', 0.62, null, true)]} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('达标')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('达标')).toBeNull();
    expect(within(rows[1]!).getByText('不评估')).toBeInTheDocument();
  });
});

describe('SchoolMap', () => {
  it('explains the shapes and colours of its points', () => {
    renderWithProviders(<SchoolMap schools={[]} />);
    expect(screen.getByTestId('map-legend').textContent).toContain('◆ 薄弱学校');
  });
});
