import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../lib/flow/steps';
import { type Judge, openJudge } from '../../scripts/lib/judge';
import { fixtureCases, fixtureHtml, fixturePath } from '../support/fixtures';

// Every fixture page judged by the code behind `npm run detect` (one Chromium for all of them;
// tests/detector/cli.test.ts runs the command itself).
const cases = fixtureCases();
let judge: Judge;

beforeAll(async () => {
  judge = await openJudge();
});
afterAll(async () => judge?.close());

describe.each(STEP_IDS)('step %s', (step) => {
  const pages = cases.filter((fixture) => fixture.step === step);

  it('has fixture pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('$file → its step and target, and no other step matches it', async (fixture) => {
    const { answer, explanation } = await judge.judge(
      new URL(fixture.url),
      fixturePath(fixture),
      fixtureHtml(fixture),
      {
        explain: true,
      },
    );
    expect(answer).toEqual({ step: fixture.step, target: fixture.target });
    expect(explanation?.matchingSteps ?? []).toEqual(fixture.step === 'unknown' ? [] : [fixture.step]);
    // `Wording.gens` is a claim the pages check: a page of generation G matched only wording tagged G.
    if (fixture.gen) {
      const untagged = (explanation?.matchedWording ?? []).filter(
        (wording) => !wording.gens.includes(fixture.gen as string),
      );
      expect(untagged.map((wording) => wording.text)).toEqual([]);
    }
  });
});

it('every fixture names a known step id', () => {
  for (const fixture of cases) expect(STEP_IDS).toContain(fixture.step);
});
