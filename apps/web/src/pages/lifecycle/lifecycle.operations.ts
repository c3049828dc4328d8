import { graphql } from '../../gql';

export const ScenarioLifecycleQuery = graphql(`
  query ScenarioLifecycle($id: ID!) {
    scenario(id: $id) {
      id
      countyCode
      status
      availableActions
      noticeWindow {
        publishedAt
        endsAt
        workingDays
        remainingWorkingDays
        open
        publicPath
      }
      history {
        id
        operation
        fromStatus
        toStatus
        username
        reason
        at
      }
      objections {
        id
        staffNo
        teacherName
        text
        evidenceFileName
        receivedOn
        recordedBy
        decision
        decisionReason
        decidedBy
        decidedAt
      }
      supplementaryNotice {
        objectionId
        change
        staffNo
        teacherName
        before {
          fromSchoolName
          toSchoolName
        }
        after {
          fromSchoolName
          toSchoolName
        }
      }
    }
  }
`);

export const SubmitScenarioMutation = graphql(`
  mutation SubmitScenario($id: ID!, $comment: String) {
    submitScenario(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

export const ApproveScenarioMutation = graphql(`
  mutation ApproveScenario($id: ID!, $comment: String) {
    approveScenario(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

export const RejectScenarioMutation = graphql(`
  mutation RejectScenario($id: ID!, $comment: String!) {
    rejectScenario(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

export const WithdrawScenarioMutation = graphql(`
  mutation WithdrawScenario($id: ID!, $reason: String!) {
    withdrawScenario(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const PublishScenarioMutation = graphql(`
  mutation PublishScenario($id: ID!) {
    publishScenario(id: $id) {
      id
      status
    }
  }
`);

export const CloseScenarioNoticeMutation = graphql(`
  mutation CloseScenarioNotice($id: ID!) {
    closeScenarioNotice(id: $id) {
      id
      status
    }
  }
`);

export const RecordObjectionMutation = graphql(`
  mutation RecordObjection($scenarioId: ID!, $input: RecordObjectionInput!) {
    recordObjection(scenarioId: $scenarioId, input: $input) {
      id
    }
  }
`);

export const DecideObjectionMutation = graphql(`
  mutation DecideObjection($scenarioId: ID!, $objectionId: ID!, $input: DecideObjectionInput!) {
    decideObjection(scenarioId: $scenarioId, objectionId: $objectionId, input: $input) {
      id
      decision
    }
  }
`);

export const NoticeSettingsQuery = graphql(`
  query NoticeSettings($regionCode: String!) {
    noticeSettings(regionCode: $regionCode) {
      regionCode
      workingDays
      ownWorkingDays
      holidays {
        regionCode
        date
        name
      }
    }
  }
`);

export const SetNoticeWindowDaysMutation = graphql(`
  mutation SetNoticeWindowDays($regionCode: String!, $days: Int) {
    setNoticeWindowDays(regionCode: $regionCode, days: $days) {
      regionCode
      workingDays
      ownWorkingDays
    }
  }
`);

export const AddRegionHolidayMutation = graphql(`
  mutation AddRegionHoliday($regionCode: String!, $input: RegionHolidayInput!) {
    addRegionHoliday(regionCode: $regionCode, input: $input) {
      regionCode
      holidays {
        regionCode
        date
        name
      }
    }
  }
`);

export const RemoveRegionHolidayMutation = graphql(`
  mutation RemoveRegionHoliday($regionCode: String!, $date: String!) {
    removeRegionHoliday(regionCode: $regionCode, date: $date) {
      regionCode
      holidays {
        regionCode
        date
        name
      }
    }
  }
`);
