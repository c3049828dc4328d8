import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { NoticeSettings } from './notice-settings.type';
import { RegionHolidayInput } from './scenario-lifecycle.input';

@Resolver(() => NoticeSettings)
export class NoticeSettingsResolver {
  @Authorized()
  @Query(() => NoticeSettings, { description: 'The public notice window and holidays of a region (yours, or a county of it).' })
  noticeSettings(@Ctx() ctx: RequestContext, @Arg('regionCode') regionCode: string): Promise<NoticeSettings> {
    return ctx.services.noticeSettings.get(ctx, regionCode);
  }

  @Authorized('ADMIN')
  @Mutation(() => NoticeSettings, { description: 'Sets the region\'s notice window in working days (0 to 60; 0: published elsewhere; null: inherit).' })
  setNoticeWindowDays(
    @Ctx() ctx: RequestContext, @Arg('regionCode') regionCode: string, @Arg('days', () => Int, { nullable: true }) days: number | null,
  ): Promise<NoticeSettings> {
    return ctx.services.noticeSettings.setWindowDays(ctx, regionCode, days ?? null);
  }

  @Authorized('ADMIN')
  @Mutation(() => NoticeSettings, { description: 'Adds (or renames) a holiday of the region.' })
  addRegionHoliday(@Ctx() ctx: RequestContext, @Arg('regionCode') regionCode: string, @Arg('input') input: RegionHolidayInput): Promise<NoticeSettings> {
    return ctx.services.noticeSettings.addHoliday(ctx, regionCode, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => NoticeSettings)
  removeRegionHoliday(@Ctx() ctx: RequestContext, @Arg('regionCode') regionCode: string, @Arg('date') date: string): Promise<NoticeSettings> {
    return ctx.services.noticeSettings.removeHoliday(ctx, regionCode, date);
  }
}
