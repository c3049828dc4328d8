/** A list HR publishes: a title, Chinese column headings, rows, and how to split it into sheets. */
export interface HrListColumn<Row> {
  heading: string;
  /** Approximate width in characters for spreadsheets. */
  width: number;
  value: (row: Row) => string | number;
}

export interface HrList<Row> {
  /** e.g. "道县 2027年 教师交流轮岗名单（方案：预算500万）" */
  title: string;
  sheetName: string;
  columns: HrListColumn<Row>[];
  rows: Row[];
  /** Rows are also grouped into one sheet per value of this key (e.g. the receiving township). */
  groupBy?: (row: Row) => string;
}

export interface ListMeta {
  countyName: string;
  year: number;
  scenarioName: string;
}
