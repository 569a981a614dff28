/** The redaction as a script evaluated inside a page (tests and the fixture tools run it in Chromium). */
import { type RedactedCopy, redactPage } from './copy';
import { saveHtmlFile } from './save-file';

export interface InPageRedactor {
  redactPage(url: string): RedactedCopy;
  /** What the panel's "Download the copy" does: the file saved from inside `root`. */
  saveHtmlFile(root: Node, fileName: string, html: string): void;
}

(globalThis as { __awsMfaRedactor?: InPageRedactor }).__awsMfaRedactor = {
  redactPage: (url) => redactPage(document, url),
  saveHtmlFile,
};
