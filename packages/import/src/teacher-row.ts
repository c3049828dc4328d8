import type { Hardship, Teacher } from '@junheng/domain';
import type { RowReader } from './row-reader';
import { BACKBONE_VALUES, EDUCATION_VALUES, GENDER_VALUES, HARDSHIP_VALUES, labelList, LEVEL_VALUES, parseValue, STATUS_VALUES, YES_NO_VALUES } from './value-maps';

const ID_NUMBER = /^(\d{17}[\dXx]|\d{15})$/;

/** Splits a list cell: 4311240001;4311240002 (also , ， ； 、 and spaces). */
export function splitList(text: string): string[] {
  return text.split(/[;,，；、\s]+/).filter((s) => s !== '');
}

/** 困难情形: a list of 疾病/照顾家庭/夫妻分居 (or the English codes and aliases), each once, in the list's order. */
function parseHardships(r: RowReader): Hardship[] {
  // Spaces stay inside an item ("spouse posted elsewhere"); ; , ， ； 、 separate items.
  const items = r.text('hardships', { required: false, maxLength: 100 }).split(/[;,，；、]+/).map((s) => s.trim()).filter((s) => s !== '');
  const found = new Set<Hardship>();
  for (const item of items) {
    const code = parseValue(HARDSHIP_VALUES, item);
    if (code === undefined) r.problem('hardships', `“${item}”不是有效的困难情形，应为 ${labelList(HARDSHIP_VALUES)}（多项以分号分隔）`);
    else found.add(code);
  }
  return (Object.keys(HARDSHIP_VALUES.labels) as Hardship[]).filter((h) => found.has(h));
}

/** One row of 教师 / teachers.csv; undefined when a field is wrong (the problems are recorded). */
export function parseTeacherRow(r: RowReader): Teacher | undefined {
  const staffNo = r.text('staff_no', { maxLength: 32 });
  const name = r.text('name', { maxLength: 50 });
  const gender = r.choice('gender', GENDER_VALUES);
  const birthDate = r.date('birth_date');
  const idNumber = r.text('id_number', { maxLength: 18 }).toUpperCase();
  if (idNumber !== '' && !ID_NUMBER.test(idNumber)) r.problem('id_number', '身份证号应为18位（末位可为X）或15位数字');
  const schoolCode = r.text('school_code', { maxLength: 20 });
  const level = r.choice('level', LEVEL_VALUES);
  const subject = r.text('subject', { maxLength: 20 });
  const education = r.choice('education', EDUCATION_VALUES);
  const title = r.text('title', { required: false, maxLength: 20 }) || '未定级';
  const certificate = r.choice('certificate', YES_NO_VALUES);
  const backbone = r.choice('backbone', BACKBONE_VALUES, { required: false }) ?? 'NONE';
  const startedAtSchool = r.yearMonth('started_at_school');
  const status = r.choice('status', STATUS_VALUES);
  const annualCost = r.amount('annual_cost');
  const preferredSchools = splitList(r.text('preferred_schools', { required: false }));
  const homeTownship = r.text('home_township', { required: false, maxLength: 100 });
  const homeSchoolCode = r.text('home_school_code', { required: false, maxLength: 20 });
  const rotationEnd = r.date('rotation_end', { required: false });
  const hardships = parseHardships(r);
  // The school and county of the home school are checked across sheets (cross-sheet-checks.ts).
  if (homeSchoolCode !== '' && homeSchoolCode === schoolCode) r.problem('home_school_code', '编制所在学校与当前学校相同：不在交流中的教师请留空');
  if (rotationEnd !== undefined && homeSchoolCode === '') r.problem('rotation_end', '填写了交流期满日期，但没有填写编制所在学校');
  if (birthDate !== undefined && startedAtSchool !== undefined && startedAtSchool < birthDate.slice(0, 7)) {
    r.problem('started_at_school', `到校年月早于出生日期（${birthDate}）`);
  }
  if (
    !r.ok || gender === undefined || birthDate === undefined || level === undefined || education === undefined ||
    certificate === undefined || startedAtSchool === undefined || status === undefined || annualCost === undefined
  ) {
    return undefined;
  }
  return {
    staffNo, name, gender, birthDate, idNumber, schoolCode, level, subject, education, title,
    certificate: certificate === 'YES', backbone, startedAtSchool, status, annualCost,
    preferredSchools, homeTownship: homeTownship || null,
    // Present only for a teacher on rotation, as the database reader gives them back.
    ...(homeSchoolCode ? { homeSchoolCode } : {}),
    ...(rotationEnd ? { rotationEnd } : {}),
    ...(hardships.length > 0 ? { hardships } : {}),
  };
}
