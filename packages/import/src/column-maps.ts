/**
 * The layout of the roster files: which sheets (or CSV files) exist and their columns, with the
 * Chinese headings HR uses and the English names accepted as aliases.
 */
export type SheetKind = 'schools' | 'sections' | 'teachers' | 'budgets' | 'costs' | 'grades' | 'intake';

export interface ColumnSpec {
  /** English name, accepted as an alias of the heading. */
  key: string;
  /** Chinese heading, the default in templates and exports. */
  zh: string;
  /** The heading must be present (values may still be optional, see the row parsers). */
  required: boolean;
}

export interface SheetSpec {
  kind: SheetKind;
  /** Chinese sheet name in a workbook. */
  sheetName: string;
  /** File name in a CSV folder. */
  csvFile: string;
  /** The sheet must be present. */
  required: boolean;
  columns: readonly ColumnSpec[];
}

const req = (key: string, zh: string): ColumnSpec => ({ key, zh, required: true });
const opt = (key: string, zh: string): ColumnSpec => ({ key, zh, required: false });

export const SCHOOL_SHEET: SheetSpec = {
  kind: 'schools',
  sheetName: '学校',
  csvFile: 'schools.csv',
  required: true,
  columns: [
    req('code', '学校标识码'),
    req('name', '学校名称'),
    req('county_code', '区县代码'),
    req('county_name', '区县名称'),
    req('township', '乡镇'),
    req('kind', '办学类型'),
    req('area', '城乡类型'),
    req('weak', '薄弱学校'),
    req('lat', '纬度'),
    req('lon', '经度'),
    req('quota', '核定编制'),
    req('floor_area_m2', '校舍面积'),
    req('sports_area_m2', '运动场面积'),
    req('equipment_yuan', '仪器设备值'),
    req('multimedia_rooms', '多媒体教室数'),
    opt('education_group', '教育集团'),
    opt('city_code', '地市代码'),
    opt('city_name', '地市名称'),
    // Ordinary classrooms: spare ones (classrooms minus classes) take class splits; none assumed when empty.
    opt('classrooms', '普通教室数'),
  ],
};

export const SECTION_SHEET: SheetSpec = {
  kind: 'sections',
  sheetName: '学段',
  csvFile: 'sections.csv',
  required: true,
  columns: [
    req('school_code', '学校标识码'),
    req('level', '学段'),
    req('students', '在校生数'),
    req('classes', '班级数'),
    req('classes_56_plus', '56人及以上班级数'),
    req('classes_66_plus', '66人及以上班级数'),
  ],
};

export const TEACHER_SHEET: SheetSpec = {
  kind: 'teachers',
  sheetName: '教师',
  csvFile: 'teachers.csv',
  required: true,
  columns: [
    req('staff_no', '工号'),
    req('name', '姓名'),
    req('gender', '性别'),
    req('birth_date', '出生日期'),
    req('id_number', '身份证号'),
    req('school_code', '学校标识码'),
    req('level', '任教学段'),
    req('subject', '任教学科'),
    req('education', '最高学历'),
    req('title', '职称'),
    req('certificate', '教师资格证'),
    req('backbone', '骨干等级'),
    req('started_at_school', '到校年月'),
    req('status', '状态'),
    req('annual_cost', '年人员成本'),
    opt('preferred_schools', '意向交流学校'),
    opt('home_township', '家庭所在乡镇'),
    // 交流轮岗: the school holding the post while the teacher teaches at 学校标识码, and the term's end.
    opt('home_school_code', '编制所在学校'),
    opt('rotation_end', '交流期满日期'),
    // Documented hardship (疾病/照顾家庭/夫妻分居, several separated by ;): lowers the rotation points.
    opt('hardships', '困难情形'),
  ],
};

export const BUDGET_SHEET: SheetSpec = {
  kind: 'budgets',
  sheetName: '经费',
  csvFile: 'budgets.csv',
  required: true,
  columns: [req('year', '年度'), req('county_code', '区县代码'), req('category', '科目'), req('amount', '金额')],
};

export const COST_SHEET: SheetSpec = {
  kind: 'costs',
  sheetName: '成本',
  csvFile: 'costs.csv',
  required: false,
  columns: [
    req('county_code', '区县代码'),
    req('item', '项目'),
    req('area', '城乡类型'),
    req('education', '最高学历'),
    req('min_km', '距离下限公里'),
    req('amount', '金额'),
  ],
};

/** 年级 (optional): students per grade of a section, the cohort base of the five-year outlook. */
export const GRADE_SHEET: SheetSpec = {
  kind: 'grades',
  sheetName: '年级',
  csvFile: 'grades.csv',
  required: false,
  columns: [req('school_code', '学校标识码'), req('level', '学段'), req('grade', '年级'), req('students', '在校生数')],
};

/** 入学预测 (optional): expected first-year intake of a school, or of a township's schools, by year. */
export const INTAKE_SHEET: SheetSpec = {
  kind: 'intake',
  sheetName: '入学预测',
  csvFile: 'intake.csv',
  required: false,
  columns: [
    opt('county_code', '区县代码'),
    opt('school_code', '学校标识码'),
    opt('township', '乡镇'),
    req('level', '学段'),
    req('year', '年度'),
    req('students', '预计入学人数'),
  ],
};

/** Every sheet, in the order of a workbook (schools first: the others refer to them). */
export const SHEETS: readonly SheetSpec[] = [SCHOOL_SHEET, SECTION_SHEET, TEACHER_SHEET, BUDGET_SHEET, COST_SHEET, GRADE_SHEET, INTAKE_SHEET];

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\s+/g, '').toLowerCase();
}

/** The sheet a workbook sheet name or CSV file name stands for (Chinese name, English kind or file name). */
export function sheetSpecFor(name: string): SheetSpec | undefined {
  const n = normalise(name);
  return SHEETS.find((s) => normalise(s.sheetName) === n || s.kind === n || s.csvFile === n);
}

/** An English alias without underscores, so that home_school_code, homeSchoolCode and HOME_SCHOOL_CODE all match. */
const aliasOf = (text: string): string => text.replace(/_/g, '');

/** The column a heading stands for (Chinese heading or English alias; spaces, case and underscores ignored). */
export function columnFor(spec: SheetSpec, heading: string): ColumnSpec | undefined {
  const n = normalise(heading);
  if (n === '') return undefined;
  return spec.columns.find((c) => normalise(c.zh) === n || aliasOf(c.key) === aliasOf(n));
}
