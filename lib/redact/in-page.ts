/** The redaction as a script evaluated inside a page (tests and the fixture tools run it in Chromium). */
import { type RedactedCopy, redactPage } from './copy';

export interface InPageRedactor {
  redactPage(url: string): RedactedCopy;
}

(globalThis as { __awsMfaRedactor?: InPageRedactor }).__awsMfaRedactor = {
  redactPage: (url) => redactPage(document, url),
};
