/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** URBAN 城区, TOWN 镇区, RURAL 乡村. */
export type AreaType =
  | 'RURAL'
  | 'TOWN'
  | 'URBAN';

/** Every given condition must hold. */
export type AuditLogFilter = {
  /** One action, e.g. APPLY_PLAN. */
  action?: string | null | undefined;
  /** From this instant (ISO 8601), inclusive. */
  from?: string | null | undefined;
  /** Before this instant (ISO 8601), exclusive. */
  to?: string | null | undefined;
  /** Who acted (exact username). */
  username?: string | null | undefined;
};

/** 骨干教师 level; COUNTY or higher counts as backbone. */
export type BackboneLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NONE'
  | 'PROVINCE';

/** ALL_CHECKS: every staffing check. SIX_OF_SEVEN is recorded, but the solver still aims at every staffing check (stricter). Section.sixOfSeven reports the national verdict. */
export type ComplianceTarget =
  | 'ALL_CHECKS'
  | 'SIX_OF_SEVEN';

/** A new scenario for one county of your region. */
export type CreateScenarioInput = {
  /** Applying the plan may commit more than a budget line holds (default false: BUDGET_OVERRUN). */
  allowBudgetOverrun?: boolean | null | undefined;
  /** Allow hires below the standard set's minimum education of their level; each such hire is flagged. */
  allowHiresBelowMinimum?: boolean | null | undefined;
  /** Vacant posts may move between the county's schools (统筹编制, 县管校聘) within the standard set's limits (default true). */
  allowPostTransfers?: boolean | null | undefined;
  backend?: SolverBackend | null | undefined;
  /** Yearly budget cap, yuan; null removes the cap. */
  budgetCap?: number | null | undefined;
  /** Budget lines (科目) of the county and year the plan draws on, each bounded by its amount minus what is committed; null: only the budget cap. */
  budgetCategories?: Array<string> | null | undefined;
  countyCode: string;
  directions?: MoveDirections | null | undefined;
  /** km; null uses the standard set's limit (50 km). */
  distanceLimitKm?: number | null | undefined;
  /** Staff numbers never picked for a rotation. */
  excludedStaffNos?: Array<string> | null | undefined;
  /** Staff numbers exempted from rotation eligibility (illness, pregnancy, ...). */
  exemptStaffNos?: Array<string> | null | undefined;
  extraQuotaPerSchool?: number | null | undefined;
  /** Levels the plan covers; null: every level the county has. Others get no hires, class splits or incoming rotations. */
  levels?: Array<Level> | null | undefined;
  /** Staff numbers of teachers who must stay. */
  lockedStaffNos?: Array<string> | null | undefined;
  mipGap?: number | null | undefined;
  mode?: SolveMode | null | undefined;
  name?: string | null | undefined;
  /** Standard-set overrides as JSON, e.g. {"levels":{"PRIMARY":{"peArtsPer100Min":1.0}}}. */
  overrides?: string | null | undefined;
  /** Teachers on loan the plan may recall (default ALL). LISTED names staff numbers of teachers on loan in the county; unknown ones or teachers not on loan are refused (BAD_USER_INPUT, named). */
  recalls?: RecallScopeInput | null | undefined;
  target?: ComplianceTarget | null | undefined;
  /** Dated targets the multi-year plan reports on (met or not, by how much); null: none. */
  targets?: Array<DatedTargetInput> | null | undefined;
  timeLimitSeconds?: number | null | undefined;
  year?: number | null | undefined;
  /** Budget cap of each year (one per year, yuan; a null item: no cap that year); null: budgetCap every year. */
  yearBudgetCaps?: Array<number | null | undefined> | null | undefined;
  /** School years the plan spans, 1 to 5 (default 1). */
  years?: number | null | undefined;
};

/** A new user of a region inside yours. */
export type CreateUserInput = {
  displayName: string;
  /** At least 8 characters. */
  password: string;
  /** A county or city code inside your region. */
  regionCode: string;
  role: Role;
  /** 2-64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit; unique. */
  username: string;
};

/** A dated target (规划目标) the multi-year plan reports on. */
export type DatedTargetInput = {
  /** YYYY-MM (the school year starting on or after it) or a school year, e.g. "2028-09" or "2029". */
  by: string;
  kind: DatedTargetKind;
  /** NO_OVERSIZED_CLASS: 56 or 66 (default 56). */
  minSize?: number | null | undefined;
};

/** NO_OVERSIZED_CLASS: no class of minSize (56 大班额 or 66 超大班额) or more; SIX_OF_SEVEN: every judged section meets six of seven. */
export type DatedTargetKind =
  | 'NO_OVERSIZED_CLASS'
  | 'SIX_OF_SEVEN';

export type DecideObjectionInput = {
  decision: ObjectionDecision;
  /** Why (处理理由). */
  reason: string;
};

/** Highest education, lowest first. */
export type Education =
  | 'ASSOCIATE'
  | 'BACHELOR'
  | 'DOCTORATE'
  | 'HIGH_SCHOOL'
  | 'MASTER'
  | 'SECONDARY_VOCATIONAL';

export type Gender =
  | 'F'
  | 'M';

/** Q1 qualified, Q2 backbone, Q3 PE and arts per 100 students; R students per teacher; C class size; B classes of 56+; F1-F4 facilities. */
export type IndicatorCode =
  | 'B'
  | 'C'
  | 'F1'
  | 'F2'
  | 'F3'
  | 'F4'
  | 'Q1'
  | 'Q2'
  | 'Q3'
  | 'R';

/** 学段: a level of schooling, judged on its own. */
export type Level =
  | 'JUNIOR'
  | 'PRIMARY'
  | 'SENIOR';

/** DEFAULT: urban/town to rural and strong to weak schools; ANY: every direction. */
export type MoveDirections =
  | 'ANY'
  | 'DEFAULT';

/** UPHELD 成立 (the teacher is taken off the list and the plan re-solved), DISMISSED 不成立. */
export type ObjectionDecision =
  | 'DISMISSED'
  | 'UPHELD';

/** Which teachers on loan (借调) the plan may recall to their school (借调返校). */
export type RecallScopeInput = {
  kind: RecallScopeKind;
  /** LISTED only: staff numbers of teachers on loan in the county (at least one). */
  staffNos?: Array<string> | null | undefined;
};

/** Which teachers on loan (借调) the plan may recall: ALL 全部, NONE 不召回, LISTED only the listed staff numbers. */
export type RecallScopeKind =
  | 'ALL'
  | 'LISTED'
  | 'NONE';

/** An objection recorded by HR on a teacher's behalf. */
export type RecordObjectionInput = {
  /** File name of the evidence handed in (the file stays on paper or in the records office). */
  evidenceFileName?: string | null | undefined;
  /** Date received, YYYY-MM-DD (not in the future). */
  receivedOn: string;
  /** Staff number of the teacher on the notice. */
  staffNo: string;
  /** What the teacher objects to. */
  text: string;
};

export type RegionHolidayInput = {
  /** YYYY-MM-DD. */
  date: string;
  name: string;
};

export type RegionKind =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

/** VIEWER aggregates only; PLANNER teacher lists without personal data; HR and ADMIN everything in their region. */
export type Role =
  | 'ADMIN'
  | 'HR'
  | 'PLANNER'
  | 'VIEWER';

/** REMOVED 取消, ADDED 新增, CHANGED 调整. */
export type RotationChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** Seen from a school: IN 调入, a teacher of another school on loan into it; OUT 调出, a teacher of this school on loan to another (it keeps the post). */
export type RotationDirection =
  | 'IN'
  | 'OUT';

