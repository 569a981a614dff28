/**
 * The detector as a script evaluated inside a page (the CLI, the benchmark and the fixture tests
 * run it in Chromium exactly as the content script does).
 */
import { detect, explainDetection, matchingStepIds } from './detect';

export interface InPageDetector {
  detect(url: string): { step: string; target: string | null };
  matchingSteps(url: string): string[];
  explain(url: string): unknown;
}

const detector: InPageDetector = {
  detect(url) {
    const { step, targetName } = detect(document, url);
    return { step, target: targetName };
  },
  matchingSteps: (url) => matchingStepIds(document, url),
  explain: (url) => explainDetection(document, url),
};

(globalThis as { __awsMfaDetector?: InPageDetector }).__awsMfaDetector = detector;
