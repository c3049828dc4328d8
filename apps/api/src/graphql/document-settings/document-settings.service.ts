import { AuditLogEntity, documentSettingsOfRegion, saveDocumentSettings, type RegionDocumentSettings } from '@junheng/db';
import { DocumentSettingsError, formatDocumentNumber } from '@junheng/domain';
import { loadRegionTree, regionExists } from '../../auth/region-tree';
import { requireViewer } from '../../auth/require-viewer';
import type { RequestContext } from '../../context';
import { badInput, forbidden, notFound } from '../../errors/app-error';
import type { SaveDocumentSettingsInput } from './save-document-settings.input';
import { DocumentSettings } from './document-settings.type';

function toView(s: RegionDocumentSettings, year: number): DocumentSettings {
  return Object.assign(new DocumentSettings(), {
    regionCode: s.regionCode, issuer: s.issuer, numberPattern: s.numberPattern, example: formatDocumentNumber(s.numberPattern, year, 1),
    saved: s.saved, updatedAt: s.updatedAt?.toISOString() ?? null, updatedBy: s.updatedBy,
  });
}

/** The issuing body and 文号 pattern of a region: read by everyone in it, saved by its administrators. */
export class DocumentSettingsService {
  async ofRegion(ctx: RequestContext, regionCode: string | null | undefined): Promise<DocumentSettings> {
    const code = await this.checkRegion(ctx, regionCode ?? requireViewer(ctx).regionCode);
    const settings = await documentSettingsOfRegion(ctx.dataSource, code);
    if (!settings) throw notFound(`Region ${code}`);
    return toView(settings, ctx.planYear);
  }

  async save(ctx: RequestContext, input: SaveDocumentSettingsInput): Promise<DocumentSettings> {
    const viewer = requireViewer(ctx);
    const code = await this.checkRegion(ctx, input.regionCode);
    return ctx.dataSource.transaction(async (m) => {
      let saved: RegionDocumentSettings | null;
      try {
        saved = await saveDocumentSettings(m, code, { issuer: input.issuer, numberPattern: input.numberPattern }, viewer.username);
      } catch (error) {
        if (error instanceof DocumentSettingsError) throw badInput(error.field, error.message);
        throw error;
      }
      if (!saved) throw notFound(`Region ${code}`);
      await m.getRepository(AuditLogEntity).insert({
        username: viewer.username, action: 'SAVE_DOCUMENT_SETTINGS', countyCode: null, target: code,
        details: { issuer: saved.issuer, numberPattern: saved.numberPattern },
      });
      return toView(saved, ctx.planYear);
    });
  }

  private async checkRegion(ctx: RequestContext, code: string | null): Promise<string> {
    const viewer = requireViewer(ctx);
    if (code === null) throw badInput('regionCode', 'Name the region (请指定地区)');
    if (!(await regionExists(ctx.dataSource, code))) throw notFound(`Region ${code}`);
    if (viewer.regionCode !== null && !(await loadRegionTree(ctx.dataSource, viewer.regionCode)).includes(code)) {
      throw forbidden(`Region ${code} is outside your region (regionCode)`);
    }
    return code;
  }
}
