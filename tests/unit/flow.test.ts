import { describe, expect, it } from 'vitest';
import { STEP_IDS, STEPS, WARNING_IDS } from '../../lib/flow/steps';
import { CONTROLS, PHRASES } from '../../lib/flow/vocabulary';
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
    for (const step of STEPS) {
      if (step.next) expect(STEP_IDS).toContain(step.next);
      for (const warning of step.warnings) expect(WARNING_IDS).toContain(warning);
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
      const detection = { step: step.id, target: null, targetName: null, region: null };
      const fresh = guideMode({ detection, progress: NO_PROGRESS, preferences: DEFAULT_PREFERENCES });
      expect([step.id, fresh]).toEqual([step.id, expected[step.audience]]);
      const recovering = guideMode({
        detection,
        progress: { ...NO_PROGRESS, engaged: true },
        preferences: DEFAULT_PREFERENCES,
      });
      expect([step.id, recovering]).toEqual([step.id, 'panel']);
    }
  });
});