/** A region's issuing body and 文号 pattern. */
export type SaveDocumentSettingsInput = {
  /** 发文机关全称, e.g. 道县教育局. */
  issuer: string;
  /** With {year} and {n}, e.g. 道教发〔{year}〕{n}号. */
  numberPattern: string;
  /** The city or county that issues the documents. */
  regionCode: string;
};

/** A city's or county's standard set: its changes to the national defaults. */
export type SaveStandardSetInput = {
  /** The `version` the editor started from (0 when the region had no set of its own); CONFLICT when someone saved in between. */
  expectedVersion?: number | null | undefined;
  /** Shown wherever the set is named, e.g. "永州市义务教育优质均衡标准（2027）". */
  name: string;
  /** JSON object of changes to the national defaults, e.g. {"levels":{"PRIMARY":{"avgClassSizeMax":40}}}; null switches a level's threshold off. */
  overrides: string;
  /** The city or county the set is for (its counties without a set of their own follow a city's set). */
  regionCode: string;
};

/** What the signed-in user may do to the scenario now: SUBMIT 提交审批 (PLANNER), APPROVE 批准 / REJECT 退回 (ADMIN), WITHDRAW 撤回, PUBLISH 公示 (HR), RECORD_OBJECTION 登记异议 (HR), DECIDE_OBJECTION 处理异议 (ADMIN), CLOSE 结束公示, APPLY 执行 (HR). */
export type ScenarioAction =
  | 'APPLY'
  | 'APPROVE'
  | 'CLOSE'
  | 'DECIDE_OBJECTION'
  | 'PUBLISH'
  | 'RECORD_OBJECTION'
  | 'REJECT'
  | 'SUBMIT'
  | 'WITHDRAW';

/** Scenario parameters. Omitted fields keep their defaults (create) or current values (update). */
export type ScenarioParametersInput = {
  /** Applying the plan may commit more than a budget line holds (default false: BUDGET_OVERRUN). */
  allowBudgetOverrun?: boolean | null | undefined;
  /** Allow hires below the standard set's minimum education of their level; each such hire is flagged. */
  allowHiresBelowMinimum?: boolean | null | undefined;
  /** Vacant posts may move between the county's schools (统筹编制, 县管校聘) within the standard set's limits (default true). */
  allowPostTransfers?: boolean | null | undefined;
  backend?: SolverBackend | null | undefined;
  /** Yearly budget cap, yuan; null removes the cap. */
  budgetCap?: number | null | undefined;
  /** Budget lines (科目) of the county and year the plan draws on, each bounded by its amount minus what is committed; null: only the budget cap. */
  budgetCategories?: Array<string> | null | undefined;
  directions?: MoveDirections | null | undefined;
  /** km; null uses the standard set's limit (50 km). */
  distanceLimitKm?: number | null | undefined;
  /** Staff numbers never picked for a rotation. */
  excludedStaffNos?: Array<string> | null | undefined;
  /** Staff numbers exempted from rotation eligibility (illness, pregnancy, ...). */
  exemptStaffNos?: Array<string> | null | undefined;
  extraQuotaPerSchool?: number | null | undefined;
  /** Levels the plan covers; null: every level the county has. Others get no hires, class splits or incoming rotations. */
  levels?: Array<Level> | null | undefined;
  /** Staff numbers of teachers who must stay. */
  lockedStaffNos?: Array<string> | null | undefined;
  mipGap?: number | null | undefined;
  mode?: SolveMode | null | undefined;
  name?: string | null | undefined;
  /** Standard-set overrides as JSON, e.g. {"levels":{"PRIMARY":{"peArtsPer100Min":1.0}}}. */
  overrides?: string | null | undefined;
  /** Teachers on loan the plan may recall (default ALL). LISTED names staff numbers of teachers on loan in the county; unknown ones or teachers not on loan are refused (BAD_USER_INPUT, named). */
  recalls?: RecallScopeInput | null | undefined;
  target?: ComplianceTarget | null | undefined;
  /** Dated targets the multi-year plan reports on (met or not, by how much); null: none. */
  targets?: Array<DatedTargetInput> | null | undefined;
  timeLimitSeconds?: number | null | undefined;
  year?: number | null | undefined;
  /** Budget cap of each year (one per year, yuan; a null item: no cap that year); null: budgetCap every year. */
  yearBudgetCaps?: Array<number | null | undefined> | null | undefined;
  /** School years the plan spans, 1 to 5 (default 1). */
  years?: number | null | undefined;
};

/** DRAFT 草稿, QUEUED 排队中, RUNNING 求解中, SOLVED 已求解, SUBMITTED 已提交审批, APPROVED 已批准, REJECTED 已退回, PUBLISHED 公示中, CLOSED 公示结束, APPLIED 已执行, STALE 数据已变化, FAILED 失败, CANCELLED 已取消, WITHDRAWN 已撤回. */
export type ScenarioStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'FAILED'
  | 'PUBLISHED'
  | 'QUEUED'
  | 'REJECTED'
  | 'RUNNING'
  | 'SOLVED'
  | 'STALE'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type SchoolFilter = {
  area?: AreaType | null | undefined;
  /** Only schools with a section (of `level`, if given) failing this indicator. */
  failing?: IndicatorCode | null | undefined;
  kind?: SchoolKind | null | undefined;
  /** Schools with a section of this level. */
  level?: Level | null | undefined;
  /** Text in the school name or code (学校名称或标识码). */
  search?: string | null | undefined;
  weak?: boolean | null | undefined;
};

export type SchoolKind =
  | 'COMPLETE_SECONDARY'
  | 'JUNIOR'
  | 'NINE_YEAR'
  | 'PRIMARY'
  | 'SENIOR'
  | 'TEACHING_POINT';

/** Order of a school list; ties are broken by code, ascending. */
export type SchoolOrder = {
  direction?: SortDirection;
  field: SchoolSortField;
};

/** CODE 学校标识码; NAME and TOWNSHIP in pinyin order where the database has ICU; AREA urban, town, rural; KIND in the order of SchoolKind; WEAK not weak first; STUDENTS of all sections; TEACHERS who count (ACTIVE or LEAVE); VACANCIES as `School.vacancies`; FAILING_INDICATORS the number of indicators failed in any section. */
export type SchoolSortField =
  | 'AREA'
  | 'CODE'
  | 'FAILING_INDICATORS'
  | 'KIND'
  | 'NAME'
  | 'STUDENTS'
  | 'TEACHERS'
  | 'TOWNSHIP'
  | 'VACANCIES'
  | 'WEAK';

/** BEST_WITHIN_BUDGET: closest to the standards within the budget cap; CHEAPEST_FULL_COMPLIANCE: standards hard, infeasibility reported. */
export type SolveMode =
  | 'BEST_WITHIN_BUDGET'
  | 'CHEAPEST_FULL_COMPLIANCE';

/** auto picks by model size; highs (WebAssembly) or jslp (javascript-lp-solver). */
export type SolverBackend =
  | 'auto'
  | 'highs'
  | 'jslp';

/** ASC smallest first, DESC largest first. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

export type TeacherFilter = {
  /** Backbone teachers (county level or higher), or the others. */
  backbone?: boolean | null | undefined;
  education?: Education | null | undefined;
  /** Eligible for rotation at the plan year's reference date. */
  eligibleForRotation?: boolean | null | undefined;
  level?: Level | null | undefined;
  status?: TeacherStatus | null | undefined;
  subject?: string | null | undefined;
};

/** ON_LOAN teachers count in no indicator. */
export type TeacherStatus =
  | 'ACTIVE'
  | 'LEAVE'
  | 'ON_LOAN';

