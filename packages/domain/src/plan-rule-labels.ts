import type { PlanViolation } from './plan';

/** The Chinese name of each rule the plan checker enforces, for officials reading a refused plan. */
export const PLAN_RULE_LABELS_ZH: Record<PlanViolation['rule'], string> = {
  TEACHER_MOVES_TWICE: '同一教师被安排两次交流',
  UNKNOWN_TEACHER: '教师不在当前数据中',
  NOT_ELIGIBLE: '教师不符合交流条件',
  LOCKED_OR_EXCLUDED: '教师已锁定或被排除',
  WRONG_LEVEL: '学段不符（教师学段或接收学校学段）',
  WRONG_FROM_SCHOOL: '教师当前不在调出学校',
  DIRECTION: '交流方向不符合规定',
  DISTANCE: '交流距离超出上限',
  DONOR_LOSS: '调出学校流失教师过多',
  DONOR_STANDARDS: '调出学校因此不达标',
  ROTATION_QUOTA: '交流轮岗比例不足',
  BACKBONE_SHARE: '骨干教师交流占比不足',
  BUDGET: '超出预算',
  COST_MISMATCH: '方案成本与按成本表计算的不一致',
  VACANCIES: '招聘人数超出编制空缺或招聘行无效',
  CLASS_SPLIT: '拆分班级与现有班数不符',
  STANDARD_NOT_MET: '方案执行后仍未达标',
  SHORTFALL_NOT_REPORTED: '未达标项未列入缺口',
  UNKNOWN_SCHOOL: '学校不在当前数据中',
  HIRE_BELOW_MINIMUM: '新招聘教师低于该学段最低学历（或未标注）',
  LEVEL_OUT_OF_SCOPE: '规划了方案范围以外的学段',
  SPLIT_NO_CLASSROOM: '拆分班级缺少教室',
  SPLIT_NO_TEACHING_TIME: '拆分班级缺少课时（教师）',
  BUDGET_LINE: '超出经费科目余额',
};
