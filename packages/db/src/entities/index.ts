import { AuditLogEntity } from './audit-log.entity';
import { BudgetLineEntity } from './budget-line.entity';
import { CostItemEntity } from './cost-item.entity';
import { PlanEntity } from './plan.entity';
import { PlannedClassEntity } from './planned-class.entity';
import { PostEarmarkEntity } from './post-earmark.entity';
import { RegionEntity } from './region.entity';
import { RegionHolidayEntity } from './region-holiday.entity';
import { ScenarioHistoryEntity } from './scenario-history.entity';
import { ScenarioObjectionEntity } from './scenario-objection.entity';
import { ScenarioEntity } from './scenario.entity';
import { SchoolFacilitiesEntity } from './school-facilities.entity';
import { SchoolEntity } from './school.entity';
import { SectionEntity } from './section.entity';
import { StaffingQuotaEntity } from './staffing-quota.entity';
import { StandardSetEntity } from './standard-set.entity';
import { TeacherEntity } from './teacher.entity';
import { UserEntity } from './user.entity';

export {
  AuditLogEntity, BudgetLineEntity, CostItemEntity, PlanEntity, PlannedClassEntity, PostEarmarkEntity, RegionEntity, ScenarioEntity,
  SchoolFacilitiesEntity, SchoolEntity, SectionEntity, StaffingQuotaEntity, StandardSetEntity, TeacherEntity, UserEntity,
  RegionHolidayEntity, ScenarioHistoryEntity, ScenarioObjectionEntity,
};
export type { ObjectionDecision, SupplementLine } from './scenario-objection.entity';
export type { RegionKind } from './region.entity';
export type { ScenarioStatus } from './scenario.entity';
export type { UserRole } from './user.entity';

export const ENTITIES = [
  RegionEntity, SchoolEntity, SchoolFacilitiesEntity, StaffingQuotaEntity, SectionEntity, TeacherEntity,
  BudgetLineEntity, CostItemEntity, ScenarioEntity, PlanEntity, UserEntity, AuditLogEntity, StandardSetEntity,
  PostEarmarkEntity, PlannedClassEntity, RegionHolidayEntity, ScenarioHistoryEntity, ScenarioObjectionEntity,
];
