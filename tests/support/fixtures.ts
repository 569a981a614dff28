import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StepId } from '../../lib/flow/steps';

/** One fixture page and the answer the detector must give for it (tests/fixtures/cases.json). */
export interface FixtureCase {
  file: string;
  url: string;
  step: StepId;
  target: string | null;
  gen?: string;
  lang?: string;
  note?: string;
}

export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function fixtureCases(): FixtureCase[] {
  return JSON.parse(readFileSync(new URL('../fixtures/cases.json', import.meta.url), 'utf8')) as FixtureCase[];
}

export function fixturePath(fixture: FixtureCase): string {
  return `${FIXTURE_PAGES_DIR}${fixture.file}`;
}

export function fixtureHtml(fixture: FixtureCase): Buffer {
  return readFileSync(fixturePath(fixture));
}
