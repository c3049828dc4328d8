/** The dashboard page of the architecture note: schools with each section's indicators and checks. */
export const SCHOOL_PAGE = /* GraphQL */ `
  query SchoolPage($county: String, $first: Int, $after: String) {
    schools(countyCode: $county, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id code name kind area weak quota vacancies
          sections {
            level students classes teacherCount
            indicators { qualifiedPer100 backbonePer100 peArtsPer100 studentsPerTeacher avgClassSize }
            checks { indicator value threshold passes gapTeachers }
          }
        }
      }
    }
  }
`;
