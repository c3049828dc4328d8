/**
 * The page planners' dashboards load most: 100 schools with every section's indicators and checks.
 * `bench:api` drives it; the compiled-executor test checks graphql-jit answers it byte for byte.
 */
export const BENCH_PAGE = `query SchoolPage($county: String!, $first: Int!) {
  schools(countyCode: $county, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id code name kind area weak
      sections {
        level students classes teacherCount
        indicators { qualifiedPer100 backbonePer100 peArtsPer100 studentsPerTeacher avgClassSize }
        checks { indicator value threshold passes gapTeachers }
      }
    } }
  }
}`;
