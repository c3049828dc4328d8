import { Field, InputType } from 'type-graphql';
import { SortDirectionEnum, type SortDirection } from '../enums/sort-direction.enum';
import { SchoolSortFieldEnum, type SchoolSortField } from './school-sort-field';

@InputType({ description: 'Order of a school list; ties are broken by code, ascending.' })
export class SchoolOrder {
  @Field(() => SchoolSortFieldEnum)
  field!: SchoolSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction!: SortDirection;
}

/** The order of a list when none is asked for. */
export const DEFAULT_SCHOOL_ORDER: Readonly<SchoolOrder> = { field: 'CODE', direction: 'ASC' };
