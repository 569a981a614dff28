/** One row of tests/fixtures/cases.json (tests/support/fixtures.ts reads them). */
export interface CaseRow {
  file: string;
  url: string;
  step: string;
  target: string | null;
  gen?: string;
  lang?: string;
  note?: string;
}

/**
 * `casesJson` with `row` added at the end, every byte before it unchanged: others may be adding
 * rows to the same file, and a re-serialised file would turn every row into a merge conflict.
 */
export function appendCaseRow(casesJson: string, row: CaseRow): string {
  const rows = JSON.parse(casesJson) as unknown;
  if (!Array.isArray(rows)) throw new Error('cases.json is not an array');
  const close = casesJson.lastIndexOf(']');
  const entry = JSON.stringify(row, null, 2).replace(/\n/g, '\n  ');
  const before = casesJson.slice(0, close).trimEnd();
  const appended = `${before}${rows.length > 0 ? ',' : ''}\n  ${entry}\n${casesJson.slice(close)}`;
  JSON.parse(appended);
  return appended;
}
