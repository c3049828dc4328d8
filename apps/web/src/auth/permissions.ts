import type { Role } from '../gql/graphql';

/** What a role may see and do in the interface; the API enforces the same rules on every request. */
export interface Permissions {
  /** Teacher lists (staff numbers, subjects); VIEWER sees aggregates only. */
  seeTeachers: boolean;
  /** Names, birth dates and unmasked ID numbers. */
  seePersonalData: boolean;
  /** The scenario pages (list, results, compare). */
  seeScenarios: boolean;
  /** Create, edit, duplicate, delete, run, cancel. */
  editScenarios: boolean;
  applyPlans: boolean;
  exportLists: boolean;
  /** Upload rosters (POST /imports). */
  importRosters: boolean;
  /** Edit the region's standard sets. */
  manageStandards: boolean;
  /** The users page: create, change and delete the users of the region. */
  manageUsers: boolean;
}

export function permissionsFor(role: Role): Permissions {
  switch (role) {
    case 'VIEWER':
      return { seeTeachers: false, seePersonalData: false, seeScenarios: false, editScenarios: false, applyPlans: false, exportLists: false, importRosters: false, manageStandards: false, manageUsers: false };
    case 'PLANNER':
      return { seeTeachers: true, seePersonalData: false, seeScenarios: true, editScenarios: true, applyPlans: false, exportLists: false, importRosters: false, manageStandards: false, manageUsers: false };
    case 'HR':
      return { seeTeachers: true, seePersonalData: true, seeScenarios: true, editScenarios: false, applyPlans: true, exportLists: true, importRosters: true, manageStandards: false, manageUsers: false };
    case 'ADMIN':
      return { seeTeachers: true, seePersonalData: true, seeScenarios: true, editScenarios: true, applyPlans: true, exportLists: true, importRosters: true, manageStandards: true, manageUsers: true };
    default: {
      const exhaustive: never = role;
      return exhaustive;
    }
  }
}