/** Changes to a user; omitted fields stay as they are. A new role, region or password ends the user's sessions. */
export type UpdateUserInput = {
  displayName?: string | null | undefined;
  /** A new password, at least 8 characters. */
  password?: string | null | undefined;
  regionCode?: string | null | undefined;
  role?: Role | null | undefined;
};

export type CountySchoolsQueryVariables = Exact<{
  countyCode: string;
  after?: string | null | undefined;
}>;


export type CountySchoolsQuery = { schools: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, lat: number, lon: number, weak: boolean, compliant: boolean, sections: Array<{ id: string, level: Level, compliant: boolean, sixOfSeven: { meets: boolean | null }, checks: Array<{ indicator: IndicatorCode, value: number | null, threshold: number, passes: boolean, gapTeachers: number | null }> }> }> } };

export type AssignableRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignableRegionsQuery = { assignableRegions: Array<{ code: string, name: string, kind: RegionKind, parentCode: string | null }> };

export type CountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountiesQuery = { counties: Array<{ id: string, code: string, name: string, cityCode: string | null }> };

export type AuditLogPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogPageQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, username: string, action: string, regionCode: string | null, target: string | null, details: string | null }> } };

export type DocumentSettingsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type DocumentSettingsQuery = { documentSettings: { regionCode: string, issuer: string, numberPattern: string, example: string, saved: boolean, updatedAt: string | null, updatedBy: string | null } };

export type SaveDocumentSettingsMutationVariables = Exact<{
  input: SaveDocumentSettingsInput;
}>;


export type SaveDocumentSettingsMutation = { saveDocumentSettings: { regionCode: string, issuer: string, numberPattern: string, example: string, saved: boolean, updatedAt: string | null, updatedBy: string | null } };

export type ScenarioLifecycleQueryVariables = Exact<{
  id: string;
}>;


export type ScenarioLifecycleQuery = { scenario: { id: string, countyCode: string, status: ScenarioStatus, availableActions: Array<ScenarioAction>, noticeWindow: { publishedAt: string, endsAt: string, workingDays: number, remainingWorkingDays: number, open: boolean, publicPath: string | null } | null, history: Array<{ id: string, operation: string, fromStatus: ScenarioStatus | null, toStatus: ScenarioStatus, username: string | null, reason: string | null, at: string }>, objections: Array<{ id: string, staffNo: string, teacherName: string | null, text: string, evidenceFileName: string | null, receivedOn: string, recordedBy: string, decision: ObjectionDecision | null, decisionReason: string | null, decidedBy: string | null, decidedAt: string | null }>, supplementaryNotice: Array<{ objectionId: string, change: RotationChangeKind, staffNo: string, teacherName: string | null, before: { fromSchoolName: string, toSchoolName: string } | null, after: { fromSchoolName: string, toSchoolName: string } | null }> } | null };

export type SubmitScenarioMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type SubmitScenarioMutation = { submitScenario: { id: string, status: ScenarioStatus } };

export type ApproveScenarioMutationVariables = Exact<{
  id: string;
  comment?: string | null | undefined;
}>;


export type ApproveScenarioMutation = { approveScenario: { id: string, status: ScenarioStatus } };

export type RejectScenarioMutationVariables = Exact<{
  id: string;
  comment: string;
}>;


export type RejectScenarioMutation = { rejectScenario: { id: string, status: ScenarioStatus } };

export type WithdrawScenarioMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type WithdrawScenarioMutation = { withdrawScenario: { id: string, status: ScenarioStatus } };

export type PublishScenarioMutationVariables = Exact<{
  id: string;
}>;


export type PublishScenarioMutation = { publishScenario: { id: string, status: ScenarioStatus } };

export type CloseScenarioNoticeMutationVariables = Exact<{
  id: string;
}>;


export type CloseScenarioNoticeMutation = { closeScenarioNotice: { id: string, status: ScenarioStatus } };

export type RecordObjectionMutationVariables = Exact<{
  scenarioId: string;
  input: RecordObjectionInput;
}>;


export type RecordObjectionMutation = { recordObjection: { id: string } };

export type DecideObjectionMutationVariables = Exact<{
  scenarioId: string;
  objectionId: string;
  input: DecideObjectionInput;
}>;


export type DecideObjectionMutation = { decideObjection: { id: string, decision: ObjectionDecision | null } };

export type NoticeSettingsQueryVariables = Exact<{
  regionCode: string;
}>;


export type NoticeSettingsQuery = { noticeSettings: { regionCode: string, workingDays: number, ownWorkingDays: number | null, holidays: Array<{ regionCode: string, date: string, name: string }> } };

export type SetNoticeWindowDaysMutationVariables = Exact<{
  regionCode: string;
  days?: number | null | undefined;
}>;


export type SetNoticeWindowDaysMutation = { setNoticeWindowDays: { regionCode: string, workingDays: number, ownWorkingDays: number | null } };

export type AddRegionHolidayMutationVariables = Exact<{
  regionCode: string;
  input: RegionHolidayInput;
}>;


export type AddRegionHolidayMutation = { addRegionHoliday: { regionCode: string, holidays: Array<{ regionCode: string, date: string, name: string }> } };

export type RemoveRegionHolidayMutationVariables = Exact<{
  regionCode: string;
  date: string;
}>;


export type RemoveRegionHolidayMutation = { removeRegionHoliday: { regionCode: string, holidays: Array<{ regionCode: string, date: string, name: string }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, regionCode: string | null } } };

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { demo: boolean, demoUsers: Array<{ username: string, role: Role }> } };

export type CountyOutlookQueryVariables = Exact<{
  code: string;
  level?: Level | null | undefined;
  years: number;
}>;


export type CountyOutlookQuery = { county: { id: string, code: string, name: string, outlook: { baseYear: number, years: Array<number>, coarse: boolean, schoolCount: number, basis: { sectionsWithGrades: number, coarseSections: number, intakeGiven: number, intakeFromTownship: number, intakeFromFirstGrade: number, intakeCoarse: number, retirementAgeMen: number, retirementAgeWomen: number, retirementMen: { maxAge: number }, retirementWomen: { maxAge: number } }, totals: Array<{ year: number, students: number, intake: number, graduates: number, classesNeeded: number, classesNeededWhereRoomsKnown: number, classroomsAvailable: number, classroomShortfall: number, teachersPresent: number, teachersNeeded: number, teacherGap: number, retiring: number, rotationLeaving: number, schoolsShortOfClassrooms: number, schoolsShortOfTeachers: number }>, schools: Array<{ schoolCode: string, schoolName: string, township: string, lat: number, lon: number, coarse: boolean, firstYearShortOfClassrooms: number | null, firstYearShortOfTeachers: number | null, years: Array<{ year: number, classroomShortfall: number | null, teacherGap: number }> }> } } | null };

export type LevelSummaryFieldsFragment = { level: Level, schools: number, compliantSchools: number, sixOfSevenJudged: number, sixOfSevenMeeting: number, balance: Array<{ indicator: IndicatorCode, level: Level, cv: number | null, mean: number | null, threshold: number | null, passes: boolean, schools: number }> };

export type OverviewQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type OverviewQuery = { county: { id: string, code: string, name: string, dataVersion: number, counts: { schools: number, sections: number, students: number, teachers: number, onLoanTeachers: number, compliantSections: number }, primary: { level: Level, schools: number, compliantSchools: number, sixOfSevenJudged: number, sixOfSevenMeeting: number, balance: Array<{ indicator: IndicatorCode, level: Level, cv: number | null, mean: number | null, threshold: number | null, passes: boolean, schools: number }> } | null, junior: { level: Level, schools: number, compliantSchools: number, sixOfSevenJudged: number, sixOfSevenMeeting: number, balance: Array<{ indicator: IndicatorCode, level: Level, cv: number | null, mean: number | null, threshold: number | null, passes: boolean, schools: number }> } | null, senior: { level: Level, schools: number, compliantSchools: number, sixOfSevenJudged: number, sixOfSevenMeeting: number, balance: Array<{ indicator: IndicatorCode, level: Level, cv: number | null, mean: number | null, threshold: number | null, passes: boolean, schools: number }> } | null } | null, budgets: Array<{ id: string, category: string, amount: number, committed: number, remaining: number }> };

