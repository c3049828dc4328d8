import { defaultDocumentSettings, validateDocumentSettings, type DocumentSettings } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A region's document settings, and whether they were saved or are the defaults from its name. */
export interface RegionDocumentSettings extends DocumentSettings {
  regionCode: string;
  /** False: nobody saved them yet; they are the defaults from the region's name. */
  saved: boolean;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** The region's issuing body and 文号 pattern; null when the region does not exist. */
export async function documentSettingsOfRegion(db: DataSource | EntityManager, regionCode: string): Promise<RegionDocumentSettings | null> {
  const rows = await db.query<Array<{ name: string; issuer: string | null; number_pattern: string | null; updated_at: Date | null; updated_by: string | null }>>(
    `SELECT r.name, s.issuer, s.number_pattern, s.updated_at, s.updated_by
       FROM region r LEFT JOIN region_document_settings s ON s.region_code = r.code
      WHERE r.code = $1`,
    [regionCode],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.issuer === null || row.number_pattern === null) {
    return { regionCode, ...defaultDocumentSettings(row.name), saved: false, updatedAt: null, updatedBy: null };
  }
  return { regionCode, issuer: row.issuer, numberPattern: row.number_pattern, saved: true, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/**
 * Saves a region's settings (validated by the domain first: a DocumentSettingsError changes nothing).
 * Returns the saved row, or null when the region does not exist.
 */
export async function saveDocumentSettings(db: DataSource | EntityManager, regionCode: string, settings: DocumentSettings, updatedBy: string | null): Promise<RegionDocumentSettings | null> {
  const clean = validateDocumentSettings(settings);
  const rows = await db.query<Array<{ updated_at: Date }>>(
    `INSERT INTO region_document_settings (region_code, issuer, number_pattern, updated_at, updated_by)
     SELECT r.code, $2, $3, now(), $4 FROM region r WHERE r.code = $1
     ON CONFLICT (region_code) DO UPDATE SET issuer = EXCLUDED.issuer, number_pattern = EXCLUDED.number_pattern,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
     RETURNING updated_at`,
    [regionCode, clean.issuer, clean.numberPattern, updatedBy],
  );
  const row = rows[0];
  if (!row) return null;
  return { regionCode, ...clean, saved: true, updatedAt: row.updated_at, updatedBy };
}
