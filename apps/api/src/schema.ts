import 'reflect-metadata';
import './graphql/enums/register-enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { AuditLogResolver } from './graphql/audit/audit-log.resolver';
import { BudgetResolver } from './graphql/budget/budget.resolver';
import { CountyFieldsResolver } from './graphql/county/county-fields.resolver';
import { CountyResolver } from './graphql/county/county.resolver';
import { DocumentSettingsResolver } from './graphql/document-settings/document-settings.resolver';
import { NodeResolver } from './graphql/node/node.resolver';
import { SchoolFieldsResolver } from './graphql/school/school-fields.resolver';
import { SchoolResolver } from './graphql/school/school.resolver';
import { StandardSetResolver } from './graphql/standard-set/standard-set.resolver';
import { TeacherFieldsResolver } from './graphql/teacher/teacher-fields.resolver';
import { TeacherResolver } from './graphql/teacher/teacher.resolver';
import { AuthResolver } from './graphql/user/auth.resolver';
import { UserAdminResolver } from './graphql/user/user-admin.resolver';
import { PlanPostTransferFieldsResolver } from './graphql/plan/plan-post-transfer-fields.resolver';
import { PlanRecallFieldsResolver } from './graphql/plan/plan-recall-fields.resolver';
import { PlanRotationFieldsResolver } from './graphql/plan/plan-rotation-fields.resolver';
import { SchoolRotationFieldsResolver } from './graphql/rotation/school-rotation-fields.resolver';
import { ScenarioFieldsResolver } from './graphql/scenario/scenario-fields.resolver';
import { ScenarioResolver } from './graphql/scenario/scenario.resolver';
import { ServerInfoResolver } from './graphql/server-info/server-info.resolver';
import { RolloverResolver } from './graphql/rollover/rollover.resolver';
import { CountyOutlookFieldsResolver } from './graphql/outlook/county-outlook-fields.resolver';
import { Section } from './graphql/section/section.type';
import { BudgetLine } from './graphql/budget/budget-line.type';

import { NoticeSettingsResolver } from './graphql/lifecycle/notice-settings.resolver';
import { ScenarioLifecycleFieldsResolver } from './graphql/lifecycle/scenario-lifecycle-fields.resolver';
import { ScenarioLifecycleResolver } from './graphql/lifecycle/scenario-lifecycle.resolver';

export const RESOLVERS = [
  NodeResolver, AuthResolver, CountyResolver, CountyFieldsResolver, SchoolResolver, SchoolFieldsResolver,
  TeacherResolver, TeacherFieldsResolver, BudgetResolver, StandardSetResolver,
  ScenarioResolver, ScenarioFieldsResolver, PlanRotationFieldsResolver, SchoolRotationFieldsResolver, ServerInfoResolver, UserAdminResolver, AuditLogResolver,
  RolloverResolver, PlanPostTransferFieldsResolver, PlanRecallFieldsResolver, CountyOutlookFieldsResolver, DocumentSettingsResolver, ScenarioLifecycleResolver, ScenarioLifecycleFieldsResolver, NoticeSettingsResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema (built once per process: type-graphql metadata is global). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [Section, BudgetLine],
    authChecker,
    validate: { forbidUnknownValues: false },
  });
  return built;
}
