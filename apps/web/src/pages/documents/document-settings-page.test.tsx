import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { writeSession } from '../../auth/session-store';
import { AssignableRegionsQuery } from '../../county/assignable-regions.query';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { previewDocumentNumber } from './document-number-preview';
import DocumentSettingsPage from './document-settings-page';
import { DocumentSettingsQuery, SaveDocumentSettingsMutation } from './document-settings.operations';

const nextYear = new Date().getFullYear() + 1;

const regions: MockLink.MockedResponse = {
  request: { query: AssignableRegionsQuery },
  result: { data: { assignableRegions: [{ __typename: 'Region', code: '431124', name: '道县', kind: 'COUNTY', parentCode: '431100' }] } },
  maxUsageCount: 10,
};

const defaults = { __typename: 'DocumentSettings' as const, regionCode: '431124', issuer: '道县教育局', numberPattern: '道教发〔{year}〕{n}号', example: '道教发〔2027〕1号', saved: false, updatedAt: null, updatedBy: null };

const settings = (value = defaults): MockLink.MockedResponse => ({
  request: { query: DocumentSettingsQuery, variables: { regionCode: '431124' } },
  result: { data: { documentSettings: value } },
  maxUsageCount: 10,
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  writeSession({ token: 't', expiresAt: '2099-01-01T00:00:00Z', user: { username: 'admin', displayName: '管理员', role: 'ADMIN', regionCode: '431124' } });
  return renderWithProviders(
    <MockedProvider mocks={[regions, ...mocks]}>
      <DocumentSettingsPage />
    </MockedProvider>,
  );
}

describe('previewDocumentNumber', () => {
  it('fills the year and the serial number', () => {
    expect(previewDocumentNumber(' 道教发〔{year}〕{n}号 ', 2028, 1)).toBe('道教发〔2028〕1号');
  });
});

describe('DocumentSettingsPage', () => {
  it('shows the defaults with next year\'s 文号 and previews a changed pattern as it is typed', async () => {
    renderPage([settings()]);
    expect(await screen.findByDisplayValue('道县教育局')).toBeInTheDocument();
    expect(screen.getByText('尚未保存，以下为按地区名称生成的默认值')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('document-number-preview')).toHaveTextContent(`道教发〔${nextYear}〕1号`));
    const user = userEvent.setup();
    const pattern = screen.getByLabelText('文号格式');
    await waitFor(() => expect(pattern).toHaveValue('道教发〔{year}〕{n}号'));
    await user.clear(pattern);
    await user.type(pattern, '道教人字〔{{year}〕{{n}号');
    await waitFor(() => expect(screen.getByTestId('document-number-preview')).toHaveTextContent(`道教人字〔${nextYear}〕1号`));
  });

  it('refuses a pattern without {n} before sending it', async () => {
    renderPage([settings()]);
    const user = userEvent.setup();
    const pattern = await screen.findByLabelText('文号格式');
    await waitFor(() => expect(pattern).toHaveValue('道教发〔{year}〕{n}号'));
    await user.clear(pattern);
    await user.type(pattern, '道教发〔{{year}〕号');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('文号格式须包含 {year}（年份）和 {n}（序号）')).toBeInTheDocument();
  });

  it('saves, and names the field the API refused', async () => {
    const input = { regionCode: '431124', issuer: '道县教育局', numberPattern: '道教发〔{year}〕{n}号' };
    renderPage([
      settings(),
      { request: { query: SaveDocumentSettingsMutation, variables: { input } }, result: { errors: [new GraphQLError('发文机关名称不能超过40个字', { extensions: { code: 'BAD_USER_INPUT', field: 'issuer' } })] } },
    ]);
    const user = userEvent.setup();
    await screen.findByDisplayValue('道县教育局');
    await user.click(screen.getByRole('button', { name: '保存' }));
    // In the error alert above the form and under the issuer field itself.
    await waitFor(() => expect(screen.getAllByText('输入有误：发文机关')).toHaveLength(2));
    expect(screen.queryByText(/不能超过40个字/)).toBeNull();
  });

  it('says when it saved', async () => {
    const input = { regionCode: '431124', issuer: '道县教育局', numberPattern: '道教发〔{year}〕{n}号' };
    const saved = { ...defaults, saved: true, updatedAt: '2026-12-05T08:00:00.000Z', updatedBy: 'admin' };
    renderPage([
      settings(),
      { request: { query: SaveDocumentSettingsMutation, variables: { input } }, result: { data: { saveDocumentSettings: saved } } },
    ]);
    const user = userEvent.setup();
    await screen.findByDisplayValue('道县教育局');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存公文设置')).toBeInTheDocument();
  });
});
