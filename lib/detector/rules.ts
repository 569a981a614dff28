/**
 * The interpreter of the flow's rules (lib/flow/rules.ts) against one reading of a page.
 */
import type { ContextFlag, DetectionContext, RegionId, Rule } from '../flow/rules';
import type { ControlSpec, Wording } from '../flow/vocabulary';
import type { SiteRules } from './detect';
import type { Control, Field, PageView } from './page';
import { compact, labelKey } from './text';

/** A rule that is not a combination of others: what the page (or the person) says about itself. */
export type LeafRule = Exclude<Rule, { all: unknown } | { any: unknown } | { not: unknown } | { within: unknown }>;

/**
 * Walks `rule`; `leaf` decides each fact, told the region the fact is asked inside (`null`: the
 * whole page). Pure: the same tree, other answers for the leaves (tests ask "what if only this
 * wording were on the page?").
 */
export function evaluate(
  rule: Rule,
  leaf: (rule: LeafRule, region: RegionId | null) => boolean,
  region: RegionId | null = null,
): boolean {
  if ('all' in rule) return rule.all.every((part) => evaluate(part, leaf, region));
  if ('any' in rule) return rule.any.some((part) => evaluate(part, leaf, region));
  if ('not' in rule) return !evaluate(rule.not, leaf, region);
  if ('within' in rule) return evaluate(rule.rule, leaf, rule.within);
  return leaf(rule, region);
}

function memoised(toKey: (text: string) => string): (wording: Wording) => string {
  const keys = new Map<Wording, string>();
  return (wording) => {
    let key = keys.get(wording);
    if (key === undefined) {
      key = toKey(wording.text);
      keys.set(wording, key);
    }
    return key;
  };
}

/** Labels compare without trailing punctuation ("Trouble signing in?"); phrases keep theirs ("IAM user:"). */
const wordingKey = memoised(labelKey);
const phraseKey = memoised(compact);

function matchingWording(keys: readonly string[], names: readonly Wording[]): Wording | undefined {
  return names.find((wording) => {
    const wanted = wordingKey(wording);
    return keys.some((key) => (wording.match === 'prefix' ? key.startsWith(wanted) : key === wanted));
  });
}

/** A control a person could click now: shown with an area and not disabled. */
export function isClickable(control: Control): boolean {
  return control.enabled && control.hasArea;
}

/** One page read once by one site's rules, with what the person told the guide; answers rules about it. */
export class PageJudgement {
  private readonly regions = new Map<RegionId, Element | null>();
  /** Every wording that matched something on the page (for the coverage checks of `gens`). */
  readonly matched = new Set<Wording>();

  constructor(
    readonly page: PageView,
    readonly site: SiteRules,
    private readonly context: DetectionContext,
  ) {}

  holds(rule: Rule): boolean {
    return evaluate(rule, (leaf, region) => this.leafHolds(leaf, region));
  }

  /** A section of the page, if this site's rules know it and the page shows exactly one. */
  region(id: RegionId): Element | null {
    if (!this.regions.has(id)) this.regions.set(id, this.site.regions?.(this.page, id) ?? null);
    return this.regions.get(id) ?? null;
  }

  /** The controls of `spec` on the page, inside `region` when one is given (none if it is not found). */
  controls(spec: ControlSpec | undefined, region: RegionId | null = null): Control[] {
    const inside = this.scope(region);
    if (!spec || inside === null) return [];
    return this.page.controls.filter((control) => {
      if (!spec.roles.includes(control.role) || !inside(control.source)) return false;
      return this.record(matchingWording(control.keys, spec.names));
    });
  }

  fields(labels: readonly Wording[] | undefined, region: RegionId | null = null): Field[] {
    const inside = this.scope(region);
    if (!labels || inside === null) return [];
    return this.page.fields.filter(
      (field) => inside(field.element) && this.record(matchingWording(field.keys, labels)),
    );
  }

  private scope(region: RegionId | null): ((element: Element) => boolean) | null {
    if (region === null) return () => true;
    const element = this.region(region);
    return element ? (candidate) => element.contains(candidate) : null;
  }

  private record(wording: Wording | undefined): boolean {
    if (wording) this.matched.add(wording);
    return wording !== undefined;
  }

  private leafHolds(rule: LeafRule, region: RegionId | null): boolean {
    const { phrases, controls, fields } = this.site.wording;
    if ('says' in rule) {
      const phrase = phrases[rule.says]?.find((wording) => this.page.text.includes(phraseKey(wording)));
      return this.record(phrase);
    }
    if ('shows' in rule) return this.controls(controls[rule.shows], region).some((control) => control.hasArea);
    if ('offers' in rule) return this.controls(controls[rule.offers], region).some(isClickable);
    if ('selected' in rule) {
      return this.controls(controls[rule.selected], region).some((control) => control.checked && isClickable(control));
    }
    if ('field' in rule) return this.fields(fields[rule.field], region).length > 0;
    if ('fieldType' in rule) return this.page.fields.some((field) => field.type === rule.fieldType);
    if ('url' in rule) return rule.url.test(this.page.url.pathname + this.page.url.search);
    if ('hashStartsWith' in rule) return this.page.url.hash.startsWith(rule.hashStartsWith);
    if ('sixDigitCode' in rule) return this.page.showsSixDigitCode;
    if ('present' in rule) return Boolean(this.site.regions?.(this.page, rule.present, { ignoreOpacity: true }));
    return this.context[rule.context satisfies ContextFlag] === true;
  }
}
