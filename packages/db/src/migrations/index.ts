import { Initial1764201600000 } from './1764201600000-initial';
import { PlanApply1764300000000 } from './1764300000000-plan-apply';
import { RegionChangeNotify1764400000000 } from './1764400000000-region-change-notify';
import { StandardSet1764600000000 } from './1764600000000-standard-set';
import { TeacherHomeSchoolIndex1764700000000 } from './1764700000000-teacher-home-school-index';
import { LoginThrottle1765000000000 } from './1765000000000-login-throttle';
import { SessionVersion1765100000000 } from './1765100000000-session-version';
import { SchoolClassrooms1765300000000 } from './1765300000000-school-classrooms';
import { ApplyCarryOver1765400000000 } from './1765400000000-apply-carry-over';
import { QuotaChange1765500000000 } from './1765500000000-quota-change';
import { ScenarioLifecycle1765600000000 } from './1765600000000-scenario-lifecycle';
import { NoticeDocuments1765700000000 } from './1765700000000-notice-documents';
import { OutlookData1765800000000 } from './1765800000000-outlook-data';

/** Every migration, oldest first. Add new ones here (never edit one that has shipped). */
export const MIGRATIONS = [Initial1764201600000, PlanApply1764300000000, RegionChangeNotify1764400000000, StandardSet1764600000000, TeacherHomeSchoolIndex1764700000000, LoginThrottle1765000000000, SessionVersion1765100000000, SchoolClassrooms1765300000000, ApplyCarryOver1765400000000, QuotaChange1765500000000, ScenarioLifecycle1765600000000, NoticeDocuments1765700000000, OutlookData1765800000000];
