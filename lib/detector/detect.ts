import { STEPS, type StepDefinition, type StepId } from '../flow/steps';
import { CONTROLS } from '../flow/vocabulary';
import { awsSite } from '../hosts';
import { controlsMatching, isClickable } from './facts';
import { type PageView, readPage } from './page';
import { compact, labelKey } from './text';

export interface Detection {
  step: StepId;
  /** The element to highlight, or null when nothing (or nothing certain) is to be clicked. */
  target: Element | null;
  /** The target's accessible name, as the CLI prints it. */
  targetName: string | null;
  /** The section around the target the person works in first (see `StepDefinition.region`). */
  region: Element | null;
}

const UNKNOWN: Detection = { step: 'unknown', target: null, targetName: null, region: null };

function parseUrl(url: string | URL): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const CONTROL_KEYS = [
  ...new Set(Object.values(CONTROLS).flatMap((control) => control.names.map((wording) => labelKey(wording.text)))),
];

function readAwsPage(doc: Document, url: string | URL): PageView | null {
  const parsed = parseUrl(url);
  const site = parsed && awsSite(parsed);
  return parsed && site ? readPage(doc, parsed, site, CONTROL_KEYS) : null;
}

function stepsMatching(page: PageView): StepDefinition[] {
  return STEPS.filter((step) => step.site === page.site && step.recognise(page));
}

function resolveTarget(step: StepDefinition, page: PageView): Pick<Detection, 'target' | 'targetName'> {
  const rule = step.targets.find((candidate) => candidate.when === undefined || candidate.when(page));
  const clickable = rule ? controlsMatching(page, rule.control).filter(isClickable) : [];
  const only = clickable.length === 1 ? clickable[0] : undefined;
  return only ? { target: only.element, targetName: only.name } : { target: null, targetName: null };
}

function resolveRegion(step: StepDefinition, target: Element | null): Element | null {
  if (!step.region || !target) return null;
  const phrases = step.region.phrases.map((wording) => compact(wording.text));
  let headed: Element | null = null;
  for (
    let element = target.parentElement;
    element && element !== element.ownerDocument.body;
    element = element.parentElement
  ) {
    const text = compact(element.textContent ?? '');
    if (!phrases.some((phrase) => text.includes(phrase))) continue;
    headed ??= element;
    if (element.querySelector(step.region.rows)) return element;
  }
  return headed;
}

/**
 * Which step of the recovery flow `doc` shows at `url`, and what to click next. Pure: reads the
 * rendered page, changes nothing. A page that fits no step, or more than one, is `unknown`.
 */
export function detect(doc: Document, url: string | URL): Detection {
  const page = readAwsPage(doc, url);
  if (!page) return UNKNOWN;
  const [step, ...others] = stepsMatching(page);
  if (!step || others.length > 0) return UNKNOWN;
  const target = resolveTarget(step, page);
  return { step: step.id, ...target, region: resolveRegion(step, target.target) };
}

/** Every step whose recognition rule fits the page (for tests: normally zero or one). */
export function matchingStepIds(doc: Document, url: string | URL): StepId[] {
  const page = readAwsPage(doc, url);
  return page ? stepsMatching(page).map((step) => step.id) : [];
}

/** What the detector saw, for `npm run detect -- --explain`: enough to see why a page was judged as it was. */
export function explainDetection(doc: Document, url: string | URL) {
  const page = readAwsPage(doc, url);
  if (!page) return { site: null };
  return {
    site: page.site,
    matchingSteps: stepsMatching(page).map((step) => step.id),
    text: page.text.shown(),
    showsSixDigitCode: page.showsSixDigitCode,
    controls: page.controls.map(({ role, name, enabled, checked, hasArea }) => ({
      role,
      name,
      enabled,
      checked,
      hasArea,
    })),
    fields: page.fields,
  };
}
