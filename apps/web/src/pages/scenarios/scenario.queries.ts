import { graphql } from '../../gql';

export const ScenariosListQuery = graphql(`
  query ScenariosList($countyCode: String) {
    scenarios(countyCode: $countyCode) {
      id
      name
      year
      years
      status
      budgetCap
      yearBudgetCaps
      mode
      updatedAt
      createdBy
    }
  }
`);

export const ScenarioParamsQuery = graphql(`
  query ScenarioParams($id: ID!) {
    scenario(id: $id) {
      id
      countyCode
      name
      year
      status
      budgetCap
      years
      yearBudgetCaps
      mode
      target
      directions
      distanceLimitKm
      extraQuotaPerSchool
      allowBudgetOverrun
      lockedStaffNos
      excludedStaffNos
      overrides
      allowHiresBelowMinimum
      levels
      budgetCategories
      allowPostTransfers
      recalls {
        kind
        staffNos
      }
    }
  }
`);

/** The county's budget lines of a year: those a scenario may draw on. */
export const ScenarioBudgetLinesQuery = graphql(`
  query ScenarioBudgetLines($code: String!, $year: Int!) {
    budgets(countyCode: $code, year: $year) {
      id
      category
      amount
      committed
      remaining
    }
  }
`);

export const ScenarioStatusQuery = graphql(`
  query ScenarioStatus($id: ID!) {
    scenario(id: $id) {
      id
      status
      error
      progress {
        stage
        fraction
        attempt
        updatedAt
      }
    }
  }
`);

export const BalanceFields = graphql(`
  fragment BalanceFields on IndicatorBalance {
    level
    indicator
    cv
    threshold
    passes
  }
`);

export const CostCurveFields = graphql(`
  fragment CostCurveFields on CostCurve {
    fullComplianceCost
    floorShortfallTeachers
    points {
      budget
      cost
      shortfallTeachers
      status
    }
  }
`);

/** Everything the plan page shows of one plan (the plan, or one year of a multi-year plan). */
export const PlanResultFields = graphql(`
  fragment PlanResultFields on PlanResult {
    rotationPointsRule
    year
    years
    status
    backend
    gap
    createdAt
    standardSetName
    standardSetVersion
    compliantSectionsBefore
    compliantSectionsAfter
    shortfallTeachers
    cost {
      rotation
      transport
      hires
      extraQuota
      total
      classrooms
      postTransfers
      recalls
    }
    spendingByLevel {
      level
      amount
    }
    spendingByLine {
      category
      amount
    }
    check {
      passes
      violations {
        rule
      }
    }
    rotations {
      staffNo
      level
      indicator
      reason
      distanceKm
      termYears
      startDate
      fromSchool {
        id
        code
        name
      }
      toSchool {
        id
        code
        name
      }
      teacher {
        id
        name
        subject
      }
      points {
        total
        parts {
          code
          label
          points
        }
      }
    }
    hires {
      schoolCode
      level
      subjectGroup
      education
      count
      extraQuota
      annualCost
      belowMinimum
      reason
      indicator
      certificateRequired
    }
    classSplits {
      schoolCode
      level
      classesBefore
      classesAfter
      classroomsBuilt
      teachingPeriods
      teachersNeeded
      annualCost
    }
    postTransfers {
      fromSchoolCode
      toSchoolCode
      fromSchool {
        id
        name
      }
      toSchool {
        id
        name
      }
      posts
      reason
      annualCost
    }
    recalls {
      staffNo
      schoolCode
      school {
        id
        name
      }
      teacher {
        id
        name
        subject
      }
      level
      reason
      indicator
      startDate
      annualCost
    }
    shortfalls {
      schoolCode
      schoolName
      level
      indicator
      value
      threshold
      gapTeachers
      cause
      costToClose
    }
    balanceBefore {
      ...BalanceFields
    }
    balanceAfter {
      ...BalanceFields
    }
    costCurve {
      ...CostCurveFields
    }
  }
`);

export const ScenarioResultQuery = graphql(`
  query ScenarioResult($id: ID!) {
    scenario(id: $id) {
      id
      countyCode
      name
      year
      status
      error
      budgetCap
      years
      yearBudgetCaps
      mode
      progress {
        stage
        fraction
      }
      plan {
        ...PlanResultFields
        totalCost
        yearPlans {
          year
          cost
          carriedCost
          yearCost
          budgetCap
          rotations
          hires
          classSplits
          retirements
          returning
          students
          shortfallTeachers
          checkPasses
        }
        targetResults {
          target {
            kind
            minSize
            by
          }
          year
          inPlan
          met
          remaining
          unit
        }
      }
    }
  }
`);

export const CostCurvePollQuery = graphql(`
  query CostCurvePoll($id: ID!) {
    scenario(id: $id) {
      id
      plan {
        costCurve {
          ...CostCurveFields
        }
      }
    }
  }
`);

export const SchoolNamesQuery = graphql(`
  query SchoolNames($countyCode: String!) {
    schools(countyCode: $countyCode, first: 500) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const PickerTeachersQuery = graphql(`
  query PickerTeachers($schoolCode: String!) {
    teachers(schoolCode: $schoolCode, first: 500) {
      nodes {
        id
        staffNo
        name
        subject
        level
        eligibleForRotation
      }
    }
  }
`);

/** The county's teachers on loan (借调): those a scenario may recall. */
export const OnLoanTeachersQuery = graphql(`
  query OnLoanTeachers($countyCode: String!) {
    teachers(countyCode: $countyCode, first: 500, filter: { status: ON_LOAN }) {
      nodes {
        id
        staffNo
        name
        subject
        level
        school {
          id
          name
        }
      }
    }
  }
`);

export const CompareQuery = graphql(`
  query CompareScenarios($ids: [ID!]!) {
    compareScenarios(ids: $ids) {
      columns {
        scenario {
          id
          name
          budgetCap
          status
        }
        cost
        hires
        rotations
        sections
        compliantSectionsAfter
        shortfallTeachers
        balanceAfter {
          ...BalanceFields
        }
      }
      differentRotations {
        staffNo
        fromSchool
        toSchools
      }
    }
  }
`);
