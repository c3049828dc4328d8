import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpApiError } from '../errors/describe-error';
import { documentUrl, downloadDocument, downloadExport, exportUrl, filenameFromDisposition } from './download-export';

afterEach(() => vi.unstubAllGlobals());

describe('exports', () => {
  it('builds the export address', () => {
    expect(exportUrl('a-b', 'rotations', 'xlsx')).toBe('/exports/scenarios/a-b/rotations.xlsx');
    expect(exportUrl('a-b', 'hires', 'csv', 2028)).toBe('/exports/scenarios/a-b/hires.csv?year=2028');
  });

  it('builds the official documents\' address with the serial number and date, leaving a blank number out', () => {
    expect(documentUrl('a-b', 'notice', { number: 12, date: '2027-08-20' })).toBe('/exports/scenarios/a-b/notice.docx?number=12&date=2027-08-20');
    expect(documentUrl('a-b', 'rotation-document', { number: null, date: '2027-08-20' })).toBe('/exports/scenarios/a-b/rotation-document.docx?date=2027-08-20');
  });

  it('reports the field the API blamed for a refused document', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code: 'BAD_USER_INPUT', field: 'date', message: 'date must be a date' } }), { status: 400 }));
    const failure = await downloadDocument('tok', 'id1', 'notice', { number: 1, date: '2027-02-30' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpApiError);
    expect((failure as HttpApiError).code).toBe('BAD_USER_INPUT');
    expect((failure as HttpApiError).field).toBe('date');
  });

  it('reads UTF-8 file names', () => {
    expect(filenameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent('交流名单.xlsx')}`, 'x')).toBe('交流名单.xlsx');
    expect(filenameFromDisposition('attachment; filename="hires.csv"', 'x')).toBe('hires.csv');
    expect(filenameFromDisposition(null, 'fallback.csv')).toBe('fallback.csv');
  });

  it('sends the token and reports the API code of a refusal', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Only HR' } }), { status: 403 }));
    vi.stubGlobal('fetch', fetchMock);
    const failure = await downloadExport('tok', 'id1', 'hires', 'csv').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpApiError);
    expect((failure as HttpApiError).code).toBe('FORBIDDEN');
    expect(fetchMock).toHaveBeenCalledWith('/exports/scenarios/id1/hires.csv', { headers: { authorization: 'Bearer tok' } });
  });

  it('saves the file under its name', async () => {
    vi.stubGlobal('fetch', async () => new Response('\ufeffa,b\n', { status: 200, headers: { 'content-disposition': "attachment; filename*=UTF-8''hires.csv" } }));
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await expect(downloadExport('tok', 'id1', 'hires', 'csv')).resolves.toBe('hires.csv');
    expect(click).toHaveBeenCalled();
  });
});
