import { beforeEach, describe, expect, it } from 'vitest';
import { headedSection, onlyShown, type RegionPage } from '../../lib/detector/region';

// Region resolution on its own, in jsdom: which section the ring goes round when there is nothing
// to click yet. Visibility is the browser's business (tests/detector/); here an element is shown
// unless it carries `data-hidden`.
const page = (): RegionPage => ({ doc: document, isShown: (element) => !element.closest('[data-hidden]') });
const MFA = ['Multi-factor authentication (MFA)'];
const ROWS = 'table, [role="table"], [role="grid"]';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the section headed by a phrase', () => {
  it('is the nearest ancestor of the heading that holds the device table', () => {
    document.body.innerHTML = `<main><section id="mfa"><div><h2>Multi-factor authentication (MFA) <span>(1)</span></h2></div>
      <table><tr><td>arn:aws:iam::1:mfa/phone</td></tr></table></section>
      <section><h2>Access keys</h2><table></table></section></main>`;
    expect(headedSection(page(), MFA, ROWS)?.id).toBe('mfa');
  });

  it('matches the heading whatever its spacing or width (「多要素認証（MFA）」)', () => {
    document.body.innerHTML =
      '<div id="mfa"><h2>多要素認証（ＭＦＡ）</h2><div role="table"></div></div><div><h2>アクセスキー</h2></div>';
    expect(headedSection(page(), ['多要素認証 (MFA)'], ROWS)?.id).toBe('mfa');
  });

  it('prefers headings to a description that mentions the section', () => {
    document.body.innerHTML = `<div id="all"><p>Turn on Multi-factor authentication (MFA) for the root user.</p>
      <div id="mfa"><h3>Multi-factor authentication (MFA)</h3><table></table></div></div>`;
    expect(headedSection(page(), MFA, ROWS)?.id).toBe('mfa');
  });

  it('falls back to plain text (an accordion button) when no heading carries the phrase', () => {
    document.body.innerHTML =
      '<div id="acc"><button>− Multi-factor authentication (MFA)</button><div><table></table></div></div>';
    expect(headedSection(page(), MFA, ROWS)?.id).toBe('acc');
  });

  it('ignores a hidden heading', () => {
    document.body.innerHTML =
      '<div data-hidden><div id="stale"><h2>Multi-factor authentication (MFA)</h2><table></table></div></div>';
    expect(headedSection(page(), MFA, ROWS)).toBeNull();
  });

  it('is none when two different sections carry the heading, or none holds the table', () => {
    document.body.innerHTML = `<div><div><h2>Multi-factor authentication (MFA)</h2><table></table></div>
      <div><h2>Multi-factor authentication (MFA)</h2><table></table></div></div>`;
    expect(headedSection(page(), MFA, ROWS)).toBeNull();
    document.body.innerHTML = '<div><h2>Multi-factor authentication (MFA)</h2><p>Loading…</p></div>';
    expect(headedSection(page(), MFA, ROWS)).toBeNull();
  });
});

describe('the one shown element', () => {
  it('is the dialog shown on top, not a closed one kept in the DOM', () => {
    document.body.innerHTML =
      '<div role="dialog" id="closed" data-hidden></div><div role="dialog" id="open"></div><main></main>';
    expect(onlyShown(page(), '[role="dialog"]')?.id).toBe('open');
  });

  it('is none when two are shown', () => {
    document.body.innerHTML = '<div role="dialog"></div><div role="dialog"></div>';
    expect(onlyShown(page(), '[role="dialog"]')).toBeNull();
  });
});
