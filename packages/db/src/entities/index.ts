import { AuditLogEntity } from './audit-log.entity';
import { BudgetLineEntity } from './budget-line.entity';
import { CostItemEntity } from './cost-item.entity';
import { IntakeForecastEntity } from './intake-forecast.entity';
import { PlanEntity } from './plan.entity';
import { PlannedClassEntity } from './planned-class.entity';
import { PostEarmarkEntity } from './post-earmark.entity';
import { QuotaChangeEntity } from './quota-change.entity';
import { RegionDocumentSettingsEntity } from './region-document-settings.entity';
import { RegionEntity } from './region.entity';
import { RegionHolidayEntity } from './region-holiday.entity';
import { ScenarioHistoryEntity } from './scenario-history.entity';
import { ScenarioObjectionEntity } from './scenario-objection.entity';
import { ScenarioEntity } from './scenario.entity';
import { SchoolFacilitiesEntity } from './school-facilities.entity';
import { SchoolEntity } from './school.entity';
import { SectionEntity } from './section.entity';
import { SectionGradeEntity } from './section-grade.entity';
import { StaffingQuotaEntity } from './staffing-quota.entity';
import { StandardSetEntity } from './standard-set.entity';
import { TeacherEntity } from './teacher.entity';
import { UserEntity } from './user.entity';

export {
  AuditLogEntity, BudgetLineEntity, CostItemEntity, PlanEntity, PlannedClassEntity, PostEarmarkEntity, QuotaChangeEntity, RegionDocumentSettingsEntity, RegionEntity, ScenarioEntity,
  SchoolFacilitiesEntity, SchoolEntity, SectionEntity, StaffingQuotaEntity, StandardSetEntity, TeacherEntity, UserEntity,
  SectionGradeEntity, IntakeForecastEntity, RegionHolidayEntity, ScenarioHistoryEntity, ScenarioObjectionEntity,
};
export type { QuotaChangeSource } from './quota-change.entity';
export type { ObjectionDecision, SupplementLine } from './scenario-objection.entity';
export type { RegionKind } from './region.entity';
export type { ScenarioStatus } from './scenario.entity';
export type { UserRole } from './user.entity';

export const ENTITIES = [
  RegionEntity, SchoolEntity, SchoolFacilitiesEntity, StaffingQuotaEntity, SectionEntity, TeacherEntity,
  BudgetLineEntity, CostItemEntity, ScenarioEntity, PlanEntity, UserEntity, AuditLogEntity, StandardSetEntity,
  PostEarmarkEntity, PlannedClassEntity, QuotaChangeEntity, SectionGradeEntity, IntakeForecastEntity, RegionDocumentSettingsEntity, RegionHolidayEntity, ScenarioHistoryEntity, ScenarioObjectionEntity,
];
