import { describe, expect, it } from 'vitest';
import type { SiteRules } from '../../lib/detector/detect';
import { ALL_SITES, CONSOLE_RULES, SIGNIN_RULES } from '../../lib/detector/sites';
import type { RegionId, Rule, TargetRule } from '../../lib/flow/rules';
import { STEPS } from '../../lib/flow/steps';

/** Every wording id and region a site's steps ask about, recognition and targets alike. */
function references(rules: SiteRules) {
  const found = {
    phrases: new Set<string>(),
    controls: new Set<string>(),
    fields: new Set<string>(),
    regions: new Set<RegionId>(),
  };
  const walk = (rule: Rule): void => {
    if ('all' in rule) rule.all.forEach(walk);
    else if ('any' in rule) rule.any.forEach(walk);
    else if ('not' in rule) walk(rule.not);
    else if ('within' in rule) {
      found.regions.add(rule.within);
      walk(rule.rule);
    } else if ('says' in rule) found.phrases.add(rule.says);
    else if ('shows' in rule) found.controls.add(rule.shows);
    else if ('offers' in rule) found.controls.add(rule.offers);
    else if ('selected' in rule) found.controls.add(rule.selected);
    else if ('field' in rule) found.fields.add(rule.field);
    else if ('present' in rule) found.regions.add(rule.present);
  };
  const aim = (target: TargetRule) => {
    if (target.when) walk(target.when);
    if ('control' in target) found.controls.add(target.control);
    if ('field' in target) found.fields.add(target.field);
    if ('region' in target) found.regions.add(target.region);
    if ('within' in target && target.within) found.regions.add(target.within);
  };
  for (const step of rules.steps) {
    walk(step.recognise);
    step.targets.forEach(aim);
  }
  return found;
}

describe("each site's content script carries only its own rules", () => {
  it.each([
    ['sign-in', SIGNIN_RULES],
    ['console', CONSOLE_RULES],
  ])('the %s steps ask only about the %s wording, and about sections only where they can be found', (_, rules) => {
    const asked = references(rules);
    const missing = [
      ...[...asked.phrases].filter((id) => !(id in rules.wording.phrases)).map((id) => `phrase ${id}`),
      ...[...asked.controls].filter((id) => !(id in rules.wording.controls)).map((id) => `control ${id}`),
      ...[...asked.fields].filter((id) => !(id in rules.wording.fields)).map((id) => `field ${id}`),
    ];
    expect(missing).toEqual([]);
    if (asked.regions.size > 0) expect(rules.regions).toBeTypeOf('function');
  });

  it('splits the steps between the sites without losing or repeating one', () => {
    const bySite = Object.values(ALL_SITES).flatMap((rules) => rules.steps.map((step) => step.id));
    expect(bySite.sort()).toEqual(STEPS.map((step) => step.id).sort());
  });

  it('gives the sign-in pages no sections to look inside (the console rules alone ask for them)', () => {
    expect(references(SIGNIN_RULES).regions.size).toBe(0);
    expect(SIGNIN_RULES.regions).toBeUndefined();
    expect([...references(CONSOLE_RULES).regions].sort()).toEqual(['dialog', 'mfaSection']);
  });
});
