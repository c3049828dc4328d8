import { distanceKm, isAllowedDirection, rotationCost } from '@junheng/domain';
import type { RegionIndex, SectionInfo } from './region-index';

/** A possible rotation route: from a donor section to a receiving section of the same level. */
export interface CandidateArc {
  index: number;
  donor: SectionInfo;
  receiver: SectionInfo;
  km: number;
  /** Yearly allowance plus the transport band of the distance, per rotating teacher. */
  rotationCost: number;
  transportCost: number;
}

/**
 * Every allowed donor of each receiving section (or only the nearest `perReceiver`, when given): same
 * county and level, another school, an allowed direction, within the distance limit, and a donor that
 * has someone to send. Sparse by construction: only pairs the rules allow become arcs.
 */
export function candidateArcs(index: RegionIndex, perReceiver: number | null = null): CandidateArc[] {
  const donors = index.sections.filter((s) => s.movable.some((l) => l.length > 0) && (index.schools.get(s.school.code)?.maxLoss ?? 0) > 0);
  const arcs: CandidateArc[] = [];
  for (const receiver of index.sections) {
    if (receiver.section.students <= 0) continue;
    const options: Array<{ donor: SectionInfo; km: number }> = [];
    for (const donor of donors) {
      if (donor.section.level !== receiver.section.level || donor.school.code === receiver.school.code) continue;
      if (donor.school.countyCode !== receiver.school.countyCode) continue;
      if (!isAllowedDirection(donor.school, receiver.school, index.scenario.directions)) continue;
      const km = distanceKm(donor.school, receiver.school);
      if (km > index.distanceLimitKm) continue;
      options.push({ donor, km });
    }
    options.sort((a, b) => a.km - b.km || (a.donor.key < b.donor.key ? -1 : 1));
    for (const { donor, km } of (perReceiver === null ? options : options.slice(0, perReceiver))) {
      const cost = rotationCost(index.schools.get(donor.school.code)!.costTable, km);
      arcs.push({ index: arcs.length, donor, receiver, km, rotationCost: cost.rotation, transportCost: cost.transport });
    }
  }
  return arcs;
}
