import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput } from '../../errors/app-error';
import { CountyOutlook } from './county-outlook.type';
import { SchoolOutlook } from './school-outlook.type';

const MAX_SCHOOLS = 500;

@Resolver(() => CountyOutlook)
export class CountyOutlookFieldsResolver {
  @FieldResolver(() => [SchoolOutlook], { description: 'Schools that run out of classrooms or teachers soonest first, then by how short in the last year.' })
  schools(@Root() outlook: CountyOutlook, @Arg('first', () => Int, { defaultValue: 20 }) first: number): SchoolOutlook[] {
    if (!Number.isInteger(first) || first < 0 || first > MAX_SCHOOLS) throw badInput('first', `first must be from 0 to ${MAX_SCHOOLS}`);
    return outlook.allSchools.slice(0, first);
  }
}
