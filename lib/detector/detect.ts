import type { DetectionContext, RegionId, TargetRule } from '../flow/rules';
import type { StepDefinition, StepId } from '../flow/steps';
import type { SiteWording, Wording } from '../flow/vocabulary';
import { type AwsSite, awsSite, parseUrl } from '../hosts';
import { looksLikeShell, type PageView, readPage } from './page';
import { isClickable, PageJudgement } from './rules';
import { ALL_SITES } from './sites';
import { labelKey } from './text';

/**
 * Why a page is `unknown`, when the guide can say something better than "not a page I know":
 * `loading`, an AWS page whose content is not there yet (a client-rendered shell); `translated`,
 * the browser's translation replaced AWS's wording.
 */
export type UnknownReason = 'loading' | 'translated';

export interface Detection {
  step: StepId;
  /** The element to highlight, or null when nothing (or nothing certain) is to be clicked. */
  target: Element | null;
  /** The target's accessible name, as the CLI prints it. */
  targetName: string | null;
  /**
   * The section to ring when there is nothing to click yet (security credentials, no device row
   * selected: only the person knows which row is the lost one); null whenever `target` is set.
   */
  region: Element | null;
  /** Only when `step` is `unknown`. */
  unknownReason: UnknownReason | null;
}

/** Finds a section rules look inside (`within`, `present`); `ignoreOpacity`: one still fading in counts. */
export type RegionResolver = (page: PageView, id: RegionId, options?: { ignoreOpacity?: boolean }) => Element | null;

/**
 * What the detector knows of one AWS site: its steps and its wording, and, where its rules look
 * inside sections, how to find them. The content script of each site carries only its own.
 */
export interface SiteRules {
  steps: readonly StepDefinition[];
  wording: SiteWording;
  regions?: RegionResolver;
}

export type Sites = Partial<Record<AwsSite, SiteRules>>;

const unknown = (unknownReason: UnknownReason | null = null): Detection => ({
  step: 'unknown',
  target: null,
  targetName: null,
  region: null,
  unknownReason,
});

const controlKeys = new WeakMap<SiteRules, string[]>();

/** The comparison keys of every control wording of `rules`: the page's controls that carry none are not read. */
function controlKeysOf(rules: SiteRules): string[] {
  let keys = controlKeys.get(rules);
  if (!keys) {
    const names = Object.values(rules.wording.controls).flatMap((control) => control?.names ?? []);
    keys = [...new Set(names.map((wording) => labelKey(wording.text)))];
    controlKeys.set(rules, keys);
  }
  return keys;
}

/**
 * The browser's page translation is on: the text is the translator's, not AWS's. Google Translate
 * marks the root and wraps each translated run of text in <font style="vertical-align: inherit">.
 */
function isMachineTranslated(doc: Document): boolean {
  const root = doc.documentElement;
  if (root.classList.contains('translated-ltr') || root.classList.contains('translated-rtl')) return true;
  return doc.querySelector('body font[style*="vertical-align"]') !== null;
}

function stepsMatching(judgement: PageJudgement): StepDefinition[] {
  if (judgement.page.crowded) return [];
  return judgement.site.steps.filter((step) => judgement.holds(step.recognise));
}

type Aim = Pick<Detection, 'target' | 'targetName' | 'region'>;
const NOTHING: Aim = { target: null, targetName: null, region: null };

function aim(rule: TargetRule, judgement: PageJudgement): Aim {
  if ('region' in rule) return { ...NOTHING, region: judgement.region(rule.region) };
  const candidates =
    'control' in rule
      ? judgement.controls(judgement.site.wording.controls[rule.control], rule.within ?? null).filter(isClickable)
      : judgement
          .fields(judgement.site.wording.fields[rule.field], rule.within ?? null)
          .filter((field) => field.enabled);
  const [only, ...others] = candidates;
  return only && others.length === 0 ? { target: only.element, targetName: only.name, region: null } : NOTHING;
}

