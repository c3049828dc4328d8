import type { AssignableRegionsQuery, CreateUserInput, Role, UpdateUserInput, UsersPageQuery } from '../../gql/graphql';
import type { Translate } from '../../i18n/locale-context';

export type UserRow = UsersPageQuery['users']['nodes'][number];
export type RegionOption = AssignableRegionsQuery['assignableRegions'][number];

/** As the API checks them (apps/api/src/graphql/user/user-rules.ts). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const PASSWORD_MIN_LENGTH = 8;
export const ROLES: readonly Role[] = ['VIEWER', 'PLANNER', 'HR', 'ADMIN'];

export interface UserFormValues {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  /** Required on create; on edit, empty keeps the password. */
  password?: string;
}

export function toCreateInput(values: UserFormValues): CreateUserInput {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    role: values.role,
    regionCode: values.regionCode,
    password: values.password ?? '',
  };
}

/** Only what changed, so the audit log and the user's sessions are touched only for real changes. */
export function toUpdateInput(values: UserFormValues, original: UserRow): UpdateUserInput {
  const input: UpdateUserInput = {};
  const displayName = values.displayName.trim();
  if (displayName !== original.displayName) input.displayName = displayName;
  if (values.role !== original.role) input.role = values.role;
  if (values.regionCode !== (original.regionCode ?? '')) input.regionCode = values.regionCode;
  if (values.password) input.password = values.password;
  return input;
}

/** A city reads "永州市（全市）", a county by its name. */
export function regionLabel(region: Pick<RegionOption, 'name' | 'kind'>, t: Translate): string {
  return region.kind === 'COUNTY' ? region.name : t('users.regionCity', { name: region.name });
}
