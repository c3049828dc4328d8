import type { Level } from '@junheng/domain';
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { LevelEnum } from '../enums/register-enums';
import { CountyOutlook } from '../outlook/county-outlook.type';
import { SchoolConnection } from '../school/school-connection.type';
import { CountySchoolsArgs } from '../school/schools.args';
import { CountyCounts } from './county-counts.type';
import { County } from './county.type';
import { LevelSummary } from './level-summary.type';

@Resolver(() => County)
export class CountyFieldsResolver {
  @FieldResolver(() => SchoolConnection)
  schools(@Root() county: County, @Ctx() ctx: RequestContext, @Args() args: CountySchoolsArgs): Promise<SchoolConnection> {
    return ctx.services.schools.list(ctx, { ...args, countyCode: county.code });
  }

  @FieldResolver(() => LevelSummary, { nullable: true, description: 'The county\'s sections of one level taken together.' })
  summary(@Root() county: County, @Ctx() ctx: RequestContext, @Arg('level', () => LevelEnum) level: Level): Promise<LevelSummary> {
    return ctx.services.counties.summary(ctx, county, level);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The name of the city (市) the county belongs to.' })
  async cityName(@Root() county: County, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (!county.cityCode) return null;
    return (await ctx.loaders.regionByCode.load(county.cityCode))?.name ?? null;
  }

  @FieldResolver(() => CountyCounts)
  counts(@Root() county: County, @Ctx() ctx: RequestContext): Promise<CountyCounts> {
    return ctx.services.counties.counts(ctx, county);
  }

  @FieldResolver(() => CountyOutlook, { description: '五年展望: students, classes, classrooms and teachers needed against present for the next 1 to 5 school years (one level, or all).' })
  outlook(
    @Root() county: County,
    @Ctx() ctx: RequestContext,
    @Arg('level', () => LevelEnum, { nullable: true }) level: Level | null,
    @Arg('years', () => Int, { defaultValue: 5 }) years: number,
  ): Promise<CountyOutlook> {
    return ctx.services.outlook.county(ctx, county, level ?? null, years);
  }
}
