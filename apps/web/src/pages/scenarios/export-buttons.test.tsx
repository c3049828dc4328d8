import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSession } from '../../auth/session-store';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { ExportButtons } from './export-buttons';

const docx = () => new Response(new Uint8Array([0x50, 0x4b, 3, 4]), { status: 200, headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('公示名单.docx')}` } });

beforeEach(() => {
  writeSession({ token: 'tok', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'hr', displayName: '人事股', role: 'HR', regionCode: '431124' } });
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.unstubAllGlobals());

describe('ExportButtons: official documents', () => {
  it('asks the 文号 serial and date (today by default) and downloads the notice with them', async () => {
    const fetchMock = vi.fn(async () => docx());
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderWithProviders(<ExportButtons scenarioId="s1" />);
    await user.click(screen.getByRole('button', { name: '公示名单（.docx）' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('导出公示名单（.docx）')).toBeInTheDocument();
    const today = dayjs().format('YYYY-MM-DD');
    expect(within(dialog).getByDisplayValue(today)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('文号序号'), '12');
    await user.click(within(dialog).getByRole('button', { name: '下载' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith(`/exports/scenarios/s1/notice.docx?number=12&date=${today}`, { headers: { authorization: 'Bearer tok' } }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    expect(screen.queryByText(/输入有误/)).toBeNull();
  });

  it('refuses a serial number of 0 and sends nothing', async () => {
    const fetchMock = vi.fn(async () => docx());
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderWithProviders(<ExportButtons scenarioId="s1" />);
    await user.click(screen.getByRole('button', { name: '交流轮岗文件（.docx）' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('文号序号'), '0');
    await user.click(within(dialog).getByRole('button', { name: '下载' }));
    expect(await within(dialog).findByText('文号序号应为1至99999的整数')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('leaves the serial blank when none is given, and names the field the API refused', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'BAD_USER_INPUT', field: 'date', message: 'date must be a date' } }), { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderWithProviders(<ExportButtons scenarioId="s1" />);
    await user.click(screen.getByRole('button', { name: '交流轮岗文件（.docx）' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '下载' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith(`/exports/scenarios/s1/rotation-document.docx?date=${dayjs().format('YYYY-MM-DD')}`, expect.anything()));
    expect(await screen.findByText('输入有误：成文日期')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('ExportButtons: one year of a multi-year plan', () => {
  it('downloads that year\'s lists and offers no documents (they are of the first year)', async () => {
    const fetchMock = vi.fn(async () => new Response('\uFEFF工号\r\n', { status: 200, headers: { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('道县-2028-交流轮岗名单.csv')}` } }));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderWithProviders(<ExportButtons scenarioId="s1" year={2028} documents={false} />);
    expect(screen.queryByRole('button', { name: '公示名单（.docx）' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '交流名单 CSV' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/exports/scenarios/s1/rotations.csv?year=2028', { headers: { authorization: 'Bearer tok' } }));
  });
});
