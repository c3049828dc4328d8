import type { AreaType, BackboneLevel, CostItem, Education, Gender, Hardship, Level, SchoolKind, TeacherStatus } from '@junheng/domain';

/**
 * A closed list of values: the Chinese label written in templates and exports, and every spelling
 * accepted on import (the Chinese labels, common variants and the English codes).
 */
export interface ValueMap<T extends string> {
  /** Name of the list in messages, e.g. 办学类型. */
  name: string;
  /** Chinese label of each code, used when writing files. */
  labels: Record<T, string>;
  /** Extra accepted spellings (beyond the labels and the codes). */
  aliases?: Record<string, T>;
}

function key(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

const lookups = new WeakMap<ValueMap<string>, Map<string, string>>();

function lookupOf<T extends string>(map: ValueMap<T>): Map<string, T> {
  let lookup = lookups.get(map) as Map<string, T> | undefined;
  if (!lookup) {
    lookup = new Map<string, T>();
    for (const [code, label] of Object.entries(map.labels) as Array<[T, string]>) {
      lookup.set(key(code), code);
      lookup.set(key(label), code);
    }
    for (const [alias, code] of Object.entries(map.aliases ?? {}) as Array<[string, T]>) lookup.set(key(alias), code);
    lookups.set(map, lookup);
  }
  return lookup;
}

/** The code a cell's text stands for, or undefined when it is not one of the list. */
export function parseValue<T extends string>(map: ValueMap<T>, text: string): T | undefined {
  return lookupOf(map).get(key(text));
}

/** The accepted Chinese labels, for messages: 小学/初中/高中. */
export function labelList<T extends string>(map: ValueMap<T>): string {
  return Object.values<string>(map.labels).join('/');
}

export const LEVEL_VALUES: ValueMap<Level> = {
  name: '学段',
  labels: { PRIMARY: '小学', JUNIOR: '初中', SENIOR: '高中' },
};

export const SCHOOL_KIND_VALUES: ValueMap<SchoolKind> = {
  name: '办学类型',
  labels: {
    PRIMARY: '小学',
    JUNIOR: '初中',
    SENIOR: '高中',
    NINE_YEAR: '九年一贯制学校',
    COMPLETE_SECONDARY: '完全中学',
    TEACHING_POINT: '教学点',
  },
  aliases: { 九年一贯制: 'NINE_YEAR', 完中: 'COMPLETE_SECONDARY', 高级中学: 'SENIOR', 初级中学: 'JUNIOR', 小学教学点: 'TEACHING_POINT' },
};

export const AREA_VALUES: ValueMap<AreaType> = {
  name: '城乡类型',
  labels: { URBAN: '城区', TOWN: '镇区', RURAL: '乡村' },
  aliases: { 城市: 'URBAN', 县镇: 'TOWN', 农村: 'RURAL' },
};

export const YES_NO_VALUES: ValueMap<'YES' | 'NO'> = {
  name: '是/否',
  labels: { YES: '是', NO: '否' },
  aliases: { Y: 'YES', N: 'NO', TRUE: 'YES', FALSE: 'NO', '1': 'YES', '0': 'NO', 有: 'YES', 无: 'NO' },
};

export const GENDER_VALUES: ValueMap<Gender> = {
  name: '性别',
  labels: { M: '男', F: '女' },
  aliases: { MALE: 'M', FEMALE: 'F' },
};

export const EDUCATION_VALUES: ValueMap<Education> = {
  name: '最高学历',
  labels: {
    SECONDARY_VOCATIONAL: '中专',
    HIGH_SCHOOL: '高中',
    ASSOCIATE: '大专',
    BACHELOR: '本科',
    MASTER: '硕士研究生',
    DOCTORATE: '博士研究生',
  },
  aliases: { 中师: 'SECONDARY_VOCATIONAL', 专科: 'ASSOCIATE', 大学本科: 'BACHELOR', 研究生: 'MASTER', 硕士: 'MASTER', 博士: 'DOCTORATE' },
};

export const BACKBONE_VALUES: ValueMap<BackboneLevel> = {
  name: '骨干等级',
  labels: { NONE: '无', COUNTY: '县级', CITY: '市级', PROVINCE: '省级' },
  aliases: { 否: 'NONE', 县级骨干: 'COUNTY', 市级骨干: 'CITY', 省级骨干: 'PROVINCE' },
};

/** 困难情形: documented hardship that lowers the rotation points (several per teacher, separated by ;). */
export const HARDSHIP_VALUES: ValueMap<Hardship> = {
  name: '困难情形',
  labels: { ILLNESS: '疾病', FAMILY_CARE: '照顾家庭', SPOUSE_APART: '夫妻分居' },
  aliases: {
    重病: 'ILLNESS', 大病: 'ILLNESS', 患病: 'ILLNESS', illness: 'ILLNESS', 'serious illness': 'ILLNESS',
    照顾家人: 'FAMILY_CARE', 'family care': 'FAMILY_CARE', carer: 'FAMILY_CARE', 'caring for family': 'FAMILY_CARE',
    两地分居: 'SPOUSE_APART', 'spouse apart': 'SPOUSE_APART', 'spouse posted elsewhere': 'SPOUSE_APART',
  },
};

export const STATUS_VALUES: ValueMap<TeacherStatus> = {
  name: '状态',
  labels: { ACTIVE: '在岗', ON_LOAN: '借调', LEAVE: '休假' },
  aliases: { 借用: 'ON_LOAN', 请假: 'LEAVE', 病假: 'LEAVE', 产假: 'LEAVE' },
};

export const COST_ITEM_VALUES: ValueMap<CostItem> = {
  name: '成本项目',
  labels: { HIRE: '新教师', ROTATION: '交流补贴', TRANSPORT: '交通补贴', EXTRA_QUOTA: '增编', CLASSROOM: '新增教室' },
};
