import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSession } from '../../auth/session-store';
import { HttpApiError } from '../../errors/describe-error';
import { renderWithProviders } from '../../test-support/render-with-providers';
import ImportPage from './import-page';

const upload = vi.hoisted(() => vi.fn());
vi.mock('../../api/upload-roster', () => ({ uploadRoster: upload }));

beforeEach(() => {
  upload.mockReset();
  writeSession({ token: 'tok', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'hr', displayName: '人事股', role: 'HR', regionCode: '431124' } });
});

async function pickAndCheck() {
  renderWithProviders(<ImportPage />);
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['x'], '名册.xlsx')] } });
  await userEvent.setup().click(await screen.findByRole('button', { name: '检查（不写入）' }));
}

describe('ImportPage', () => {
  it('lists every problem of a dry run, with nothing written', async () => {
    upload.mockResolvedValue({
      imported: false,
      dryRun: true,
      rowsRead: 3,
      counties: [],
      counts: null,
      problems: [
        { sheet: '学校', row: 2, column: '学校标识码', value: 'ABC', message: '学校标识码应为10位数字' },
        { sheet: '教师', row: 7, column: '身份证号', value: '123', message: '身份证号重复（第5行已有）' },
      ],
    });
    await pickAndCheck();
    expect(await screen.findByText('发现 2 个问题，未写入任何数据')).toBeInTheDocument();
    expect(screen.getByText('学校标识码应为10位数字')).toBeInTheDocument();
    expect(screen.getByText('身份证号重复（第5行已有）')).toBeInTheDocument();
    expect(upload).toHaveBeenCalledWith('tok', expect.any(File), true, expect.any(Function));
  });

  it('says a clean dry run can be imported', async () => {
    upload.mockResolvedValue({ imported: false, dryRun: true, rowsRead: 42, counties: ['431124'], counts: { schools: 1, sections: 1, teachers: 40, budgets: 0 }, problems: [] });
    await pickAndCheck();
    expect(await screen.findByText('检查通过：42 行，可以导入')).toBeInTheDocument();
  });

  it('lists what a clean import took by default, after the success', async () => {
    upload.mockResolvedValue({
      imported: false, dryRun: true, rowsRead: 42, counties: ['431124'], counts: null, problems: [],
      warnings: [
        { sheet: '成本', row: 0, column: '项目', value: '增编', message: '成本项目「增编」缺失，按默认值 0 计' },
        { sheet: '成本', row: 0, column: '区县代码', value: '431124', message: '成本表缺失：区县 431124 按默认成本表计' },
      ],
    });
    await pickAndCheck();
    expect(await screen.findByText('检查通过：42 行，可以导入')).toBeInTheDocument();
    expect(screen.getByText('2 条提示（已导入/可导入，请核对）')).toBeInTheDocument();
    expect(screen.getByText('成本项目「增编」缺失，按默认值 0 计')).toBeInTheDocument();
    expect(screen.getByText('成本表缺失：区县 431124 按默认成本表计')).toBeInTheDocument();
  });

  it('explains a refusal with the catalogue', async () => {
    upload.mockRejectedValue(new HttpApiError('FORBIDDEN', 403));
    await pickAndCheck();
    await waitFor(() => expect(screen.getByText('您的角色无权进行此操作')).toBeInTheDocument());
  });
});
