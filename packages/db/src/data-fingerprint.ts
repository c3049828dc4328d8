import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * SHA-256 (hex) of the data a plan for this county depends on, computed in SQL in a fixed order
 * (byte order, whatever the database collation): every teacher's staff number, school, level, status
 * and the attributes that decide what they count as (subject, education, backbone, start at school,
 * birth date, gender) and, for a teacher on rotation, the home school holding their post (it changes
 * vacancies) and the end of the term (it changes eligibility), and any documented hardship (it changes
 * the rotation points); every section's counts; every school's
 * quota and the posts earmarked there for an applied plan's hires; the sections' planned classes; recorded classrooms; the regional standard sets of the county and its city (the rules the plan was computed under). A plan stores it; applying the plan is
 * refused when it has changed.
 */
export async function dataFingerprint(db: DataSource | EntityManager, countyCode: string): Promise<string> {
  const rows = await db.query<Array<{ fingerprint: string }>>(
    `SELECT encode(sha256(convert_to(
       'teachers:' || COALESCE((
         SELECT string_agg(concat_ws('|', staff_no, school_code, level, status, subject, education, backbone,
                                     started_at_school, birth_date, gender,
                                     -- labelled, and skipped by concat_ws when NULL: a teacher not on
                                     -- rotation fingerprints as before these columns were added
                                     'home:' || home_school_code, 'end:' || rotation_end,
                                     -- documented hardship changes the rotation points (none: skipped)
                                     'hard:' || NULLIF(array_to_string(hardships, ','), '')),
                           E'\\n' ORDER BY staff_no COLLATE "C")
           FROM teacher WHERE county_code = $1), '')
       || E'\\nsections:' || COALESCE((
         SELECT string_agg(concat_ws('|', x.school_code, x.level, x.students, x.classes, x.classes_56_plus, x.classes_66_plus),
                           E'\\n' ORDER BY x.school_code COLLATE "C", x.level COLLATE "C")
           FROM section x JOIN school s ON s.code = x.school_code WHERE s.county_code = $1), '')
       || E'\\nquotas:' || COALESCE((
         -- posts earmarked for an applied plan's hires (0 when none, as the former open_posts was)
         SELECT string_agg(concat_ws('|', q.school_code, q.posts,
                                     (SELECT count(*) FROM post_earmark e WHERE e.school_code = q.school_code)),
                           E'\\n' ORDER BY q.school_code COLLATE "C")
           FROM staffing_quota q JOIN school s ON s.code = q.school_code WHERE s.county_code = $1), '')
       -- recorded classrooms (spare rooms take class splits); nothing when none is recorded, so a
       -- county without them fingerprints as before the column was added
       || COALESCE((
         SELECT E'\\nclassrooms:' || string_agg(concat_ws('|', f.school_code, f.classrooms), E'\\n' ORDER BY f.school_code COLLATE "C")
           FROM school_facilities f JOIN school s ON s.code = f.school_code WHERE s.county_code = $1 AND f.classrooms IS NOT NULL), '')
       || E'\\nstandards:' || COALESCE((
         SELECT string_agg(concat_ws('|', region_code, version, overrides::text), E'\\n' ORDER BY region_code COLLATE "C")
           FROM standard_set
          WHERE region_code = $1 OR region_code = (SELECT parent_code FROM region WHERE code = $1)), '')
       -- planned classes of applied plans (a later solve of that year starts from them); nothing when none,
       -- so a county without them fingerprints as before the table existed
       || COALESCE(E'\\nplanned:' || (
         SELECT string_agg(concat_ws('|', school_code, level, year, classes), E'\\n' ORDER BY school_code COLLATE "C", level COLLATE "C", year)
           FROM planned_class WHERE county_code = $1), ''),
       'UTF8')), 'hex') AS fingerprint`,
    [countyCode],
  );
  return rows[0]?.fingerprint ?? '';
}

/** The fingerprint of a plan's region: one county's, or the counties' joined (as plans of a city store it). */
export async function regionFingerprint(db: DataSource | EntityManager, countyCodes: readonly string[]): Promise<string> {
  const parts = await Promise.all(countyCodes.map((c) => dataFingerprint(db, c)));
  // Hashed again, so every county counts (not only the first 64 characters of the join).
  return parts.length === 1 ? parts[0]! : createHash('sha256').update(parts.join(':')).digest('hex');
}
