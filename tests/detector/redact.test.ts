/**
 * The private copy of a page (lib/redact): on every fixture page, in Chromium, with canaries
 * planted in every place a person's data or a page's secret can hide, no canary reaches the copy,
 * and the detector judges the copy exactly as it judged the page it was taken from — hidden
 * things stay hidden, disabled things stay disabled.
 *
 * Seeded (`REDACT_SEED=<n>` for other runs, `REDACT_RUNS=<n>` for more of them). A failure prints
 * the plants (as data) and the seed.
 */
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedactedCopy } from '../../lib/redact/copy';
import { launchChromium } from '../../scripts/lib/chromium';
import { detectorBundle } from '../../scripts/lib/detector-bundle';
import { redactorBundle } from '../../scripts/lib/redactor-bundle';
import { fixtureDir, serveFixture } from '../../scripts/lib/serve-fixture';
import { type FixtureCase, fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';
import { TRAPS } from '../support/privacy-traps';

const SEED = Number(process.env.REDACT_SEED ?? 20_261_202);
const RUNS = Math.max(1, Number(process.env.REDACT_RUNS ?? 3));

/** Where a canary is planted, and what shape it has there (see `plant` below). */
const PLACES = [
  'data-attribute',
  'name-attribute',
  'inline-style',
  'text-email',
  'text-masked-email',
  'text-phone-ending',
  'text-masked-phone',
  'text-account-id',
  'text-six-digit-code',
  'text-split-code',
  'text-token',
  'aria-label-email',
  'aria-label-account-id',
  'title-attribute-token',
  'id-account-id',
  'class-account-id',
  'testid-account-id',
  'link-query',
  'link-fragment',
  'link-path-token',
  'image-src',
  'form-action',
  'comment',
  'shadow-content',
  'hidden-input',
  'typed-value',
  'value-attribute',
  'textarea',
  'option-value',
  'meta',
  'title-element',
  'script',
  'style-element',
  'noscript',
  'template',
  'iframe-srcdoc',
  'svg-text',
] as const;
type Place = (typeof PLACES)[number];

/** Decoys hidden or disabled the ways pages do it: the copy must keep them out of reach. */
const CONCEALMENTS = [
  'display-none',
  'visibility-hidden',
  'hidden-attribute',
  'opacity-0',
  'zero-size-clipped',
  'off-screen',
  'clip-rect',
  'clip-path',
  'scaled-to-zero',
  'disabled',
  'aria-disabled',
  'pointer-events-none',
  'fieldset-disabled',
  'closed-dialog',
] as const;
type Concealment = (typeof CONCEALMENTS)[number];

interface Plant {
  place: Place;
  /** Which element of the page receives it (an index into the eligible ones, wrapped). */
  at: number;
  /** The secret part: letters for free canaries, digits 1–9 for numbers. */
  letters: string;
  digits: string;
}
interface Decoy {
  how: Concealment;
  at: number;
}

const letters = (length: number) =>
  fc
    .array(fc.constantFrom(...'abcdefghjkmnpqrstuvwxyz'), { minLength: length, maxLength: length })
    .map((a) => a.join(''));
const digits = (length: number) =>
  fc.array(fc.constantFrom(...'123456789'), { minLength: length, maxLength: length }).map((a) => a.join(''));

const plantArb: fc.Arbitrary<Plant> = fc.record({
  place: fc.constantFrom(...PLACES),
  at: fc.nat(10_000),
  letters: letters(10),
  digits: digits(12),
});
const decoyArb: fc.Arbitrary<Decoy> = fc.record({ how: fc.constantFrom(...CONCEALMENTS), at: fc.nat(10_000) });

/** What must not appear in the copy for a plant (case-insensitive). */
function telltales(plant: Plant): string[] {
  const { letters: l, digits: d } = plant;
  switch (plant.place) {
    case 'text-phone-ending':
      return [d.slice(0, 4)];
    case 'text-masked-phone':
      return [`**${d.slice(0, 2)}`, `*${d.slice(0, 2)}`];
    case 'text-six-digit-code':
    case 'text-split-code':
      return [d.slice(0, 6)];
    case 'text-account-id':
    case 'aria-label-account-id':
    case 'id-account-id':
    case 'class-account-id':
    case 'testid-account-id':
      return [d, d.slice(0, 4), d.slice(4, 8), d.slice(8)];
    case 'text-email':
    case 'text-masked-email':
    case 'aria-label-email':
      return [l.slice(1, 9), `${l}mail`];
    case 'text-token':
    case 'title-attribute-token':
    case 'link-path-token':
      return [`${l}${d}`];
    default:
      return [`cnry${l}`];
  }
}

// ---------------------------------------------------------------------------------------------
// In the page (serialised by Playwright: self-contained).

function plantAll({ plants, decoys, decoyLabel }: { plants: Plant[]; decoys: Decoy[]; decoyLabel: string }) {
  const controlish = 'a,button,label,summary,select,option,textarea,input,[role],[aria-labelledby],svg';
  const labelledIds = new Set(
    Array.from(document.querySelectorAll('[aria-labelledby]')).flatMap((el) =>
      (el.getAttribute('aria-labelledby') ?? '').split(/\s+/),
    ),
  );
  const inName = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (e.id && labelledIds.has(e.id)) return true;
    return el.closest(controlish) !== null;
  };
  const hosts = Array.from(document.body.querySelectorAll('*')).filter(
    (el) =>
      !inName(el) &&
      ![
        'script',
        'style',
        'template',
        'noscript',
        'br',
        'hr',
        'img',
        'table',
        'tr',
        'tbody',
        'thead',
        'ul',
        'ol',
      ].includes(el.localName),
  );
  if (hosts.length === 0) hosts.push(document.body);
  const host = (at: number) => hosts[at % hosts.length] as Element;
  const make = (html: string) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    return t.content;
  };
  for (const { place, at, letters: l, digits: d } of plants) {
    const free = `cnry${l}`;
    const h = host(at);
    const span = (text: string) => {
      const s = document.createElement('span');
      s.textContent = text;
      h.append(s);
      return s;
    };
    switch (place) {
      case 'data-attribute':
        h.setAttribute('data-account', free);
        break;
      case 'name-attribute':
        h.setAttribute('name', free);
        break;
      case 'inline-style':
        (h as HTMLElement).style.backgroundImage = `url("https://example.com/${free}.png")`;
        break;
      case 'text-email':
        span(` Signed in as ${l}mail@${l.slice(1, 9)}.example `);
        break;
      case 'text-masked-email':
        span(` We sent it to ${l[0]}*****${l[9]}@${l.slice(1, 9)}.example `);
        break;
      case 'text-phone-ending':
        span(` (ending in ${d.slice(0, 4)}) `);
        break;
      case 'text-masked-phone':
        span(` +81-***-****-**${d.slice(0, 2)} `);
        break;
      case 'text-account-id':
        span(` Account ${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)} (${d}) `);
        break;
      case 'text-six-digit-code':
        span(` ${d.slice(0, 6)} `);
        break;
      case 'text-split-code': {
        const box = document.createElement('div');
        for (const digit of d.slice(0, 6))
          box.append(Object.assign(document.createElement('span'), { textContent: digit }));
        h.append(box);
        break;
      }
      case 'text-token':
        span(` key ${l}${d} `);
        break;
      case 'aria-label-email':
        h.setAttribute('aria-label', `Account of ${l}mail@${l.slice(1, 9)}.example`);
        break;
      case 'aria-label-account-id':
        h.setAttribute('aria-label', `Account ${d}`);
        break;
      case 'title-attribute-token':
        h.setAttribute('title', `Session ${l}${d}`);
        break;
      case 'id-account-id':
        h.append(Object.assign(document.createElement('span'), { id: `account-${d}` }));
        break;
      case 'class-account-id':
        h.append(Object.assign(document.createElement('span'), { className: `acct-${d} row` }));
        break;
      case 'testid-account-id':
        h.append(make(`<span data-testid="account-${d}"></span>`));
        break;
      case 'link-query':
        h.append(make(`<a href="https://signin.aws.amazon.com/help?token=${free}&email=${free}">help</a>`));
        break;
      case 'link-fragment':
        h.append(make(`<a href="https://docs.aws.amazon.com/page#${free}">help</a>`));
        break;
      case 'link-path-token':
        h.append(make(`<a href="https://signin.aws.amazon.com/reset/${l}${d}/x">help</a>`));
        break;
      case 'image-src':
        h.append(
          make(
            `<img alt="" src="https://example.com/pixel.gif?u=${free}" srcset="https://example.com/${free}.png 2x">`,
          ),
        );
        break;
      case 'form-action':
        h.append(make(`<form action="https://signin.aws.amazon.com/post?csrf=${free}" method="post"></form>`));
        break;
      case 'comment':
        h.append(document.createComment(` csrf ${free} `));
        break;
      case 'shadow-content': {
        const box = document.createElement('div');
        h.append(box);
        box
          .attachShadow({ mode: 'open' })
          .append(make(`<p data-x="${free}">${free}</p><button aria-label="${free}">${free}</button>`));
        break;
      }
      case 'hidden-input':
        h.append(make(`<input type="hidden" name="${free}" value="${free}">`));
        break;
      case 'typed-value': {
        const field = document.createElement('input');
        field.type = 'text';
        h.append(field);
        field.value = free;
        break;
      }
      case 'value-attribute':
        h.append(make(`<input type="email" value="${free}" placeholder="Email">`));
        break;
      case 'textarea':
        h.append(make(`<textarea>${free}</textarea>`));
        break;
      case 'option-value':
        h.append(make(`<select><option value="${free}" selected>One</option></select>`));
        break;
      case 'meta':
        document.head.append(make(`<meta name="attributes" content="${free}">`));
        break;
      case 'title-element':
        document.title = `Sign in ${free}`;
        break;
      case 'script':
        h.append(make(`<script type="application/json">{"token":"${free}"}</script>`));
        break;
      case 'style-element':
        h.append(make(`<style>/* ${free} */ .x{background:url(https://example.com/${free})}</style>`));
        break;
      case 'noscript':
        h.append(make(`<noscript><p>${free}</p></noscript>`));
        break;
      case 'template':
        h.append(make(`<template><p>${free}</p></template>`));
        break;
      case 'iframe-srcdoc':
        h.append(make(`<iframe title="frame" srcdoc="<p>${free}</p>" src="https://example.com/${free}"></iframe>`));
        break;
      case 'svg-text':
        h.append(make(`<svg width="10" height="10"><title>${free}</title><text>${free}</text></svg>`));
        break;
    }
  }
  for (const { how, at } of decoys) {
    const h = host(at);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = decoyLabel;
    let node: HTMLElement = button;
    const css = (el: HTMLElement, declarations: string) => {
      el.setAttribute('style', declarations);
      return el;
    };
    switch (how) {
      case 'display-none':
        css(button, 'display:none');
        break;
      case 'visibility-hidden':
        css(button, 'visibility:hidden');
        break;
      case 'hidden-attribute':
        button.hidden = true;
        break;
      case 'opacity-0':
        css(button, 'opacity:0');
        break;
      case 'zero-size-clipped':
        css(button, 'display:inline-block;width:0;height:0;padding:0;border:0;overflow:hidden');
        break;
      case 'off-screen':
        css(button, 'position:absolute;left:-10000px;top:0');
        break;
      case 'clip-rect':
        css(button, 'position:absolute;clip:rect(0 0 0 0)');
        break;
      case 'clip-path':
        css(button, 'clip-path:inset(50%)');
        break;
      case 'scaled-to-zero':
        css(button, 'display:inline-block;transform:scale(0)');
        break;
      case 'disabled':
        button.disabled = true;
        break;
      case 'aria-disabled':
        button.setAttribute('aria-disabled', 'true');
        break;
      case 'pointer-events-none':
        css(button, 'pointer-events:none');
        break;
      case 'fieldset-disabled': {
        const fieldset = document.createElement('fieldset');
        fieldset.disabled = true;
        fieldset.append(button);
        node = fieldset;
        break;
      }
      case 'closed-dialog': {
        const dialog = document.createElement('dialog');
        dialog.append(button);
        node = dialog;
        break;
      }
    }
    h.append(node);
  }
}

