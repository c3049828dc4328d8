/** Status colours shared by tables and charts (Ant Design's success / error / warning). */
export const PASS_COLOR = '#389e0d';
export const FAIL_COLOR = '#cf1322';
export const LINE_COLOR = '#d46b08';
export const NEUTRAL_COLOR = '#1677ff';
