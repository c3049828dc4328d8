import type { SheetSpec } from './column-maps';
import {
  AREA_VALUES, BACKBONE_VALUES, COST_ITEM_VALUES, EDUCATION_VALUES, GENDER_VALUES, LEVEL_VALUES, SCHOOL_KIND_VALUES, STATUS_VALUES,
  YES_NO_VALUES, labelList, type ValueMap,
} from './value-maps';

/** Columns kept as text in workbooks, so that Excel does not turn codes into numbers or dates. */
const TEXT_COLUMNS = new Set(['code', 'county_code', 'school_code', 'staff_no', 'id_number', 'birth_date', 'started_at_school', 'city_code', 'preferred_schools', 'home_school_code', 'rotation_end']);

export function isTextColumn(key: string): boolean {
  return TEXT_COLUMNS.has(key);
}

const CHOICES: Record<string, ValueMap<string>> = {
  kind: SCHOOL_KIND_VALUES,
  area: AREA_VALUES,
  weak: YES_NO_VALUES,
  level: LEVEL_VALUES,
  gender: GENDER_VALUES,
  education: EDUCATION_VALUES,
  certificate: YES_NO_VALUES,
  backbone: BACKBONE_VALUES,
  status: STATUS_VALUES,
  item: COST_ITEM_VALUES,
};

const FORMATS: Record<string, string> = {
  birth_date: 'YYYY-MM-DD',
  started_at_school: 'YYYY-MM',
  lat: '小数，如 28.0431',
  lon: '小数，如 110.2312',
  preferred_schools: '学校标识码，多个以分号分隔',
  home_school_code: '交流轮岗中的教师：保留编制的原学校标识码（同一区县，不同于当前学校）；否则留空',
  rotation_end: 'YYYY-MM-DD，交流期满日期（须同时填写编制所在学校）',
  hardships: '疾病/照顾家庭/夫妻分居，多项以分号分隔，可留空；须有证明材料，每项按积分规则扣分',
  min_km: '公里（交通补贴用）',
  grade: '一年级…九年级、高一…高三（初一至初三亦可）；须属于所填学段',
  year: '学年开始的年份，如 2027 表示 2027 年秋季入学',
  classrooms: '整数，可留空；空闲教室（普通教室数减班级数）可用于分班，留空则视为没有空闲教室',
};

/** How a column is filled in, for the notes sheet of the template: its allowed values or format. */
export function columnHint(spec: SheetSpec, key: string): string {
  if (spec.kind === 'intake' && key === 'school_code') return '学校标识码；按乡镇预测时留空并填写区县代码和乡镇';
  if (spec.kind === 'intake' && key === 'township') return '按乡镇预测时填写，按该乡镇各校今年一年级人数分配';
  if (spec.kind === 'grades' && key === 'students') return '整数；同一学段各年级之和须等于「学段」表的在校生数';
  if (spec.kind === 'costs' && (key === 'area' || key === 'education')) return `${labelList(CHOICES[key] ?? AREA_VALUES)}（新教师用）`;
  const choice = CHOICES[key];
  if (choice) return labelList(choice);
  return FORMATS[key] ?? '';
}