// ---------------------------------------------------------------------------------------------

type Answer = { step: string; target: string | null };
let browser: Browser;
let page: Page;
let detector: string;
let redactor: string;

beforeAll(async () => {
  [browser, detector, redactor] = await Promise.all([launchChromium(), detectorBundle(), redactorBundle()]);
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

async function open(fixture: FixtureCase, html: Buffer = fixtureHtml(fixture), withFiles = true): Promise<void> {
  await page.goto('about:blank');
  await serveFixture(page, fixture.url, html, withFiles ? fixtureDir(fixturePath(fixture)) : undefined);
  await page.goto(fixture.url, { waitUntil: 'load' });
}

async function detectHere(url: string): Promise<Answer> {
  await page.evaluate(detector);
  return page.evaluate(
    (href) =>
      (globalThis as unknown as { __awsMfaDetector: { detect(u: string): Answer } }).__awsMfaDetector.detect(href),
    url,
  );
}

async function redactHere(url: string): Promise<RedactedCopy> {
  await page.evaluate(redactor);
  return page.evaluate(
    (href) =>
      (
        globalThis as unknown as { __awsMfaRedactor: { redactPage(u: string): RedactedCopy } }
      ).__awsMfaRedactor.redactPage(href),
    url,
  );
}

/** The detector's answer on the page as it is now, then on its copy (served alone, no files beside it). */
async function judgeBothWays(fixture: FixtureCase): Promise<{ original: Answer; copied: Answer; copy: RedactedCopy }> {
  const original = await detectHere(fixture.url);
  const copy = await redactHere(fixture.url);
  await open(fixture, Buffer.from(copy.html), false);
  const copied = await detectHere(fixture.url);
  return { original, copied, copy };
}

const cases = fixtureCases();

describe('the copy of every fixture page, as it is', () => {
  it.each(cases)('$file: the detector answers the same on the copy', async (fixture) => {
    await open(fixture);
    const { original, copied, copy } = await judgeBothWays(fixture);
    expect(original).toEqual({ step: fixture.step, target: fixture.target });
    expect(copied).toEqual(original);
    expect(copy.html).not.toMatch(/<script|<style|<!--|<img[^>]+src=|FAKE-ATTRIBUTES-BLOB/i);
  });
});

describe('canaries in every hiding place, concealed decoys', () => {
  it.each(cases.map((fixture, index) => [fixture.file, fixture, index] as const))(
    '%s: no canary reaches the copy, and the detector answers as on the page',
    async (_file, fixture, index) => {
      const everyPlace = PLACES.map((place, i) => ({
        place,
        at: i * 7 + index,
        letters: 'qwertyuiop',
        digits: '987654321987',
      }));
      await fc.assert(
        fc.asyncProperty(
          fc.array(plantArb, { minLength: 1, maxLength: 8 }),
          fc.array(decoyArb, { maxLength: 3 }),
          async (plants, decoys) => {
            await open(fixture);
            const decoyLabel = fixture.target ?? 'Next';
            await page.evaluate(plantAll, { plants, decoys, decoyLabel });
            const { original, copied, copy } = await judgeBothWays(fixture);
            const html = copy.html.toLowerCase();
            for (const plant of plants) {
              for (const telltale of telltales(plant))
                expect(html, `${plant.place}: ${telltale}`).not.toContain(telltale);
            }
            expect(copied).toEqual(original);
          },
        ),
        { seed: SEED + index, numRuns: RUNS, examples: [[everyPlace, []]] },
      );
    },
  );
});

describe('the account alias in the sign-in host', () => {
  const iamPages = cases.filter(
    (fixture) => fixture.step === 'iam-user' && fixture.url.includes('.signin.aws.amazon.com/'),
  );

  it('has an IAM page on an account host to try', () => {
    expect(iamPages.length).toBeGreaterThan(0);
  });

  it.each(iamPages)('$file: the alias goes from the copy wherever the page repeats it', async (fixture) => {
    await fc.assert(
      fc.asyncProperty(letters(9), async (alias) => {
        const url = new URL(fixture.url);
        url.hostname = `${alias}-corp.signin.aws.amazon.com`;
        const aliased = { ...fixture, url: url.href };
        await open(aliased);
        await page.evaluate((name) => {
          const note = document.createElement('p');
          note.textContent = `Signing in to ${name}`;
          document.body.append(note);
          document.body.setAttribute('aria-label', `Account ${name}`);
        }, `${alias}-corp`);
        const { original, copied, copy } = await judgeBothWays(aliased);
        expect(copy.html).not.toContain(alias);
        expect(copy.pageUrl).toMatch(/^https:\/\/account\.signin\.aws\.amazon\.com\//);
        expect(copied).toEqual(original);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('names on the IAM console', () => {
  const consolePages = cases.filter((fixture) => fixture.step === 'security-credentials');

  it.each(consolePages)('$file: no account id or device name in the copy', async (fixture) => {
    await open(fixture);
    const { original, copied, copy } = await judgeBothWays(fixture);
    for (const name of ['old-iphone', 'root-account-mfa-device', '123456789012', '1234-5678-9012']) {
      expect(copy.html).not.toContain(name);
    }
    expect(copied).toEqual(original);
  });

  // Only a name the page labels ("Account name") is known to be one; the G2 console's account
  // menu shows it as a bare button and stays (the preview lists it for the person to see).
  it.each(
    consolePages.filter(
      (fixture) =>
        fixtureHtml(fixture).includes('<dt>Account name</dt>') ||
        fixtureHtml(fixture).includes('<dt>アカウント名</dt>'),
    ),
  )('$file: the labelled account name goes, wherever the page repeats it', async (fixture) => {
    await open(fixture);
    const copy = await redactHere(fixture.url);
    expect(copy.html).not.toContain('root-admin');
  });
});

describe('what the copy reads', () => {
  it.each(cases)('$file: never a field value or the page token', async (fixture) => {
    await open(fixture);
    await page.evaluate(() => {
      for (const field of document.querySelectorAll<HTMLInputElement>('input:not([type=submit]):not([type=button])')) {
        if (['text', 'email', 'password', 'tel'].includes(field.type)) field.value = 'secret-typed-by-the-person';
      }
    });
    await page.evaluate(TRAPS);
    const copy = await redactHere(fixture.url);
    expect(await page.evaluate(() => (globalThis as unknown as { privacyReads: string[] }).privacyReads)).toEqual([]);
    expect(copy.html).not.toContain('secret-typed-by-the-person');
  });
});