export type RolloverPreviewQueryVariables = Exact<{
  countyCode: string;
  year: number;
}>;


export type RolloverPreviewQuery = { rolloverPreview: { date: string, termsCleared: Array<string>, returns: Array<{ staffNo: string, name: string, subject: string, fromSchoolName: string, toSchoolName: string, rotationEnd: string }> } };

export type RolloverMutationVariables = Exact<{
  countyCode: string;
  year: number;
}>;


export type RolloverMutation = { rollover: { applied: boolean, returns: Array<{ staffNo: string }> } };

export type RotationPointsRuleQueryVariables = Exact<{
  regionCode: string;
}>;


export type RotationPointsRuleQuery = { standardSet: { id: string, rotationPointsRule: string } };

export type CreateScenarioMutationVariables = Exact<{
  input: CreateScenarioInput;
}>;


export type CreateScenarioMutation = { createScenario: { id: string, status: ScenarioStatus } };

export type UpdateScenarioMutationVariables = Exact<{
  id: string;
  input: ScenarioParametersInput;
}>;


export type UpdateScenarioMutation = { updateScenario: { id: string, status: ScenarioStatus, name: string } };

export type DuplicateScenarioMutationVariables = Exact<{
  id: string;
  name?: string | null | undefined;
}>;


export type DuplicateScenarioMutation = { duplicateScenario: { id: string, name: string, status: ScenarioStatus } };

export type DeleteScenarioMutationVariables = Exact<{
  id: string;
}>;


export type DeleteScenarioMutation = { deleteScenario: boolean };

export type RunScenarioMutationVariables = Exact<{
  id: string;
}>;


export type RunScenarioMutation = { runScenario: { id: string, status: ScenarioStatus, progress: { stage: string, fraction: number } | null } };

export type CancelScenarioMutationVariables = Exact<{
  id: string;
}>;


export type CancelScenarioMutation = { cancelScenario: { id: string, status: ScenarioStatus } };

export type ApplyScenarioMutationVariables = Exact<{
  id: string;
}>;


export type ApplyScenarioMutation = { applyScenario: { id: string, status: ScenarioStatus } };

export type CostCurveMutationVariables = Exact<{
  scenarioId: string;
  steps: number;
}>;


export type CostCurveMutation = { costCurve: { fullComplianceCost: number, floorShortfallTeachers: number, points: Array<{ budget: number, cost: number, shortfallTeachers: number, status: string }> } | null };

export type ScenariosListQueryVariables = Exact<{
  countyCode?: string | null | undefined;
}>;


export type ScenariosListQuery = { scenarios: Array<{ id: string, name: string, year: number, status: ScenarioStatus, budgetCap: number | null, mode: SolveMode, updatedAt: string, createdBy: string | null }> };

export type ScenarioParamsQueryVariables = Exact<{
  id: string;
}>;


export type ScenarioParamsQuery = { scenario: { id: string, countyCode: string, name: string, year: number, status: ScenarioStatus, budgetCap: number | null, mode: SolveMode, target: ComplianceTarget, directions: MoveDirections, distanceLimitKm: number | null, extraQuotaPerSchool: number, allowBudgetOverrun: boolean, lockedStaffNos: Array<string>, excludedStaffNos: Array<string>, overrides: string | null, allowHiresBelowMinimum: boolean, levels: Array<Level> | null, budgetCategories: Array<string> | null, allowPostTransfers: boolean, recalls: { kind: RecallScopeKind, staffNos: Array<string> } } | null };

export type ScenarioBudgetLinesQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type ScenarioBudgetLinesQuery = { budgets: Array<{ id: string, category: string, amount: number, committed: number, remaining: number }> };

export type ScenarioStatusQueryVariables = Exact<{
  id: string;
}>;


export type ScenarioStatusQuery = { scenario: { id: string, status: ScenarioStatus, error: string | null, progress: { stage: string, fraction: number, attempt: number | null, updatedAt: string | null } | null } | null };

export type BalanceFieldsFragment = { level: Level, indicator: IndicatorCode, cv: number | null, threshold: number | null, passes: boolean };

export type CostCurveFieldsFragment = { fullComplianceCost: number, floorShortfallTeachers: number, points: Array<{ budget: number, cost: number, shortfallTeachers: number, status: string }> };

export type ScenarioResultQueryVariables = Exact<{
  id: string;
}>;


export type ScenarioResultQuery = { scenario: { id: string, countyCode: string, name: string, year: number, status: ScenarioStatus, error: string | null, budgetCap: number | null, mode: SolveMode, progress: { stage: string, fraction: number } | null, plan: { status: string, backend: string, gap: number, createdAt: string, standardSetName: string | null, standardSetVersion: number | null, compliantSectionsBefore: number, compliantSectionsAfter: number, shortfallTeachers: number, cost: { rotation: number, transport: number, hires: number, extraQuota: number, total: number, classrooms: number, postTransfers: number, recalls: number }, spendingByLevel: Array<{ level: Level, amount: number }>, spendingByLine: Array<{ category: string, amount: number }>, check: { passes: boolean, violations: Array<{ rule: string }> }, rotations: Array<{ staffNo: string, level: Level, indicator: IndicatorCode | null, reason: string, distanceKm: number | null, termYears: number, startDate: string, fromSchool: { id: string, code: string, name: string } | null, toSchool: { id: string, code: string, name: string } | null, teacher: { id: string, name: string | null, subject: string } | null, points: { total: number, parts: Array<{ code: string, label: string, points: number }> } | null }>, hires: Array<{ schoolCode: string, level: Level, subjectGroup: string, education: Education, count: number, extraQuota: number, annualCost: number, belowMinimum: boolean, reason: string | null, indicator: IndicatorCode | null, certificateRequired: boolean }>, classSplits: Array<{ schoolCode: string, level: Level, classesBefore: number, classesAfter: number, classroomsBuilt: number, teachingPeriods: number | null, teachersNeeded: number | null, annualCost: number }>, postTransfers: Array<{ fromSchoolCode: string, toSchoolCode: string, posts: number, reason: string, annualCost: number, fromSchool: { id: string, name: string } | null, toSchool: { id: string, name: string } | null }>, recalls: Array<{ staffNo: string, schoolCode: string, level: Level, reason: string, indicator: IndicatorCode | null, startDate: string, annualCost: number, school: { id: string, name: string } | null, teacher: { id: string, name: string | null, subject: string } | null }>, shortfalls: Array<{ schoolCode: string | null, schoolName: string | null, level: Level | null, indicator: string, value: number | null, threshold: number, gapTeachers: number | null, cause: string, costToClose: number | null }>, balanceBefore: Array<{ level: Level, indicator: IndicatorCode, cv: number | null, threshold: number | null, passes: boolean }>, balanceAfter: Array<{ level: Level, indicator: IndicatorCode, cv: number | null, threshold: number | null, passes: boolean }>, costCurve: { fullComplianceCost: number, floorShortfallTeachers: number, points: Array<{ budget: number, cost: number, shortfallTeachers: number, status: string }> } | null } | null } | null };

export type CostCurvePollQueryVariables = Exact<{
  id: string;
}>;


