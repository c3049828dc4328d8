import { BUDGET_CATEGORY, decimalToFraction } from '@junheng/domain';
import type { AllocationModel, FlowVar } from './allocation-model';
import { hireCounts, typeCounts } from './constraints/section-standards';
import { currentNeed, STAFF_INDICATORS } from './region-index';
import { typeFlags } from './teacher-types';

const EPS = 1e-6;

/**
 * Integer flows that respect every hard rule, however the rows were rounded: movable supply, donor
 * loss cap, donors' own standards (counting only rotations: hires are decided afterwards), budget for
 * rotations, backbone share. Tracks the effect of each unit so that a step can be checked in O(1).
 */
class FlowState {
  readonly units: number[];
  private readonly supplyLeft = new Map<string, number>();
  private readonly sent = new Map<string, number>();
  private readonly delta = new Map<string, Record<string, number>>();
  private readonly rotations = new Map<string, number>();
  private readonly backbone = new Map<string, number>();
  private cost = 0;
  private readonly share: { num: number; den: number };
  /** Rotation and transport allowances per county, and what the rotation budget line leaves (when drawn on). */
  private readonly rotationSpend = new Map<string, number>();
  private readonly rotationLine = new Map<string, number>();
  /** Sections that may split classes: their net loss of teachers stays within spare periods / periods per teacher. */
  private readonly timeFloor = new Map<string, number>();

  constructor(private readonly model: AllocationModel, values: ArrayLike<number>) {
    this.units = model.flows.map(() => 0);
    const f = decimalToFraction(model.index.standards.rotation.backboneShareOfRotating);
    this.share = { num: Number(f.num), den: Number(f.den) };
    for (const flow of model.flows) this.supplyLeft.set(this.supplyKey(flow), flow.arc.donor.movable[flow.type]!.length);
    for (const [county, limits] of model.index.lineLimits) {
      const line = limits.get(BUDGET_CATEGORY.ROTATION);
      if (line !== undefined) this.rotationLine.set(county, line);
    }
    for (const s of model.splits) {
      this.timeFloor.set(s.section.key, -s.section.sparePeriods / model.index.standards.teachingPeriods[s.section.section.level].perTeacher);
    }
    // The LP's hires, rounded down, are kept as a baseline: with them the second stage is always feasible.
    const bySchool = new Map<string, number>();
    for (const h of model.hires) {
      const n = Math.floor(Math.max(0, values[h.v] ?? 0) + EPS);
      if (n === 0) continue;
      const d = this.deltaOf(h.section.key);
      for (const ind of STAFF_INDICATORS) if (hireCounts(ind, h)) d[ind]! += n;
      this.cost += n * h.unitCost;
      bySchool.set(h.section.school.code, (bySchool.get(h.section.school.code) ?? 0) + n);
    }
    // So are its recalls from loan (they count like an incoming teacher of their type).
    for (const r of model.recalls) {
      const n = Math.floor(Math.max(0, values[r.v] ?? 0) + EPS);
      if (n === 0) continue;
      const d = this.deltaOf(r.section.key);
      for (const ind of STAFF_INDICATORS) if (typeCounts(ind, r.type)) d[ind]! += n;
      this.cost += n * r.unitCost;
    }
    // Posts moved in (rounded down) serve hires before extra quota does.
    const movedIn = new Map<string, number>();
    for (const m of model.postMoves) if (m.direction === 'IN') movedIn.set(m.school.school.code, Math.floor(Math.max(0, values[m.v] ?? 0) + EPS));
    for (const [code, n] of bySchool) {
      const school = model.index.schools.get(code)!;
      this.cost += Math.max(0, n - school.vacancies - (movedIn.get(code) ?? 0)) * school.costTable.extraQuota;
    }
  }

  private supplyKey(f: FlowVar): string {
    return `${f.arc.donor.key}|${f.type}`;
  }

  private deltaOf(key: string): Record<string, number> {
    let d = this.delta.get(key);
    if (!d) this.delta.set(key, (d = { Q1: 0, Q2: 0, Q3: 0, R: 0 }));
    return d;
  }

  /**
   * A donor section keeps every check it passed and makes no failing check worse, counting rotations
   * only (hires are decided afterwards): after >= min(before, need).
   */
  private donorKeeps(key: string): boolean {
    const section = this.model.index.sectionByKey.get(key)!;
    const d = this.deltaOf(key);
    for (const ind of STAFF_INDICATORS) {
      const need = section.need[ind];
      if (need === null) continue;
      const before = currentNeed(section, ind);
      if (before + d[ind]! < Math.min(before, need)) return false;
    }
    const floor = this.timeFloor.get(key);
    return floor === undefined || d.R! >= floor - EPS;
  }

  private rotationLineHolds(county: string): boolean {
    const line = this.rotationLine.get(county);
    return line === undefined || (this.rotationSpend.get(county) ?? 0) <= line + EPS;
  }

  private shareHolds(county: string): boolean {
    // Best within budget: the backbone share is a penalised target, never a reason to drop a rotation.
    if (!this.model.options.hard) return true;
    const n = this.rotations.get(county) ?? 0;
    const b = this.backbone.get(county) ?? 0;
    return n === 0 || this.share.den * b >= this.share.num * n;
  }

