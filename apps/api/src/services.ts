import type { LoginThrottle } from './auth/login-throttle';
import type { TokenService } from './auth/token.service';
import { AuditLogService } from './graphql/audit/audit-log.service';
import { BudgetService } from './graphql/budget/budget.service';
import { CountyService } from './graphql/county/county.service';
import { DocumentSettingsService } from './graphql/document-settings/document-settings.service';
import { NodeService } from './graphql/node/node.service';
import { OutlookService } from './graphql/outlook/outlook.service';
import { SchoolRotationService } from './graphql/rotation/school-rotation.service';
import { QuotaHistoryService } from './graphql/school/quota-history.service';
import { SchoolService } from './graphql/school/school.service';
import { TeacherService } from './graphql/teacher/teacher.service';
import { AuthService } from './graphql/user/auth.service';
import { UserAdminService } from './graphql/user/user-admin.service';
import { PlanService } from './graphql/plan/plan.service';
import { ScenarioCompareService } from './graphql/plan/scenario-compare.service';
import { PlanApplyService } from './graphql/scenario/plan-apply.service';
import type { ScenarioJobs } from './graphql/scenario/scenario-jobs';
import { ScenarioService } from './graphql/scenario/scenario.service';
import { ScenarioStaleness } from './graphql/scenario/scenario-staleness';
import { RolloverService } from './graphql/rollover/rollover.service';
import { ServerInfoService } from './graphql/server-info/server-info.service';
import { StandardSetService } from './graphql/standard-set/standard-set.service';
import { NoticeSettingsService } from './graphql/lifecycle/notice-settings.service';
import { ScenarioLifecycleService } from './graphql/lifecycle/scenario-lifecycle.service';
import { ScenarioObjectionService } from './graphql/lifecycle/scenario-objection.service';
import { PublicNoticeService } from './graphql/lifecycle/public-notice.service';

/** Stateless services, created once per server; every method takes the request context first. */
export interface ApiServices {
  auth: AuthService;
  userAdmin: UserAdminService;
  schools: SchoolService;
  quotaHistory: QuotaHistoryService;
  rotations: SchoolRotationService;
  teachers: TeacherService;
  counties: CountyService;
  budgets: BudgetService;
  nodes: NodeService;
  scenarios: ScenarioService;
  plans: PlanService;
  compare: ScenarioCompareService;
  apply: PlanApplyService;
  rollover: RolloverService;
  serverInfo: ServerInfoService;
  standardSets: StandardSetService;
  auditLog: AuditLogService;
  outlook: OutlookService;
  documentSettings: DocumentSettingsService;
  lifecycle: ScenarioLifecycleService;
  objections: ScenarioObjectionService;
  noticeSettings: NoticeSettingsService;
  publicNotice: PublicNoticeService;
}

// The request context's services are these (the context declares them without importing the services).
declare module './request-services' {
  interface RequestServices extends ApiServices {}
}

/**
 * `jobs`: the queue that runs scenarios; without one, runScenario and costCurve are refused.
 * `loginThrottle`: counters of failed logins (without one, logins are not throttled).
 */
export function createServices(tokens: TokenService, jobs: ScenarioJobs | null = null, options: { demoMode?: boolean; loginThrottle?: LoginThrottle } = {}): ApiServices {
  const base = {
    auth: new AuthService(tokens, options.loginThrottle ?? null),
    userAdmin: new UserAdminService(tokens),
    schools: new SchoolService(),
    quotaHistory: new QuotaHistoryService(),
    rotations: new SchoolRotationService(),
    teachers: new TeacherService(),
    counties: new CountyService(),
    budgets: new BudgetService(),
  };
  const plans = new PlanService(jobs);
  const staleness = new ScenarioStaleness();
  return {
    ...base,
    nodes: new NodeService(base),
    scenarios: new ScenarioService(jobs, staleness),
    plans,
    compare: new ScenarioCompareService(plans, staleness),
    apply: new PlanApplyService(staleness),
    rollover: new RolloverService(),
    serverInfo: new ServerInfoService(options.demoMode ?? false),
    standardSets: new StandardSetService(),
    auditLog: new AuditLogService(),
    outlook: new OutlookService(),
    documentSettings: new DocumentSettingsService(),
    lifecycle: new ScenarioLifecycleService(),
    objections: new ScenarioObjectionService(),
    noticeSettings: new NoticeSettingsService(),
    publicNotice: new PublicNoticeService(),
  };
}
