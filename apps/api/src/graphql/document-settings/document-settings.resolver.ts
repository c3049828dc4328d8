import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { DocumentSettings } from './document-settings.type';
import { SaveDocumentSettingsInput } from './save-document-settings.input';

@Resolver(() => DocumentSettings)
export class DocumentSettingsResolver {
  @Authorized()
  @Query(() => DocumentSettings, { description: "A region's issuing body and 文号 pattern (defaults from its name until an administrator saves them). Default: your region." })
  documentSettings(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null): Promise<DocumentSettings> {
    return ctx.services.documentSettings.ofRegion(ctx, regionCode);
  }

  @Authorized('ADMIN')
  @Mutation(() => DocumentSettings, { description: "Saves a region's issuing body and 文号 pattern (ADMIN of that region); the notice and the final document use them." })
  saveDocumentSettings(@Ctx() ctx: RequestContext, @Arg('input', () => SaveDocumentSettingsInput) input: SaveDocumentSettingsInput): Promise<DocumentSettings> {
    return ctx.services.documentSettings.save(ctx, input);
  }
}