function resolveTarget(step: StepDefinition, judgement: PageJudgement): Aim {
  const rule = step.targets.find((candidate) => candidate.when === undefined || judgement.holds(candidate.when));
  return rule ? aim(rule, judgement) : NOTHING;
}

/** Where a page is: its URL and its AWS site with that site's rules; null off AWS or where `sites` has none. */
interface Place {
  url: URL;
  site: AwsSite;
  rules: SiteRules;
}

function placeOf(sites: Sites, url: string | URL): Place | null {
  const parsed = parseUrl(url);
  const site = parsed && awsSite(parsed);
  const rules = site && sites[site];
  return parsed && site && rules ? { url: parsed, site, rules } : null;
}

function judge(doc: Document, { url, site, rules }: Place, context: DetectionContext) {
  const judgement = new PageJudgement(readPage(doc, url, site, controlKeysOf(rules)), rules, context);
  return { judgement, steps: stepsMatching(judgement) };
}

/**
 * Which step of the recovery flow `doc` shows at `url`, and what to click next, by the rules of
 * `sites`. Pure: reads the rendered page, changes nothing. A page that fits no step, or more than
 * one, is `unknown`. `context` carries what the person told the guide (that the lost device is
 * removed).
 */
export function detectOn(sites: Sites, doc: Document, url: string | URL, context: DetectionContext = {}): Detection {
  const place = placeOf(sites, url);
  if (!place) return unknown();
  if (isMachineTranslated(doc)) return unknown('translated');
  const { judgement, steps } = judge(doc, place, context);
  const [step, ...others] = steps;
  if (!step) return unknown(looksLikeShell(judgement.page) ? 'loading' : null);
  if (others.length > 0) return unknown();
  return { step: step.id, ...resolveTarget(step, judgement), unknownReason: null };
}

/** Every step whose recognition rule fits the page (for tests: normally zero or one). */
export function matchingStepIdsOn(sites: Sites, doc: Document, url: string | URL): StepId[] {
  const place = placeOf(sites, url);
  return place ? judge(doc, place, {}).steps.map((step) => step.id) : [];
}

function describe(wording: Wording) {
  return { text: wording.text, lang: wording.lang, gens: wording.gens, assumed: wording.assumed };
}

/** What the detector saw, for `npm run detect -- --explain`: enough to see why a page was judged as it was. */
export function explainDetectionOn(sites: Sites, doc: Document, url: string | URL, context: DetectionContext = {}) {
  const place = placeOf(sites, url);
  if (!place) return { site: null };
  const { judgement, steps } = judge(doc, place, context);
  const [step] = steps;
  if (step && steps.length === 1) resolveTarget(step, judgement);
  const { page } = judgement;
  return {
    site: page.site,
    matchingSteps: steps.map((matching) => matching.id),
    crowded: page.crowded,
    /** Every wording the rules found on the page while judging it (recognition and target). */
    matchedWording: [...judgement.matched].map(describe),
    text: page.text
      .shownSegments(() => true, Number.POSITIVE_INFINITY)
      .map((segment) => segment.text)
      .join(''),
    showsSixDigitCode: page.showsSixDigitCode,
    controls: page.controls.map(({ role, name, enabled, checked, hasArea }) => ({
      role,
      name,
      enabled,
      checked,
      hasArea,
    })),
    fields: page.fields.map(({ type, name, enabled }) => ({ type, name, enabled })),
  };
}

/** {@link detectOn} by both sites' rules: the CLI, the tests and the rehearsal, whose pages stand in for both. */
export function detect(doc: Document, url: string | URL, context: DetectionContext = {}): Detection {
  return detectOn(ALL_SITES, doc, url, context);
}

export function matchingStepIds(doc: Document, url: string | URL): StepId[] {
  return matchingStepIdsOn(ALL_SITES, doc, url);
}

export function explainDetection(doc: Document, url: string | URL, context: DetectionContext = {}) {
  return explainDetectionOn(ALL_SITES, doc, url, context);
}
