import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, type LeafRule } from '../../lib/detector/rules';
import { AUDIENCE } from '../../lib/flow/audience';
import { STEP_GUIDANCE, stepGuidance, WARNING_IDS } from '../../lib/flow/guidance';
import { all, not, says, url } from '../../lib/flow/rules';
import { STEP_IDS, STEPS } from '../../lib/flow/steps';
import { CONTROLS, FIELD_LABELS, PHRASES, type Wording } from '../../lib/flow/vocabulary';
import { DEFAULT_PREFERENCES } from '../../lib/guide/preferences';
import { NO_PROGRESS } from '../../lib/guide/progress';
import { guideMode } from '../../lib/guide/store';

describe('the flow as data', () => {
  it('defines every step id of the spec exactly once (unknown is the absence of a match)', () => {
    const ids = STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids, 'unknown'].sort()).toEqual([...STEP_IDS].sort());
  });

  it('points each step at a step that exists', () => {
    expect(Object.keys(STEP_GUIDANCE).sort()).toEqual(STEPS.map((step) => step.id).sort());
    for (const guidance of Object.values(STEP_GUIDANCE)) {
      if (guidance.next) expect(STEP_IDS).toContain(guidance.next);
      for (const warning of guidance.warnings) expect(WARNING_IDS).toContain(warning);
    }
  });

  it('never lists the same wording twice in one group', () => {
    const groups = [...Object.values(PHRASES), ...Object.values(CONTROLS).map((control) => control.names)];
    for (const group of groups) {
      const texts = group.map((wording) => `${wording.lang}:${wording.text}`);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('does not take the sign-up wording 「すぐに電話を受ける」 for the recovery call button', () => {
    const names = CONTROLS.phonePreferred.names.map((wording) => wording.text);
    expect(names).toContain('すぐに連絡を受ける');
    expect(names).not.toContain('すぐに電話を受ける');
  });

  it("opens the guide by the step's audience: an offer on daily sign-ins, the panel on recovery pages, nothing after recovery unless one is under way", () => {
    const expected = { routine: 'offer', recovery: 'panel', after: 'none' } as const;
    for (const step of STEPS) {
      const detection = { step: step.id, target: null, targetName: null, region: null, unknownReason: null };
      const fresh = guideMode({ detection, progress: NO_PROGRESS, preferences: DEFAULT_PREFERENCES });
      expect([step.id, fresh]).toEqual([step.id, expected[AUDIENCE[step.id]]]);
      const recovering = guideMode({
        detection,
        progress: { ...NO_PROGRESS, engaged: true },
        preferences: DEFAULT_PREFERENCES,
      });
      expect([step.id, recovering]).toEqual([step.id, 'panel']);
    }
  });
});

describe('the flow is data the detector interprets', () => {
  const flowDir = join(process.cwd(), 'lib', 'flow');

  it('lib/flow imports nothing from lib/detector (one direction only)', () => {
    const files = readdirSync(flowDir).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(2);
    for (const name of files) {
      const source = readFileSync(join(flowDir, name), 'utf8');
      expect([name, /from '\.\.\/detector\//.test(source)]).toEqual([name, false]);
    }
  });

  const onlyGroup = (group: string) => (rule: LeafRule) =>
    ('says' in rule && rule.says === group) ||
    ('shows' in rule && rule.shows === group) ||
    ('offers' in rule && rule.offers === group) ||
    ('selected' in rule && rule.selected === group) ||
    ('field' in rule && rule.field === group);

  const groups: [string, readonly Wording[]][] = [
    ...Object.entries(PHRASES),
    ...Object.entries(CONTROLS).map(([id, spec]) => [id, spec.names] as [string, readonly Wording[]]),
    ...Object.entries(FIELD_LABELS),
  ];

  it('never recognises a step from assumed wording alone, without the page context the step also requires', () => {
    const withAssumed = groups.filter(([, wording]) => wording.some((w) => w.assumed));
    expect(withAssumed.length).toBeGreaterThan(5);
    const recognisedAlone = STEPS.flatMap((step) =>
      withAssumed
        .filter(([group]) => evaluate(step.recognise, onlyGroup(group)))
        .map(([group]) => `${step.id}: ${group}`),
    );
    expect(recognisedAlone).toEqual([]);
  });

  it('would notice a step recognised from one group alone (the check works)', () => {
    expect(evaluate(all(says('timedOut'), not(url(/^\/signup/))), onlyGroup('timedOut'))).toBe(true);
  });

  it('sets what the guide reads for the v2 steps', () => {
    const guideFields = (id: string) => {
      const step = STEPS.find((candidate) => candidate.id === id);
      return step && { audience: AUDIENCE[step.id], panel: stepGuidance(step.id)?.panel };
    };
    expect(guideFields('sms-code')).toEqual({ audience: 'recovery', panel: undefined });
    expect(guideFields('recovery-timed-out')).toEqual({ audience: 'recovery', panel: undefined });
    expect(guideFields('mfa-choose-device')).toEqual({ audience: 'routine', panel: undefined });
  });
});
