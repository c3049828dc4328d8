import type { Gender } from '@junheng/domain';
import type { Prng } from './prng';

/** Common surnames with rough weights (Hunan-flavoured: 李, 王, 张, 刘, 陈, 唐, 蒋, 何, ...). */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['李', 80], ['王', 70], ['张', 65], ['刘', 60], ['陈', 55], ['唐', 45], ['蒋', 40], ['何', 38], ['周', 35],
  ['杨', 35], ['黄', 32], ['赵', 28], ['吴', 26], ['胡', 25], ['欧阳', 12], ['邓', 22], ['谢', 20], ['朱', 20],
  ['彭', 18], ['曾', 18], ['肖', 17], ['田', 16], ['罗', 16], ['郑', 15], ['义', 8],
  ['宋', 12], ['龚', 10], ['易', 10], ['廖', 10], ['盘', 6], ['奉', 6], ['邹', 9], ['贺', 8], ['龙', 8],
];

const MALE_CHARS = '伟强军勇杰涛斌浩磊鹏超明辉华平建国志刚文林峰宇俊波海东亮凯晨阳子轩博瑞';
const FEMALE_CHARS = '芳娟敏静丽艳娜霞燕玲丹红梅婷雪琳慧颖倩欣怡佳萍月兰春秀英雯琴晶';
const NEUTRAL_CHARS = '小晓思雨嘉立新永德世家诗清云安宁';

function chars(text: string): string[] {
  return Array.from(text);
}

const MALE = chars(MALE_CHARS);
const FEMALE = chars(FEMALE_CHARS);
const NEUTRAL = chars(NEUTRAL_CHARS);

/** A plausible Chinese personal name: surname plus one or two given characters. */
export function chineseName(rng: Prng, gender: Gender): string {
  const surname = rng.weighted(SURNAMES);
  const pool = gender === 'M' ? MALE : FEMALE;
  if (rng.chance(0.3)) return surname + rng.pick(pool);
  const first = rng.chance(0.35) ? rng.pick(NEUTRAL) : rng.pick(pool);
  return surname + first + rng.pick(pool);
}

/** Township names (乡镇): two- or three-character place names of the kind found in southern Hunan. */
export const TOWNSHIP_STEMS: readonly string[] = [
  '白马渡', '清塘', '祥霖铺', '寿雁', '仙子脚', '桥头', '梅花', '营江', '蚣坝', '四马桥', '乐福堂', '上关',
  '洪塘营', '审章塘', '横岭', '万家庄', '柑子园', '富塘', '东门', '西洲', '石马', '龙村', '濂溪', '月岩',
  '田广洞', '久佳', '竹林', '杨柳', '金田', '沙田', '大坪', '松柏', '新车', '黄甲岭', '湘源', '水口',
  '桐木漯', '井头', '凤凰', '花桥', '石桥', '太平', '荆塘', '高峰', '长江圩', '保安', '南岭', '麻江',
];

/** Village names (村): two-character names. */
const VILLAGE_FIRST = chars('大小新上下东西南北石竹松柏龙凤桃李杨梅黄白青红金银马牛田水塘岭坪冲湾');
const VILLAGE_SECOND = chars('塘坪岭冲湾洞源口头岗洲田园山桥溪坝铺坊寨岩垅');

export function villageName(rng: Prng): string {
  return rng.pick(VILLAGE_FIRST) + rng.pick(VILLAGE_SECOND);
}
