import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideStoreContext } from '../../components/guide-context';
import { RedactedCopyButton } from '../../components/RedactedCopyButton';
import { DEFAULT_PREFERENCES } from '../../lib/guide/preferences';
import { createGuideStore } from '../../lib/guide/store';
import { GUIDE_HOST_ATTRIBUTE } from '../../lib/guide-host';
import { type RedactedCopy, redactPage } from '../../lib/redact/copy';
import { en } from '../../locales/en';
import { ja } from '../../locales/ja';

const PAGE = `
  <h1>Sign in using alternative factors</h1>
  <h2>Step 1: Email address verification</h2>
  <p>We will send an email to g*****m@example.com.</p>
  <label for="code">Code</label><input id="code" type="text">
  <button type="button">Send verification email</button>`;

/** jsdom's Blob has no text(). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

let downloads: { fileName: string; html: Promise<string>; root: Node }[];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:copy-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({
      fileName: this.download,
      html: readBlob(blobs.get(this.getAttribute('href') ?? '') as Blob),
      root: this.getRootNode(),
    });
  });
  document.body.innerHTML = PAGE;
  (document.getElementById('code') as HTMLInputElement).value = 'typed-by-the-person';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The button as the guide shows it: inside a shadow root on the page, in the chosen language. */
function renderInShadow(props: { takeCopy?: () => RedactedCopy } = {}, language: 'en' | 'ja' = 'en') {
  const host = document.createElement('div');
  host.setAttribute(GUIDE_HOST_ATTRIBUTE, '');
  document.documentElement.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  const store = createGuideStore({ reportProgress: () => {}, savePreferences: () => {}, now: Date.now });
  store.getState().preferencesLoaded({ ...DEFAULT_PREFERENCES, language });
  render(
    <GuideStoreContext.Provider value={store}>
      <RedactedCopyButton {...props} />
    </GuideStoreContext.Provider>,
    { container },
  );
  return { view: within(container), shadow, host };
}

describe('Save a private copy of this page', () => {
  it('takes nothing until pressed, then shows what the copy keeps and leaves out', async () => {
    const takeCopy = vi.fn(() =>
      redactPage(document, 'https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail'),
    );
    const { view } = renderInShadow({ takeCopy });
    const open = view.getByRole('button', { name: en.redactedCopy.open });
    expect(open.getAttribute('data-role')).toBe('redacted-copy');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(takeCopy).not.toHaveBeenCalled();

    await userEvent.click(open);
    const dialog = view.getByRole('dialog', { name: en.redactedCopy.heading });
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const outline = within(within(dialog).getByTestId('copy-outline'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(outline).toContain('Step 1: Email address verification');
    expect(outline).toContain('We will send an email to [email].');
    expect(dialog.textContent).not.toContain('g*****m');
    expect(dialog.textContent).not.toContain('typed-by-the-person');
    const removed = within(within(dialog).getByTestId('copy-removed'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(removed).toEqual([en.redactedCopy.removed.emails(1)]);
    expect(downloads).toEqual([]);
  });

  it('downloads the very copy it showed, from inside the guide, when asked', async () => {
    const { view, shadow } = renderInShadow({
      takeCopy: () => redactPage(document, 'https://signin.aws.amazon.com/noMfa', new Date(2026, 11, 2, 9, 5)),
    });
    await userEvent.click(view.getByRole('button', { name: en.redactedCopy.open }));
    await userEvent.click(view.getByRole('button', { name: en.redactedCopy.save }));

    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    expect(download?.fileName).toBe('aws-page-copy-2026-12-02-0905.html');
    expect(download?.root).toBe(shadow);
    const html = await download?.html;
    expect(html).toContain('<h2 ');
    expect(html).toContain('Send verification email');
    expect(html).not.toContain('g*****m');
    expect(html).not.toContain('typed-by-the-person');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(view.getByRole('status').textContent).toBe(en.redactedCopy.saved('aws-page-copy-2026-12-02-0905.html'));
    expect(view.queryByRole('dialog')).toBeNull();
    expect(shadow.activeElement).toBe(view.getByRole('button', { name: en.redactedCopy.open }));
  });

  it('Cancel and Escape close the preview without saving', async () => {
    const { view, shadow } = renderInShadow();
    const open = view.getByRole('button', { name: en.redactedCopy.open });
    await userEvent.click(open);
    await userEvent.click(view.getByRole('button', { name: en.redactedCopy.cancel }));
    expect(view.queryByRole('dialog')).toBeNull();

    await userEvent.click(open);
    await act(async () => {});
    expect(shadow.activeElement?.textContent).toBe(en.redactedCopy.heading);
    fireEvent.keyDown(view.getByRole('dialog'), { key: 'Escape' });
    expect(view.queryByRole('dialog')).toBeNull();
    expect(shadow.activeElement).toBe(open);
    expect(downloads).toEqual([]);
  });

  it('leaves the guide itself out of the copy of this page', async () => {
    const { view } = renderInShadow();
    await userEvent.click(view.getByRole('button', { name: en.redactedCopy.open }));
    await userEvent.click(view.getByRole('button', { name: en.redactedCopy.save }));
    const html = (await downloads[0]?.html) ?? '';
    expect(html).toContain('Sign in using alternative factors');
    expect(html).not.toContain(GUIDE_HOST_ATTRIBUTE);
    expect(html).not.toContain(en.redactedCopy.open);
  });

  it('speaks Japanese', async () => {
    const { view } = renderInShadow({}, 'ja');
    await userEvent.click(view.getByRole('button', { name: ja.redactedCopy.open }));
    expect(view.getByRole('dialog', { name: ja.redactedCopy.heading })).toBeTruthy();
    expect(view.getByRole('button', { name: ja.redactedCopy.save })).toBeTruthy();
  });
});