export type CostCurvePollQuery = { scenario: { id: string, plan: { costCurve: { fullComplianceCost: number, floorShortfallTeachers: number, points: Array<{ budget: number, cost: number, shortfallTeachers: number, status: string }> } | null } | null } | null };

export type SchoolNamesQueryVariables = Exact<{
  countyCode: string;
}>;


export type SchoolNamesQuery = { schools: { nodes: Array<{ id: string, code: string, name: string }> } };

export type PickerTeachersQueryVariables = Exact<{
  schoolCode: string;
}>;


export type PickerTeachersQuery = { teachers: { nodes: Array<{ id: string, staffNo: string, name: string | null, subject: string, level: Level, eligibleForRotation: boolean }> } };

export type OnLoanTeachersQueryVariables = Exact<{
  countyCode: string;
}>;


export type OnLoanTeachersQuery = { teachers: { nodes: Array<{ id: string, staffNo: string, name: string | null, subject: string, level: Level, school: { id: string, name: string } }> } };

export type CompareScenariosQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CompareScenariosQuery = { compareScenarios: { columns: Array<{ cost: number, hires: number, rotations: number, sections: number, compliantSectionsAfter: number, shortfallTeachers: number, scenario: { id: string, name: string, budgetCap: number | null, status: ScenarioStatus }, balanceAfter: Array<{ level: Level, indicator: IndicatorCode, cv: number | null, threshold: number | null, passes: boolean }> }>, differentRotations: Array<{ staffNo: string, fromSchool: string, toSchools: Array<string | null> }> } };

export type SchoolQuotaHistoryQueryVariables = Exact<{
  code: string;
}>;


export type SchoolQuotaHistoryQuery = { school: { id: string, quotaHistory: Array<{ at: string, postsBefore: number, postsAfter: number, change: number, source: string, scenarioId: string | null, scenarioName: string | null, otherSchoolCode: string | null, otherSchoolName: string | null, username: string | null, reason: string }> } | null };

export type SchoolDetailQueryVariables = Exact<{
  code: string;
}>;


export type SchoolDetailQuery = { school: { id: string, code: string, name: string, countyCode: string, township: string, area: AreaType, kind: SchoolKind, weak: boolean, educationGroup: string | null, quota: number, vacancies: number, onLoanTeachers: number, students: number, lat: number, lon: number, facilities: { floorAreaM2: number, sportsAreaM2: number, equipmentYuan: number, multimediaRooms: number } | null, sections: Array<{ id: string, level: Level, students: number, classes: number, classes56Plus: number, classes66Plus: number, teacherCount: number, compliant: boolean, sixOfSeven: { meets: boolean | null, passing: number, failing: Array<IndicatorCode> }, checks: Array<{ indicator: IndicatorCode, value: number | null, threshold: number, passes: boolean, gapTeachers: number | null }> }> } | null };

export type SchoolTeachersQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
  filter?: TeacherFilter | null | undefined;
}>;


export type SchoolTeachersQuery = { school: { id: string, teachers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, staffNo: string, name: string | null, idNumber: string, gender: Gender, subject: string, level: Level, education: Education, title: string, backbone: BackboneLevel, status: TeacherStatus, yearsAtSchool: number, eligibleForRotation: boolean }> } } | null };

export type SchoolRotationFieldsFragment = { direction: RotationDirection, staffNo: string, level: Level, startDate: string | null, endDate: string | null, termYears: number | null, indicator: IndicatorCode | null, teacher: { id: string, name: string | null, subject: string, backbone: BackboneLevel } | null, otherSchool: { id: string, code: string, name: string } | null };

export type SchoolRotationPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ direction: RotationDirection, staffNo: string, level: Level, startDate: string | null, endDate: string | null, termYears: number | null, indicator: IndicatorCode | null, teacher: { id: string, name: string | null, subject: string, backbone: BackboneLevel } | null, otherSchool: { id: string, code: string, name: string } | null }> };

export type SchoolRotationsQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SchoolRotationsQuery = { school: { id: string, rotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ direction: RotationDirection, staffNo: string, level: Level, startDate: string | null, endDate: string | null, termYears: number | null, indicator: IndicatorCode | null, teacher: { id: string, name: string | null, subject: string, backbone: BackboneLevel } | null, otherSchool: { id: string, code: string, name: string } | null }> } } | null };

export type SchoolPlannedRotationsQueryVariables = Exact<{
  code: string;
  scenarioId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SchoolPlannedRotationsQuery = { school: { id: string, plannedRotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ direction: RotationDirection, staffNo: string, level: Level, startDate: string | null, endDate: string | null, termYears: number | null, indicator: IndicatorCode | null, teacher: { id: string, name: string | null, subject: string, backbone: BackboneLevel } | null, otherSchool: { id: string, code: string, name: string } | null }> } } | null };

export type SchoolScenarioOptionsQueryVariables = Exact<{
  countyCode: string;
}>;


export type SchoolScenarioOptionsQuery = { scenarios: Array<{ id: string, name: string, year: number, status: ScenarioStatus }> };

export type SchoolsPageQueryVariables = Exact<{
  countyCode: string;
  filter?: SchoolFilter | null | undefined;
  orderBy?: SchoolOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SchoolsPageQuery = { schools: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, township: string, area: AreaType, kind: SchoolKind, weak: boolean, students: number, quota: number, vacancies: number, onLoanTeachers: number, compliant: boolean, sections: Array<{ id: string, level: Level, checks: Array<{ indicator: IndicatorCode, passes: boolean }> }> }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, role: Role, regionCode: string | null } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, role: Role, regionCode: string | null } };

export type DeleteUserMutationVariables = Exact<{
  id: string;
}>;


export type DeleteUserMutation = { deleteUser: boolean };

export type UsersPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type UsersPageQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, username: string, displayName: string, role: Role, regionCode: string | null }> } };

export type StandardSetValuesFragment = { id: string, version: number, name: string, ownerRegionCode: string | null, overrides: string | null, updatedAt: string | null, updatedBy: string | null, levels: Array<{ level: Level, qualifiedPer100Min: number | null, backbonePer100Min: number | null, peArtsPer100Min: number | null, studentsPerTeacherMax: number | null, avgClassSizeMax: number | null, classes56PlusMax: number | null, floorAreaPerStudentMin: number | null, sportsAreaPerStudentMin: number | null, equipmentPerStudentMin: number | null, multimediaPer100Min: number | null, cvMax: number | null, qualifiedEducationMin: Education, hireEducationMin: Education, hireCertificateRequired: boolean, periodsPerClass: number, periodsPerTeacher: number }>, rotation: { minYearsAtSchool: number, minYearsBeforeRetirement: number, quotaShareOfEligible: number, backboneShareOfRotating: number, donorMaxLossShare: number, termYears: number, distanceLimitKm: number, retirementMen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number }, retirementWomen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number } }, sizes: { compulsorySchoolMaxStudents: number, nineYearSchoolMaxStudents: number, seniorSchoolMaxStudents: number, largeClassMin: number, oversizedClassMin: number, extraLargeClassMin: number }, sixOfSeven: { minPassing: number, floorShare: number } };

