import { describe, expect, it } from 'vitest';
import { appendCaseRow } from '../../scripts/lib/case-rows';

const row = { file: 'g4/en/new.html', url: 'https://signin.aws.amazon.com/noMfa', step: 'unknown', target: null };

describe('adding a row to cases.json', () => {
  it('keeps every byte of the rows already there and adds the new one last', () => {
    const existing = '[\n  {\n    "file": "a.html",\n    "step": "unknown"\n  }\n]\n';
    const appended = appendCaseRow(existing, row);
    expect(appended.startsWith(existing.slice(0, existing.lastIndexOf('}') + 1))).toBe(true);
    expect(JSON.parse(appended)).toEqual([{ file: 'a.html', step: 'unknown' }, row]);
    expect(appended.endsWith(']\n')).toBe(true);
  });

  it('adds to an empty list, and refuses a file that is not a list', () => {
    expect(JSON.parse(appendCaseRow('[]\n', row))).toEqual([row]);
    expect(() => appendCaseRow('{}', row)).toThrow(/not an array/);
  });
});