  private apply(i: number, sign: 1 | -1): void {
    const f = this.model.flows[i]!;
    const county = f.arc.donor.school.countyCode;
    this.units[i]! += sign;
    this.supplyLeft.set(this.supplyKey(f), this.supplyLeft.get(this.supplyKey(f))! - sign);
    this.sent.set(f.arc.donor.school.code, (this.sent.get(f.arc.donor.school.code) ?? 0) + sign);
    const out = this.deltaOf(f.arc.donor.key);
    const inn = this.deltaOf(f.arc.receiver.key);
    for (const ind of STAFF_INDICATORS) {
      if (!typeCounts(ind, f.type)) continue;
      out[ind]! -= sign;
      inn[ind]! += sign;
    }
    this.rotations.set(county, (this.rotations.get(county) ?? 0) + sign);
    if (typeFlags(f.type).backbone) this.backbone.set(county, (this.backbone.get(county) ?? 0) + sign);
    this.cost += sign * (f.arc.rotationCost + f.arc.transportCost);
    this.rotationSpend.set(county, (this.rotationSpend.get(county) ?? 0) + sign * (f.arc.rotationCost + f.arc.transportCost));
  }

  private holdsAround(i: number): boolean {
    const f = this.model.flows[i]!;
    const cap = this.model.index.scenario.budgetCap;
    return (
      this.supplyLeft.get(this.supplyKey(f))! >= 0 &&
      (this.sent.get(f.arc.donor.school.code) ?? 0) <= this.model.index.schools.get(f.arc.donor.school.code)!.maxLoss &&
      this.donorKeeps(f.arc.donor.key) &&
      this.donorKeeps(f.arc.receiver.key) &&
      (cap === null || this.cost <= cap + EPS) &&
      this.rotationLineHolds(f.arc.donor.school.countyCode) &&
      this.shareHolds(f.arc.donor.school.countyCode)
    );
  }

  /** Adds one unit of flow i if every hard rule still holds. */
  tryAdd(i: number, ignoreShare = false): boolean {
    this.apply(i, 1);
    const f = this.model.flows[i]!;
    const ok = this.holdsAround(i) || (ignoreShare && this.holdsExceptShare(i));
    if (!ok || !(ignoreShare || this.shareHolds(f.arc.donor.school.countyCode))) {
      this.apply(i, -1);
      return false;
    }
    return true;
  }

  holdsExceptShare(i: number): boolean {
    const f = this.model.flows[i]!;
    const cap = this.model.index.scenario.budgetCap;
    return (
      this.supplyLeft.get(this.supplyKey(f))! >= 0 &&
      (this.sent.get(f.arc.donor.school.code) ?? 0) <= this.model.index.schools.get(f.arc.donor.school.code)!.maxLoss &&
      this.donorKeeps(f.arc.donor.key) &&
      this.donorKeeps(f.arc.receiver.key) &&
      (cap === null || this.cost <= cap + EPS) &&
      this.rotationLineHolds(f.arc.donor.school.countyCode)
    );
  }

  /** Adds one unit without checks (the repair pass follows). */
  force(i: number): void {
    this.apply(i, 1);
  }

  remove(i: number): void {
    this.apply(i, -1);
  }

  rotationsIn(county: string): number {
    return this.rotations.get(county) ?? 0;
  }

  shareOk(county: string): boolean {
    return this.shareHolds(county);
  }
}

/**
 * LP flows to whole teachers: round down, then round up the largest fractions (>= 0.5) where every hard
 * rule allows, then add units (LP-suggested first, then cheapest) while a county misses its rotation
 * quota. The result always satisfies the hard rules; the plan checker verifies it independently.
 */
export function roundFlows(model: AllocationModel, values: ArrayLike<number>): number[] {
  const state = new FlowState(model, values);
  const frac: Array<{ i: number; f: number }> = [];
  model.flows.forEach((flow, i) => {
    const x = Math.max(0, values[flow.v] ?? 0);
    const whole = Math.floor(x + EPS);
    for (let k = 0; k < whole; k++) state.force(i);
    if (x - whole > EPS) frac.push({ i, f: x - whole });
  });
  // Rounded-down flows keep the LP's structure; undo units wherever a hard rule fails (chains of
  // donors that also receive are settled by repeating until nothing changes).
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < model.flows.length; i++) {
      while (state.units[i]! > 0 && !state.holdsExceptShare(i)) {
        state.remove(i);
        changed = true;
      }
    }
  }
  // Rounding down may break the backbone share: drop non-backbone units until it holds.
  for (const county of model.index.counties) {
    for (let i = model.flows.length - 1; i >= 0 && !state.shareOk(county); i--) {
      const f = model.flows[i]!;
      if (f.arc.donor.school.countyCode !== county || typeFlags(f.type).backbone) continue;
      while (state.units[i]! > 0 && !state.shareOk(county)) state.remove(i);
    }
  }
  for (const { i, f } of frac) if (f >= 0.5 - EPS) state.tryAdd(i);
  for (const county of model.index.counties) {
    const quota = model.index.quotaByCounty.get(county) ?? 0;
    if (state.rotationsIn(county) >= quota) continue;
    const inCounty = model.flows.map((f, i) => ({ f, i })).filter(({ f }) => f.arc.donor.school.countyCode === county);
    const lpFirst = [...frac.filter(({ i }) => model.flows[i]!.arc.donor.school.countyCode === county).map(({ i }) => i)];
    const cheapest = inCounty.sort((a, b) => typeFlags(b.f.type).backbone === typeFlags(a.f.type).backbone ? model.variables[a.f.v]!.cost - model.variables[b.f.v]!.cost : typeFlags(b.f.type).backbone ? 1 : -1).map(({ i }) => i);
    // Round robin: each pass gives a receiving section at most one more teacher, so the fill spreads.
    let progress = true;
    while (progress && state.rotationsIn(county) < quota) {
      progress = false;
      const served = new Set<string>();
      for (const i of [...lpFirst, ...cheapest]) {
        if (state.rotationsIn(county) >= quota) break;
        const receiver = model.flows[i]!.arc.receiver.key;
        if (served.has(receiver)) continue;
        if (state.tryAdd(i)) {
          progress = true;
          served.add(receiver);
        }
      }
    }
  }
  return state.units;
}