export type RegionStandardSetQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type RegionStandardSetQuery = { standardSet: { id: string, version: number, name: string, ownerRegionCode: string | null, overrides: string | null, updatedAt: string | null, updatedBy: string | null, levels: Array<{ level: Level, qualifiedPer100Min: number | null, backbonePer100Min: number | null, peArtsPer100Min: number | null, studentsPerTeacherMax: number | null, avgClassSizeMax: number | null, classes56PlusMax: number | null, floorAreaPerStudentMin: number | null, sportsAreaPerStudentMin: number | null, equipmentPerStudentMin: number | null, multimediaPer100Min: number | null, cvMax: number | null, qualifiedEducationMin: Education, hireEducationMin: Education, hireCertificateRequired: boolean, periodsPerClass: number, periodsPerTeacher: number }>, rotation: { minYearsAtSchool: number, minYearsBeforeRetirement: number, quotaShareOfEligible: number, backboneShareOfRotating: number, donorMaxLossShare: number, termYears: number, distanceLimitKm: number, retirementMen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number }, retirementWomen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number } }, sizes: { compulsorySchoolMaxStudents: number, nineYearSchoolMaxStudents: number, seniorSchoolMaxStudents: number, largeClassMin: number, oversizedClassMin: number, extraLargeClassMin: number }, sixOfSeven: { minPassing: number, floorShare: number } } };

export type NationalStandardSetQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalStandardSetQuery = { nationalStandardSet: { id: string, version: number, name: string, ownerRegionCode: string | null, overrides: string | null, updatedAt: string | null, updatedBy: string | null, levels: Array<{ level: Level, qualifiedPer100Min: number | null, backbonePer100Min: number | null, peArtsPer100Min: number | null, studentsPerTeacherMax: number | null, avgClassSizeMax: number | null, classes56PlusMax: number | null, floorAreaPerStudentMin: number | null, sportsAreaPerStudentMin: number | null, equipmentPerStudentMin: number | null, multimediaPer100Min: number | null, cvMax: number | null, qualifiedEducationMin: Education, hireEducationMin: Education, hireCertificateRequired: boolean, periodsPerClass: number, periodsPerTeacher: number }>, rotation: { minYearsAtSchool: number, minYearsBeforeRetirement: number, quotaShareOfEligible: number, backboneShareOfRotating: number, donorMaxLossShare: number, termYears: number, distanceLimitKm: number, retirementMen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number }, retirementWomen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number } }, sizes: { compulsorySchoolMaxStudents: number, nineYearSchoolMaxStudents: number, seniorSchoolMaxStudents: number, largeClassMin: number, oversizedClassMin: number, extraLargeClassMin: number }, sixOfSeven: { minPassing: number, floorShare: number } } };

export type SaveStandardSetMutationVariables = Exact<{
  input: SaveStandardSetInput;
}>;


export type SaveStandardSetMutation = { saveStandardSet: { id: string, version: number, name: string, ownerRegionCode: string | null, overrides: string | null, updatedAt: string | null, updatedBy: string | null, levels: Array<{ level: Level, qualifiedPer100Min: number | null, backbonePer100Min: number | null, peArtsPer100Min: number | null, studentsPerTeacherMax: number | null, avgClassSizeMax: number | null, classes56PlusMax: number | null, floorAreaPerStudentMin: number | null, sportsAreaPerStudentMin: number | null, equipmentPerStudentMin: number | null, multimediaPer100Min: number | null, cvMax: number | null, qualifiedEducationMin: Education, hireEducationMin: Education, hireCertificateRequired: boolean, periodsPerClass: number, periodsPerTeacher: number }>, rotation: { minYearsAtSchool: number, minYearsBeforeRetirement: number, quotaShareOfEligible: number, backboneShareOfRotating: number, donorMaxLossShare: number, termYears: number, distanceLimitKm: number, retirementMen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number }, retirementWomen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number } }, sizes: { compulsorySchoolMaxStudents: number, nineYearSchoolMaxStudents: number, seniorSchoolMaxStudents: number, largeClassMin: number, oversizedClassMin: number, extraLargeClassMin: number }, sixOfSeven: { minPassing: number, floorShare: number } } };

export type ResetStandardSetMutationVariables = Exact<{
  regionCode: string;
}>;


export type ResetStandardSetMutation = { resetStandardSet: { id: string, version: number, name: string, ownerRegionCode: string | null, overrides: string | null, updatedAt: string | null, updatedBy: string | null, levels: Array<{ level: Level, qualifiedPer100Min: number | null, backbonePer100Min: number | null, peArtsPer100Min: number | null, studentsPerTeacherMax: number | null, avgClassSizeMax: number | null, classes56PlusMax: number | null, floorAreaPerStudentMin: number | null, sportsAreaPerStudentMin: number | null, equipmentPerStudentMin: number | null, multimediaPer100Min: number | null, cvMax: number | null, qualifiedEducationMin: Education, hireEducationMin: Education, hireCertificateRequired: boolean, periodsPerClass: number, periodsPerTeacher: number }>, rotation: { minYearsAtSchool: number, minYearsBeforeRetirement: number, quotaShareOfEligible: number, backboneShareOfRotating: number, donorMaxLossShare: number, termYears: number, distanceLimitKm: number, retirementMen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number }, retirementWomen: { baseAge: number, maxAge: number, fromBirth: string, monthsPerStep: number } }, sizes: { compulsorySchoolMaxStudents: number, nineYearSchoolMaxStudents: number, seniorSchoolMaxStudents: number, largeClassMin: number, oversizedClassMin: number, extraLargeClassMin: number }, sixOfSeven: { minPassing: number, floorShare: number } } };

