import type { AreaType, Level, SchoolKind } from '@junheng/domain';
import { TOWNSHIP_STEMS, villageName } from './chinese-names';
import type { Prng } from './prng';

/** A school as planned by the layout, before staff and facilities. */
export interface PlannedSchool {
  name: string;
  township: string;
  kind: SchoolKind;
  area: AreaType;
  weak: boolean;
  educationGroup: string | null;
  lat: number;
  lon: number;
  /** Per level: students and the average class size aimed at. */
  levels: Array<{ level: Level; students: number; avgClassSize: number }>;
}

export interface PlannedTownship {
  name: string;
  lat: number;
  lon: number;
}

const KM_PER_DEGREE = 111.32;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** A point `km` away from (lat, lon) in direction `angle` (radians). */
export function offset(lat: number, lon: number, km: number, angle: number): { lat: number; lon: number } {
  const dLat = (km * Math.sin(angle)) / KM_PER_DEGREE;
  const dLon = (km * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return { lat: round6(lat + dLat), lon: round6(lon + dLon) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function near(rng: Prng, place: { lat: number; lon: number }, minKm: number, maxKm: number) {
  return offset(place.lat, place.lon, rng.range(minKm, maxKm), rng.range(0, 2 * Math.PI));
}

/**
 * The county's schools: a county seat (城关镇) with large, crowded urban schools and the senior high
 * schools, a central primary and a junior (or nine-year) school in every town, and the rest as village
 * schools (村小学) and teaching points (教学点) around the towns, within about 55 km of the seat.
 */
export function planCounty(
  rng: Prng, countyName: string, center: { lat: number; lon: number }, schoolCount: number,
): { townships: PlannedTownship[]; schools: PlannedSchool[] } {
  const scale = schoolCount / 150;
  const urbanPrimaries = Math.max(2, Math.round(6 * scale));
  const urbanJuniors = Math.max(1, Math.round(3 * scale));
  const townCount = clamp(Math.round((schoolCount - urbanPrimaries - urbanJuniors - 4) / 9.8), 2, TOWNSHIP_STEMS.length);

  const seat: PlannedTownship = { name: '城关镇', lat: center.lat, lon: center.lon };
  const stems = rng.shuffle(TOWNSHIP_STEMS).slice(0, townCount);
  const towns: PlannedTownship[] = stems.map((stem, i) => {
    const angle = (2 * Math.PI * i) / townCount + rng.range(-0.25, 0.25);
    const km = rng.range(8, 44);
    return { name: `${stem}镇`, ...offset(center.lat, center.lon, km, angle) };
  });

  const schools: PlannedSchool[] = [];
  const urban = (name: string, kind: SchoolKind, levels: PlannedSchool['levels'], group: string | null = null): PlannedSchool => ({
    name, township: seat.name, kind, area: 'URBAN', weak: false, educationGroup: group, ...near(rng, seat, 0.3, 3), levels,
  });

  // County seat: oversized classes, too few teachers.
  for (let i = 0; i < urbanPrimaries; i++) {
    const name = `城关第${CN_ORDINALS[i] ?? i + 1}小学`;
    const avg = clamp(rng.normal(55 + (i === 0 ? 3 : 0), 2.5), 49, 61);
    schools.push(urban(name, 'PRIMARY', [{ level: 'PRIMARY', students: rng.int(1700, 2900), avgClassSize: avg }], i < 2 ? `${name}教育集团` : null));
  }
  for (let i = 0; i < urbanJuniors; i++) {
    schools.push(urban(`城关第${CN_ORDINALS[i] ?? i + 1}中学`, 'JUNIOR', [{ level: 'JUNIOR', students: rng.int(1300, 2100), avgClassSize: clamp(rng.normal(54, 2.5), 49, 60) }]));
  }
  schools.push(urban(`${countyName}实验学校`, 'NINE_YEAR', [
    { level: 'PRIMARY', students: rng.int(1500, 1900), avgClassSize: clamp(rng.normal(56, 2), 50, 62) },
    { level: 'JUNIOR', students: rng.int(800, 1100), avgClassSize: clamp(rng.normal(55, 2), 50, 60) },
  ], `${countyName}实验学校教育集团`));
  schools.push(urban(`${countyName}第一中学`, 'SENIOR', [{ level: 'SENIOR', students: rng.int(2900, 3400), avgClassSize: clamp(rng.normal(56, 2), 50, 62) }]));
  schools.push(urban(`${countyName}第二中学`, 'COMPLETE_SECONDARY', [
    { level: 'JUNIOR', students: rng.int(900, 1200), avgClassSize: clamp(rng.normal(52, 2), 48, 58) },
    { level: 'SENIOR', students: rng.int(1600, 2000), avgClassSize: clamp(rng.normal(53, 2), 48, 58) },
  ]));

  // Towns: a central primary, a junior school or a nine-year school; one town hosts the third senior high.
  towns.forEach((town, t) => {
    const place = () => ({ township: town.name, ...near(rng, town, 0.2, 1.5) });
    const short = town.name.replace(/镇$/, '');
    schools.push({
      name: `${short}镇中心小学`, kind: 'PRIMARY', area: 'TOWN', weak: rng.chance(0.1), educationGroup: null, ...place(),
      levels: [{ level: 'PRIMARY', students: rng.int(700, 1700), avgClassSize: clamp(rng.normal(46, 4), 36, 58) }],
    });
    if (rng.chance(0.25)) {
      schools.push({
        name: `${short}镇九年一贯制学校`, kind: 'NINE_YEAR', area: 'TOWN', weak: rng.chance(0.2), educationGroup: null, ...place(),
        levels: [
          { level: 'PRIMARY', students: rng.int(400, 900), avgClassSize: clamp(rng.normal(42, 4), 32, 52) },
          { level: 'JUNIOR', students: rng.int(300, 700), avgClassSize: clamp(rng.normal(46, 4), 36, 56) },
        ],
      });
    } else {
      schools.push({
        name: `${short}镇中学`, kind: 'JUNIOR', area: 'TOWN', weak: rng.chance(0.15), educationGroup: null, ...place(),
        levels: [{ level: 'JUNIOR', students: rng.int(500, 1300), avgClassSize: clamp(rng.normal(49, 4), 38, 60) }],
      });
    }
    if (t === 0) {
      schools.push({
        name: `${countyName}第三中学`, kind: 'SENIOR', area: 'TOWN', weak: false, educationGroup: null, ...place(),
        levels: [{ level: 'SENIOR', students: rng.int(1800, 2300), avgClassSize: clamp(rng.normal(52, 2), 48, 58) }],
      });
    }
  });

  // Villages: the remaining schools, round-robin over the towns; about a third are teaching points.
  const used = new Set<string>();
  const groups = schools.filter((s) => s.educationGroup).map((s) => s.educationGroup as string);
  let i = 0;
  while (schools.length < schoolCount) {
    const town = towns[i % towns.length]!;
    i++;
    let village = villageName(rng);
    for (let tries = 0; used.has(`${town.name}${village}`) && tries < 20; tries++) village = villageName(rng);
    used.add(`${town.name}${village}`);
    const teachingPoint = rng.chance(0.3);
    const place = { township: town.name, ...near(rng, town, 1.5, 9) };
    const group = rng.chance(0.08) && groups.length ? rng.pick(groups) : null;
    if (teachingPoint) {
      schools.push({
        name: `${village}村教学点`, kind: 'TEACHING_POINT', area: 'RURAL', weak: rng.chance(0.6), educationGroup: group, ...place,
        levels: [{ level: 'PRIMARY', students: rng.int(6, 45), avgClassSize: 0 }],
      });
    } else {
      schools.push({
        name: `${village}村小学`, kind: 'PRIMARY', area: 'RURAL', weak: rng.chance(0.4), educationGroup: group, ...place,
        levels: [{ level: 'PRIMARY', students: rng.int(60, 420), avgClassSize: clamp(rng.normal(28, 6), 12, 42) }],
      });
    }
  }
  return { townships: [seat, ...towns], schools };
}
