import {
  applyStandardOverrides,
  checkPlan,
  classesNeeded,
  distanceKm,
  hireCost,
  referenceDate,
  rotationCost,
  rotationEligibility,
  type Education,
  type Plan,
  type PlanClassSplit,
  type PlanHire,
  type PlanRotation,
  type RegionData,
  type ScenarioParameters,
  type StandardSet,
  type SubjectGroup,
} from '@junheng/domain';

/**
 * Brute force, independent of the model: every combination of moves of the movable teachers (stay, or
 * go to any other school teaching their level), of at most `maxHiresPerSection` hires of every subject
 * group and education in the cost table, with the class splits C and B need. Keeps the cheapest plan
 * the domain's checker accepts in full-compliance mode.
 */
export function cheapestCompliantPlan(region: RegionData, base: StandardSet, scenario: ScenarioParameters, maxHiresPerSection = 1): { cost: number; plan: Plan } | null {
  const standards = applyStandardOverrides(base, scenario.overrides);
  const refDate = referenceDate(scenario.year);
  const blocked = new Set([...scenario.lockedStaffNos, ...scenario.excludedStaffNos]);
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const table = region.costTables[0]!;
  const movable = region.teachers.filter((t) => !blocked.has(t.staffNo) && rotationEligibility(t, refDate, standards.rotation, scenario.exemptStaffNos.includes(t.staffNo)).eligible);
  const moveOptions = movable.map((t) => [null, ...region.sections.filter((s) => s.level === t.level && s.schoolCode !== t.schoolCode).map((s) => s.schoolCode)]);
  const educations = [...new Set(table.hire.map((h) => h.education))] as Education[];
  const kinds: Array<{ group: SubjectGroup; education: Education }> = (['CORE', 'PE_ARTS'] as const).flatMap((group) => educations.map((education) => ({ group, education })));
  const hireOptions = region.sections.map((s) => {
    const opts: Array<Array<{ group: SubjectGroup; education: Education }>> = [[]];
    const extend = (prefix: Array<{ group: SubjectGroup; education: Education }>, from: number, left: number) => {
      for (let k = from; k < kinds.length && left > 0; k++) {
        const next = [...prefix, kinds[k]!];
        opts.push(next);
        extend(next, k, left - 1);
      }
    };
    extend([], 0, s.students > 0 ? maxHiresPerSection : 0);
    return opts;
  });
  const classSplits: PlanClassSplit[] = region.sections.flatMap((s) => {
    const lvl = standards.levels[s.level];
    const c = classesNeeded(s, { avgMax: lvl.avgClassSizeMax, oversizedMin: standards.sizes.oversizedClassMin, oversizedMax: lvl.classes56PlusMax });
    return c > s.classes ? [{ schoolCode: s.schoolCode, level: s.level, classesBefore: s.classes, classesAfter: c }] : [];
  });
  let best: { cost: number; plan: Plan } | null = null;
  const moveChoice = new Array<string | null>(movable.length).fill(null);
  const hireChoice = new Array<number>(region.sections.length).fill(0);
  const evaluate = () => {
    const rotations: PlanRotation[] = [];
    let rotation = 0;
    let transport = 0;
    movable.forEach((t, i) => {
      const to = moveChoice[i];
      if (!to) return;
      const c = rotationCost(table, distanceKm(schools.get(t.schoolCode)!, schools.get(to)!));
      rotation += c.rotation;
      transport += c.transport;
      rotations.push({ staffNo: t.staffNo, fromSchool: t.schoolCode, toSchool: to, level: t.level, reason: '', startDate: refDate, termYears: standards.rotation.termYears });
    });
    const hires: PlanHire[] = [];
    let hireTotal = 0;
    region.sections.forEach((s, i) => {
      for (const k of hireOptions[i]![hireChoice[i]!]!) {
        const amount = hireCost(table, schools.get(s.schoolCode)!.area, k.education);
        hireTotal += amount;
        hires.push({ schoolCode: s.schoolCode, level: s.level, subjectGroup: k.group, education: k.education, count: 1, annualCost: amount });
      }
    });
    const total = rotation + transport + hireTotal;
    if (best && total >= best.cost) return;
    const plan: Plan = {
      county: region.counties[0]!.code, year: scenario.year, backend: 'enumeration', status: 'OPTIMAL', gap: 0,
      cost: { total, hires: hireTotal, rotation, transport, extraQuota: 0 }, rotations, hires, classSplits, shortfalls: [], check: { passes: true, violations: [] },
    };
    if (checkPlan(region, base, scenario, plan).passes) best = { cost: total, plan };
  };
  const walkHires = (i: number) => {
    if (i === region.sections.length) return evaluate();
    for (let k = 0; k < hireOptions[i]!.length; k++) {
      hireChoice[i] = k;
      walkHires(i + 1);
    }
  };
  const walkMoves = (i: number) => {
    if (i === movable.length) return walkHires(0);
    for (const to of moveOptions[i]!) {
      moveChoice[i] = to;
      walkMoves(i + 1);
    }
  };
  walkMoves(0);
  return best;
}