export const LevelSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LevelSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LevelSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"compliantSchools"}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSevenJudged"}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSevenMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]}}]} as unknown as DocumentNode<LevelSummaryFieldsFragment, unknown>;
export const BalanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}}]} as unknown as DocumentNode<BalanceFieldsFragment, unknown>;
export const CostCurveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostCurveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostCurve"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullComplianceCost"}},{"kind":"Field","name":{"kind":"Name","value":"floorShortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CostCurveFieldsFragment, unknown>;
export const SchoolRotationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"backbone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SchoolRotationFieldsFragment, unknown>;
export const SchoolRotationPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRotationPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRotationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRotationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"backbone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SchoolRotationPageFragment, unknown>;
export const StandardSetValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardSetValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"backbonePer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"peArtsPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"studentsPerTeacherMax"}},{"kind":"Field","name":{"kind":"Name","value":"avgClassSizeMax"}},{"kind":"Field","name":{"kind":"Name","value":"classes56PlusMax"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"sportsAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"multimediaPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"cvMax"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireCertificateRequired"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerClass"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerTeacher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minYearsAtSchool"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsBeforeRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"retirementMen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirementWomen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaShareOfEligible"}},{"kind":"Field","name":{"kind":"Name","value":"backboneShareOfRotating"}},{"kind":"Field","name":{"kind":"Name","value":"donorMaxLossShare"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLimitKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compulsorySchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"nineYearSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"seniorSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"largeClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"oversizedClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"extraLargeClassMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSeven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPassing"}},{"kind":"Field","name":{"kind":"Name","value":"floorShare"}}]}}]}}]} as unknown as DocumentNode<StandardSetValuesFragment, unknown>;
export const CountySchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountySchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"weak"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSeven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"gapTeachers"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountySchoolsQuery, CountySchoolsQueryVariables>;
export const AssignableRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]} as unknown as DocumentNode<AssignableRegionsQuery, AssignableRegionsQueryVariables>;
export const CountiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cityCode"}}]}}]}}]} as unknown as DocumentNode<CountiesQuery, CountiesQueryVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const DocumentSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"numberPattern"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]} as unknown as DocumentNode<DocumentSettingsQuery, DocumentSettingsQueryVariables>;
export const SaveDocumentSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDocumentSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDocumentSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDocumentSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"numberPattern"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]} as unknown as DocumentNode<SaveDocumentSettingsMutation, SaveDocumentSettingsMutationVariables>;
export const ScenarioLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"noticeWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"remainingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"publicPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFileName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplementaryNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectionId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSchoolName"}},{"kind":"Field","name":{"kind":"Name","value":"toSchoolName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSchoolName"}},{"kind":"Field","name":{"kind":"Name","value":"toSchoolName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioLifecycleQuery, ScenarioLifecycleQueryVariables>;
export const SubmitScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitScenarioMutation, SubmitScenarioMutationVariables>;
export const ApproveScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveScenarioMutation, ApproveScenarioMutationVariables>;
export const RejectScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectScenarioMutation, RejectScenarioMutationVariables>;
export const WithdrawScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawScenarioMutation, WithdrawScenarioMutationVariables>;
export const PublishScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishScenarioMutation, PublishScenarioMutationVariables>;
export const CloseScenarioNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseScenarioNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeScenarioNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseScenarioNoticeMutation, CloseScenarioNoticeMutationVariables>;
export const RecordObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordObjectionMutation, RecordObjectionMutationVariables>;
export const DecideObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"objectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<DecideObjectionMutation, DecideObjectionMutationVariables>;
export const NoticeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeSettingsQuery, NoticeSettingsQueryVariables>;
export const SetNoticeWindowDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNoticeWindowDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNoticeWindowDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"ownWorkingDays"}}]}}]}}]} as unknown as DocumentNode<SetNoticeWindowDaysMutation, SetNoticeWindowDaysMutationVariables>;
export const AddRegionHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRegionHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRegionHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddRegionHolidayMutation, AddRegionHolidayMutationVariables>;
export const RemoveRegionHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRegionHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRegionHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveRegionHolidayMutation, RemoveRegionHolidayMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ServerInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServerInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"demoUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ServerInfoQuery, ServerInfoQueryVariables>;
export const CountyOutlookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyOutlook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Level"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"coarse"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionsWithGrades"}},{"kind":"Field","name":{"kind":"Name","value":"coarseSections"}},{"kind":"Field","name":{"kind":"Name","value":"intakeGiven"}},{"kind":"Field","name":{"kind":"Name","value":"intakeFromTownship"}},{"kind":"Field","name":{"kind":"Name","value":"intakeFromFirstGrade"}},{"kind":"Field","name":{"kind":"Name","value":"intakeCoarse"}},{"kind":"Field","name":{"kind":"Name","value":"retirementAgeMen"}},{"kind":"Field","name":{"kind":"Name","value":"retirementAgeWomen"}},{"kind":"Field","name":{"kind":"Name","value":"retirementMen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirementWomen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAge"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"intake"}},{"kind":"Field","name":{"kind":"Name","value":"graduates"}},{"kind":"Field","name":{"kind":"Name","value":"classesNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"classesNeededWhereRoomsKnown"}},{"kind":"Field","name":{"kind":"Name","value":"classroomsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"classroomShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"teachersPresent"}},{"kind":"Field","name":{"kind":"Name","value":"teachersNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"teacherGap"}},{"kind":"Field","name":{"kind":"Name","value":"retiring"}},{"kind":"Field","name":{"kind":"Name","value":"rotationLeaving"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsShortOfClassrooms"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsShortOfTeachers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"coarse"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearShortOfClassrooms"}},{"kind":"Field","name":{"kind":"Name","value":"firstYearShortOfTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"classroomShortfall"}},{"kind":"Field","name":{"kind":"Name","value":"teacherGap"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountyOutlookQuery, CountyOutlookQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"county"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataVersion"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}},{"kind":"Field","name":{"kind":"Name","value":"onLoanTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"compliantSections"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"primary"},"name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PRIMARY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LevelSummaryFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"junior"},"name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"JUNIOR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LevelSummaryFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"senior"},"name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"SENIOR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LevelSummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LevelSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LevelSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"compliantSchools"}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSevenJudged"}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSevenMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const RolloverPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolloverPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rolloverPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"termsCleared"}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fromSchoolName"}},{"kind":"Field","name":{"kind":"Name","value":"toSchoolName"}},{"kind":"Field","name":{"kind":"Name","value":"rotationEnd"}}]}}]}}]}}]} as unknown as DocumentNode<RolloverPreviewQuery, RolloverPreviewQueryVariables>;
export const RolloverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Rollover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffNo"}}]}}]}}]}}]} as unknown as DocumentNode<RolloverMutation, RolloverMutationVariables>;
export const RotationPointsRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RotationPointsRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rotationPointsRule"}}]}}]}}]} as unknown as DocumentNode<RotationPointsRuleQuery, RotationPointsRuleQueryVariables>;
export const CreateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const UpdateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioParametersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateScenarioMutation, UpdateScenarioMutationVariables>;
export const DuplicateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DuplicateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DuplicateScenarioMutation, DuplicateScenarioMutationVariables>;
export const DeleteScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteScenarioMutation, DeleteScenarioMutationVariables>;
export const RunScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}}]}}]}}]} as unknown as DocumentNode<RunScenarioMutation, RunScenarioMutationVariables>;
export const CancelScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelScenarioMutation, CancelScenarioMutationVariables>;
export const ApplyScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApplyScenarioMutation, ApplyScenarioMutationVariables>;
export const CostCurveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CostCurve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"steps"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costCurve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"steps"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostCurveFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostCurveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostCurve"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullComplianceCost"}},{"kind":"Field","name":{"kind":"Name","value":"floorShortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CostCurveMutation, CostCurveMutationVariables>;
export const ScenariosListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenariosList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCap"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<ScenariosListQuery, ScenariosListQueryVariables>;
export const ScenarioParamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioParams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCap"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLimitKm"}},{"kind":"Field","name":{"kind":"Name","value":"extraQuotaPerSchool"}},{"kind":"Field","name":{"kind":"Name","value":"allowBudgetOverrun"}},{"kind":"Field","name":{"kind":"Name","value":"lockedStaffNos"}},{"kind":"Field","name":{"kind":"Name","value":"excludedStaffNos"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"allowHiresBelowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCategories"}},{"kind":"Field","name":{"kind":"Name","value":"allowPostTransfers"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staffNos"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioParamsQuery, ScenarioParamsQueryVariables>;
export const ScenarioBudgetLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioBudgetLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]} as unknown as DocumentNode<ScenarioBudgetLinesQuery, ScenarioBudgetLinesQueryVariables>;
export const ScenarioStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioStatusQuery, ScenarioStatusQueryVariables>;
export const ScenarioResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCap"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"standardSetName"}},{"kind":"Field","name":{"kind":"Name","value":"standardSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"compliantSectionsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"compliantSectionsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotation"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"hires"}},{"kind":"Field","name":{"kind":"Name","value":"extraQuota"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"classrooms"}},{"kind":"Field","name":{"kind":"Name","value":"postTransfers"}},{"kind":"Field","name":{"kind":"Name","value":"recalls"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendingByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendingByLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"fromSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hires"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"subjectGroup"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"extraQuota"}},{"kind":"Field","name":{"kind":"Name","value":"annualCost"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimum"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"certificateRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classSplits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"classesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"classesAfter"}},{"kind":"Field","name":{"kind":"Name","value":"classroomsBuilt"}},{"kind":"Field","name":{"kind":"Name","value":"teachingPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"teachersNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"annualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSchoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"toSchoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"fromSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"annualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"annualCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"gapTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"costToClose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costCurve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostCurveFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostCurveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostCurve"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullComplianceCost"}},{"kind":"Field","name":{"kind":"Name","value":"floorShortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScenarioResultQuery, ScenarioResultQueryVariables>;
export const CostCurvePollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostCurvePoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costCurve"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CostCurveFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CostCurveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostCurve"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullComplianceCost"}},{"kind":"Field","name":{"kind":"Name","value":"floorShortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CostCurvePollQuery, CostCurvePollQueryVariables>;
export const SchoolNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolNamesQuery, SchoolNamesQueryVariables>;
export const PickerTeachersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickerTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForRotation"}}]}}]}}]}}]} as unknown as DocumentNode<PickerTeachersQuery, PickerTeachersQueryVariables>;
export const OnLoanTeachersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnLoanTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ON_LOAN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OnLoanTeachersQuery, OnLoanTeachersQueryVariables>;
export const CompareScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"hires"}},{"kind":"Field","name":{"kind":"Name","value":"rotations"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"compliantSectionsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BalanceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"differentRotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"fromSchool"}},{"kind":"Field","name":{"kind":"Name","value":"toSchools"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BalanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorBalance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}}]} as unknown as DocumentNode<CompareScenariosQuery, CompareScenariosQueryVariables>;
export const SchoolQuotaHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolQuotaHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotaHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"postsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"postsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioName"}},{"kind":"Field","name":{"kind":"Name","value":"otherSchoolCode"}},{"kind":"Field","name":{"kind":"Name","value":"otherSchoolName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolQuotaHistoryQuery, SchoolQuotaHistoryQueryVariables>;
export const SchoolDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weak"}},{"kind":"Field","name":{"kind":"Name","value":"educationGroup"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"onLoanTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"sportsAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"multimediaRooms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"classes"}},{"kind":"Field","name":{"kind":"Name","value":"classes56Plus"}},{"kind":"Field","name":{"kind":"Name","value":"classes66Plus"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSeven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"passing"}},{"kind":"Field","name":{"kind":"Name","value":"failing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}},{"kind":"Field","name":{"kind":"Name","value":"gapTeachers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolDetailQuery, SchoolDetailQueryVariables>;
export const SchoolTeachersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolTeachers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TeacherFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"backbone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"yearsAtSchool"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForRotation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolTeachersQuery, SchoolTeachersQueryVariables>;
export const SchoolRotationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolRotations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRotationPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"backbone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRotationPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRotationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRotationFields"}}]}}]}}]} as unknown as DocumentNode<SchoolRotationsQuery, SchoolRotationsQueryVariables>;
export const SchoolPlannedRotationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPlannedRotations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedRotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRotationPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRotationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"staffNo"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"backbone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRotationPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRotationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRotationFields"}}]}}]}}]} as unknown as DocumentNode<SchoolPlannedRotationsQuery, SchoolPlannedRotationsQueryVariables>;
export const SchoolScenarioOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolScenarioOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SchoolScenarioOptionsQuery, SchoolScenarioOptionsQueryVariables>;
export const SchoolsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weak"}},{"kind":"Field","name":{"kind":"Name","value":"students"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"onLoanTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"passes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsPageQuery, SchoolsPageQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const UsersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPageQuery, UsersPageQueryVariables>;
export const RegionStandardSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionStandardSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardSetValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardSetValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"backbonePer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"peArtsPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"studentsPerTeacherMax"}},{"kind":"Field","name":{"kind":"Name","value":"avgClassSizeMax"}},{"kind":"Field","name":{"kind":"Name","value":"classes56PlusMax"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"sportsAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"multimediaPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"cvMax"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireCertificateRequired"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerClass"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerTeacher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minYearsAtSchool"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsBeforeRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"retirementMen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirementWomen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaShareOfEligible"}},{"kind":"Field","name":{"kind":"Name","value":"backboneShareOfRotating"}},{"kind":"Field","name":{"kind":"Name","value":"donorMaxLossShare"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLimitKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compulsorySchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"nineYearSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"seniorSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"largeClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"oversizedClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"extraLargeClassMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSeven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPassing"}},{"kind":"Field","name":{"kind":"Name","value":"floorShare"}}]}}]}}]} as unknown as DocumentNode<RegionStandardSetQuery, RegionStandardSetQueryVariables>;
export const NationalStandardSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalStandardSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStandardSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardSetValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardSetValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"backbonePer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"peArtsPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"studentsPerTeacherMax"}},{"kind":"Field","name":{"kind":"Name","value":"avgClassSizeMax"}},{"kind":"Field","name":{"kind":"Name","value":"classes56PlusMax"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"sportsAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"multimediaPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"cvMax"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireCertificateRequired"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerClass"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerTeacher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minYearsAtSchool"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsBeforeRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"retirementMen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirementWomen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaShareOfEligible"}},{"kind":"Field","name":{"kind":"Name","value":"backboneShareOfRotating"}},{"kind":"Field","name":{"kind":"Name","value":"donorMaxLossShare"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLimitKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compulsorySchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"nineYearSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"seniorSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"largeClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"oversizedClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"extraLargeClassMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSeven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPassing"}},{"kind":"Field","name":{"kind":"Name","value":"floorShare"}}]}}]}}]} as unknown as DocumentNode<NationalStandardSetQuery, NationalStandardSetQueryVariables>;
export const SaveStandardSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveStandardSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveStandardSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveStandardSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardSetValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardSetValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"backbonePer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"peArtsPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"studentsPerTeacherMax"}},{"kind":"Field","name":{"kind":"Name","value":"avgClassSizeMax"}},{"kind":"Field","name":{"kind":"Name","value":"classes56PlusMax"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"sportsAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"multimediaPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"cvMax"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireCertificateRequired"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerClass"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerTeacher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minYearsAtSchool"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsBeforeRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"retirementMen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirementWomen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaShareOfEligible"}},{"kind":"Field","name":{"kind":"Name","value":"backboneShareOfRotating"}},{"kind":"Field","name":{"kind":"Name","value":"donorMaxLossShare"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLimitKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compulsorySchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"nineYearSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"seniorSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"largeClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"oversizedClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"extraLargeClassMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSeven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPassing"}},{"kind":"Field","name":{"kind":"Name","value":"floorShare"}}]}}]}}]} as unknown as DocumentNode<SaveStandardSetMutation, SaveStandardSetMutationVariables>;
export const ResetStandardSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStandardSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStandardSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StandardSetValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StandardSetValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"backbonePer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"peArtsPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"studentsPerTeacherMax"}},{"kind":"Field","name":{"kind":"Name","value":"avgClassSizeMax"}},{"kind":"Field","name":{"kind":"Name","value":"classes56PlusMax"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"sportsAreaPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentPerStudentMin"}},{"kind":"Field","name":{"kind":"Name","value":"multimediaPer100Min"}},{"kind":"Field","name":{"kind":"Name","value":"cvMax"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireEducationMin"}},{"kind":"Field","name":{"kind":"Name","value":"hireCertificateRequired"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerClass"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerTeacher"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rotation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minYearsAtSchool"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsBeforeRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"retirementMen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retirementWomen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"fromBirth"}},{"kind":"Field","name":{"kind":"Name","value":"monthsPerStep"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotaShareOfEligible"}},{"kind":"Field","name":{"kind":"Name","value":"backboneShareOfRotating"}},{"kind":"Field","name":{"kind":"Name","value":"donorMaxLossShare"}},{"kind":"Field","name":{"kind":"Name","value":"termYears"}},{"kind":"Field","name":{"kind":"Name","value":"distanceLimitKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compulsorySchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"nineYearSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"seniorSchoolMaxStudents"}},{"kind":"Field","name":{"kind":"Name","value":"largeClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"oversizedClassMin"}},{"kind":"Field","name":{"kind":"Name","value":"extraLargeClassMin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sixOfSeven"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPassing"}},{"kind":"Field","name":{"kind":"Name","value":"floorShare"}}]}}]}}]} as unknown as DocumentNode<ResetStandardSetMutation, ResetStandardSetMutationVariables>;