import { DocumentSettingsError } from '@junheng/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSettingsOfRegion, saveDocumentSettings } from './document-settings-store';
import { replaceRegionData } from './region-data-writer';
import { createTestDatabase, type TestDatabase } from './testing';
import { smallRegion } from './test-support/small-region';

describe('region document settings (发文机关, 文号)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await replaceRegionData(db.dataSource, smallRegion());
  });
  afterAll(async () => {
    await db?.close();
  });

  it('default from the region name, save, and refuse a bad pattern without changing anything', async () => {
    expect(await documentSettingsOfRegion(db.dataSource, '431101')).toMatchObject({ issuer: '甲县教育局', numberPattern: '甲教发〔{year}〕{n}号', saved: false });
    expect(await documentSettingsOfRegion(db.dataSource, '999999')).toBeNull();
    const saved = await saveDocumentSettings(db.dataSource, '431101', { issuer: '甲县教育局', numberPattern: '甲教人〔{year}〕{n}号' }, 'admin');
    expect(saved).toMatchObject({ numberPattern: '甲教人〔{year}〕{n}号', saved: true, updatedBy: 'admin' });
    await expect(saveDocumentSettings(db.dataSource, '431101', { issuer: '甲县教育局', numberPattern: '甲教人〔2027〕号' }, 'admin')).rejects.toBeInstanceOf(DocumentSettingsError);
    expect(await documentSettingsOfRegion(db.dataSource, '431101')).toMatchObject({ numberPattern: '甲教人〔{year}〕{n}号', saved: true });
    expect(await saveDocumentSettings(db.dataSource, '999999', { issuer: 'x', numberPattern: '{year}{n}' }, 'admin')).toBeNull();
  });
});
