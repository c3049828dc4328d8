import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { QuotaHistoryTable, type QuotaChangeRow } from './quota-history';

const rows: QuotaChangeRow[] = [
  {
    at: '2027-03-02T08:30:00.000Z', postsBefore: 11, postsAfter: 10, change: -1, source: 'PLAN_TRANSFER',
    scenarioId: '6b1f0c1e-0000-4000-8000-000000000001', scenarioName: '统筹编制方案', otherSchoolCode: '2431124099', otherSchoolName: '东源村小学',
    username: 'hr', reason: '调入空编 1 个：东源村小学',
  },
  {
    at: '2027-01-05T02:00:00.000Z', postsBefore: 8, postsAfter: 11, change: 3, source: 'IMPORT',
    scenarioId: null, scenarioName: null, otherSchoolCode: null, otherSchoolName: null, username: null, reason: '名册导入',
  },
];

describe('QuotaHistoryTable (编制变动记录)', () => {
  it('shows each change signed, its source in Chinese, the other school and scenario as links, newest first as given', () => {
    renderWithProviders(<QuotaHistoryTable rows={rows} />);
    const body = screen.getAllByRole('row').slice(1);
    expect(body).toHaveLength(2);
    const [transfer, imported] = body as [HTMLElement, HTMLElement];
    expect(within(transfer).getByText('-1')).toBeInTheDocument();
    expect(within(transfer).getByText('编制调剂')).toBeInTheDocument();
    expect(within(transfer).getByRole('link', { name: '东源村小学' })).toHaveAttribute('href', '/schools/2431124099');
    expect(within(transfer).getByRole('link', { name: '统筹编制方案' })).toHaveAttribute('href', '/scenarios/6b1f0c1e-0000-4000-8000-000000000001');
    expect(within(imported).getByText('+3')).toBeInTheDocument();
    // Source and reason both read 名册导入.
    expect(within(imported).getAllByText('名册导入')).toHaveLength(2);
    expect(within(imported).getAllByText('—').length).toBeGreaterThanOrEqual(3);
  });

  it('says when there is no change yet', () => {
    renderWithProviders(<QuotaHistoryTable rows={[]} />);
    expect(screen.getByText('暂无编制变动')).toBeInTheDocument();
  });
});
