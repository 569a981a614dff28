import { useId, useRef, useState } from 'react';
import { type RedactedCopy, redactPage } from '../lib/redact/copy';
import { saveHtmlFile } from '../lib/redact/save-file';
import { REMOVED_KINDS } from '../lib/redact/tally';
import { useMessages } from './guide-context';

export interface RedactedCopyButtonProps {
  /**
   * Takes the copy, when the person opens the preview (never before): by default this page at its
   * own address. The rehearsal passes the AWS address its page stands in for.
   */
  takeCopy?: () => RedactedCopy;
}

/** Lines of the copy's text listed in the preview; the rest is counted. */
const PREVIEW_LINES = 150;

const copyThisPage = () => redactPage(document, location.href);

/**
 * "Save a private copy of this page": shows what the copy keeps and leaves out, and the text it
 * contains, then downloads it when the person asks. Nothing is sent anywhere.
 */
export function RedactedCopyButton({ takeCopy = copyThisPage }: RedactedCopyButtonProps) {
  const t = useMessages().redactedCopy;
  const [copy, setCopy] = useState<RedactedCopy | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  const open = () => {
    setSavedAs(null);
    setCopy(takeCopy());
    queueMicrotask(() => heading.current?.focus());
  };
  const close = () => {
    setCopy(null);
    openButton.current?.focus();
  };
  const save = (taken: RedactedCopy) => {
    saveHtmlFile(openButton.current?.getRootNode() ?? document, taken.fileName, taken.html);
    setSavedAs(taken.fileName);
    close();
  };

  const removed = copy ? REMOVED_KINDS.filter((kind) => copy.removed[kind] > 0) : [];
  return (
    <div className="redacted-copy">
      <button
        ref={openButton}
        type="button"
        className="text-button"
        data-role="redacted-copy"
        aria-expanded={copy !== null}
        aria-controls={`${id}-preview`}
        onClick={copy ? close : open}
      >
        {t.open}
      </button>
      {savedAs && (
        <p role="status" className="hint">
          {t.saved(savedAs)}
        </p>
      )}
      {copy && (
        <section
          id={`${id}-preview`}
          role="dialog"
          aria-labelledby={`${id}-heading`}
          className="copy-preview"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
            {t.heading}
          </h3>
          <p>{t.explain}</p>
          <p>{t.kept(copy.elements)}</p>
          <h4>{t.leftOutHeading}</h4>
          <ul data-testid="copy-removed">
            {removed.map((kind) => (
              <li key={kind}>{t.removed[kind](copy.removed[kind])}</li>
            ))}
          </ul>
          <p className="hint">{t.neverKept}</p>
          <h4>{t.previewHeading}</h4>
          <p className="hint">{t.previewHint}</p>
          <ol className="copy-outline" data-testid="copy-outline">
            {copy.outline.slice(0, PREVIEW_LINES).map((line, index) => (
              // The outline is a fixed snapshot: its order never changes while shown.
              // biome-ignore lint/suspicious/noArrayIndexKey: lines repeat and never move.
              <li key={index}>{line}</li>
            ))}
          </ol>
          {copy.outline.length > PREVIEW_LINES && (
            <p className="hint">{t.moreLines(copy.outline.length - PREVIEW_LINES)}</p>
          )}
          <div className="copy-actions">
            <button type="button" className="text-button copy-save" onClick={() => save(copy)}>
              {t.save}
            </button>
            <button type="button" className="text-button" onClick={close}>
              {t.cancel}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
