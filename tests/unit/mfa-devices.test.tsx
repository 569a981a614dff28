import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { countMfaDevices } from '../../lib/detector/mfa-devices';
import type { FixtureCase } from '../support/fixtures';

afterEach(cleanup);

// tests/support/fixtures.ts resolves its paths with `new URL`, which jsdom's URL does not turn into a file path.
const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
const FIXTURE_PAGES_DIR = join(FIXTURES_DIR, 'pages');
const fixtureCases = (): FixtureCase[] => JSON.parse(readFileSync(join(FIXTURES_DIR, 'cases.json'), 'utf8'));

/** A page in its own frame, as a browser holds it: its stylesheet applies (hidden modals stay hidden). */
function page(html: string): Document {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const doc = frame.contentDocument as Document;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  doc.documentElement.replaceWith(doc.importNode(parsed.documentElement, true));
  return doc;
}

function fixture(file: string): Document {
  return page(readFileSync(join(FIXTURE_PAGES_DIR, file), 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(FIXTURE_PAGES_DIR, join(entry.parentPath, entry.name)));
}

/** Every security-credentials fixture and the number of MFA device rows it shows. */
const DEVICE_ROWS: Record<string, number> = {
  'g2/en/security-credentials-activate.html': 1,
  'g3/en/security-credentials.html': 1,
  'g3/ja/security-credentials.html': 1,
  'g4/en/security-credentials.html': 1,
};

describe('countMfaDevices on the fixture pages', () => {
  const securityCredentialPages = filesUnder(FIXTURE_PAGES_DIR).filter((file) =>
    /(^|\/)security-credentials[^/]*\.html$/.test(file),
  );

  it('knows the expected count of every security-credentials fixture', () => {
    expect(securityCredentialPages.length).toBeGreaterThan(0);
    expect(securityCredentialPages.filter((file) => !(file in DEVICE_ROWS))).toEqual([]);
  });

  it.each(Object.entries(DEVICE_ROWS))('%s lists %i device', (file, rows) => {
    expect(countMfaDevices(fixture(file))).toBe(rows);
  });

  it.each(fixtureCases().filter((fixtureCase) => fixtureCase.step !== 'security-credentials'))(
    'finds no MFA table on $file ($step)',
    ({ file }) => {
      expect(countMfaDevices(fixture(file))).toBeNull();
    },
  );
});

const G4 = 'g4/en/security-credentials.html';

/** The G4 fixture with its single device row repeated `rows` times and the heading's counter set. */
function g4WithRows(rows: number, counter: number | null = rows): Document {
  const doc = fixture(G4);
  const body = doc.querySelector('tbody') as HTMLTableSectionElement;
  const row = body.querySelector('tr') as HTMLTableRowElement;
  body.replaceChildren(...Array.from({ length: rows }, () => row.cloneNode(true)));
  const heading = Array.from(doc.querySelectorAll('h2')).find((h) => h.textContent?.startsWith('Multi-factor'));
  if (heading) heading.textContent = `Multi-factor authentication (MFA)${counter === null ? '' : ` (${counter})`}`;
  return doc;
}

describe('countMfaDevices on variations of the page', () => {
  it('counts every device row, up to the 8 AWS allows', () => {
    expect(countMfaDevices(g4WithRows(3))).toBe(3);
    expect(countMfaDevices(g4WithRows(8, null))).toBe(8);
  });

  it('gives no count when the heading says a different number than the rows (a partly drawn table)', () => {
    expect(countMfaDevices(g4WithRows(2, 3))).toBeNull();
  });

  it('counts zero only when the page says the list is empty', () => {
    const empty = g4WithRows(0, 0);
    expect(countMfaDevices(empty)).toBe(0);
    expect(countMfaDevices(g4WithRows(0, null))).toBeNull();
  });

  it('never takes another section’s table for the MFA devices', () => {
    const doc = fixture(G4);
    doc.querySelector('tbody')?.closest('table')?.remove();
    const accessKeys = Array.from(doc.querySelectorAll('h2')).find((h) => h.textContent?.startsWith('Access keys'));
    const keysBody = accessKeys?.closest('[class*="container_"]')?.querySelector('[class*="body_"]');
    keysBody?.insertAdjacentHTML(
      'beforeend',
      '<table><tbody><tr><td>AKIA…</td><td>Active</td></tr><tr><td>AKIB…</td><td>Active</td></tr></tbody></table>',
    );
    expect(countMfaDevices(doc)).toBeNull();
  });

  it('ignores a table hidden by the page’s stylesheet and a quoted heading inside a paragraph', () => {
    const doc = g4WithRows(2);
    const table = doc.querySelector('tbody')?.closest('table') as HTMLTableElement;
    const stale = table.cloneNode(true) as HTMLTableElement;
    // The fixture's own stylesheet hides this class (Cloudscape keeps closed views in the DOM).
    stale.className = 'awsui_hidden_m760t_7vmct_337';
    stale.querySelector('tbody')?.append(...Array.from({ length: 4 }, () => doc.createElement('tr')));
    table.after(stale);
    doc.body.insertAdjacentHTML('afterbegin', '<p>Open “Multi-factor authentication (MFA)” below.</p>');
    expect(countMfaDevices(doc)).toBe(2);
  });

  it('gives no count when two sections claim to be the MFA section', () => {
    const doc = fixture(G4);
    const section = doc.querySelector('tbody')?.closest('[class*="container_"]') as Element;
    section.after(section.cloneNode(true));
    expect(countMfaDevices(doc)).toBeNull();
  });

  it('counts rows of a plain table without thead, skipping its header row', () => {
    const doc = page(`<main><h2>Multi-factor authentication (MFA)</h2>
      <table><tr><th>Device type</th><th>Identifier</th></tr>
      <tr><td>Virtual</td><td>arn:aws:iam::1:mfa/a</td></tr>
      <tr><td>Passkey</td><td>arn:aws:iam::1:mfa/b</td></tr></table>
      <h2>Access keys (0)</h2><p>No access keys</p></main>`);
    expect(countMfaDevices(doc)).toBe(2);
  });

  it('counts ARIA grid rows and reads the Japanese heading', () => {
    const doc = page(`<section><h2>多要素認証 (MFA) (2)</h2>
      <div role="grid"><div role="row"><span role="columnheader">デバイスタイプ</span><span role="columnheader">識別子</span></div>
      <div role="row"><span role="gridcell">仮想</span><span role="gridcell">a</span></div>
      <div role="row"><span role="gridcell">パスキー</span><span role="gridcell">b</span></div></div></section>`);
    expect(countMfaDevices(doc)).toBe(2);
  });
});

/** The IAM console is a Cloudscape app: the same Table component AWS renders, with its sticky header copy. */
describe('countMfaDevices on a Cloudscape table', () => {
  interface Device {
    id: string;
    type: string;
  }
  const columns = [
    { id: 'type', header: 'Device type', cell: (item: Device) => item.type },
    { id: 'id', header: 'Identifier', cell: (item: Device) => item.id },
  ];
  const devices: Device[] = [
    { id: 'arn:aws:iam::123456789012:mfa/old-phone', type: 'Virtual' },
    { id: 'arn:aws:iam::123456789012:mfa/key', type: 'Passkey or security key' },
  ];
  const selectionLabels = {
    itemSelectionLabel: (_: unknown, item: Device) => `Select ${item.id}`,
    allItemsSelectionLabel: () => 'Select all',
    selectionGroupLabel: 'MFA devices',
  };

  it('counts the selectable device rows, not the sticky header’s copy of the table', () => {
    render(
      <Table
        selectionType="single"
        trackBy="id"
        items={devices}
        selectedItems={[]}
        columnDefinitions={columns}
        ariaLabels={selectionLabels}
        stickyHeader
        variant="container"
        header={<Header counter="(2)">Multi-factor authentication (MFA)</Header>}
      />,
    );
    expect(countMfaDevices(document)).toBe(2);
  });

  it('says zero for the empty state and nothing while the table loads', () => {
    const empty = render(
      <Table
        items={[]}
        columnDefinitions={columns}
        empty="No MFA devices"
        header={<Header>Multi-factor authentication (MFA)</Header>}
      />,
    );
    expect(countMfaDevices(document)).toBe(0);
    empty.unmount();
    render(
      <Table
        loading
        loadingText="Loading MFA devices"
        items={[]}
        columnDefinitions={columns}
        header={<Header counter="(0)">Multi-factor authentication (MFA)</Header>}
      />,
    );
    expect(countMfaDevices(document)).toBeNull();
  });
});
