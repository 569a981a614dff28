import { useEffect, useState } from 'react';
import { emailCountdown } from '../../lib/guide/progress';
import { EmailCountdown } from '../EmailCountdown';
import { useGuide, useLanguage, useMessages } from '../guide-context';
import { LanguageSelect } from '../LanguageSelect';
import { Readiness } from './Readiness';

/** Where the recovery stands, and the few things to do from outside an AWS page. */
export function Popup({ onPractise, onPrintCard }: { onPractise: () => void; onPrintCard: () => void }) {
  const t = useMessages();
  const language = useLanguage();
  const progress = useGuide((state) => state.progress);
  const startGuide = useGuide((state) => state.startGuide);
  const startOver = useGuide((state) => state.startOver);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const inProgress = progress.engaged || progress.lastStep !== null;
  // A step id this version has no words for (stored by a newer one) is not shown.
  const lastStepTitle = progress.lastStep ? t.steps[progress.lastStep]?.title : undefined;
  const countdownRuns = emailCountdown(progress, Date.now()) !== null;
  return (
    <main className="popup">
      <h1>{t.guideName}</h1>
      <section aria-labelledby="popup-status">
        <h2 id="popup-status">{t.popup.status}</h2>
        {!inProgress && <p>{t.popup.noRecovery}</p>}
        {inProgress && lastStepTitle && (
          <p>
            {t.popup.lastStep}: <strong>{lastStepTitle}</strong>
          </p>
        )}
        {countdownRuns && progress.emailSentAt !== null && <EmailCountdown sentAt={progress.emailSentAt} />}
      </section>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            startGuide();
            setNotice(t.popup.guideOpened);
          }}
        >
          {t.popup.openGuide}
        </button>
        <button type="button" onClick={onPractise}>
          {t.popup.practise}
        </button>
        <button type="button" onClick={onPrintCard}>
          {t.popup.printCard}
        </button>
        <button
          type="button"
          onClick={() => {
            startOver();
            setNotice(t.startOverDone);
          }}
        >
          {t.startOver}
        </button>
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
      <Readiness />
      <LanguageSelect className="language" />
      <section aria-labelledby="popup-privacy">
        <h2 id="popup-privacy">{t.popup.privacyHeading}</h2>
        <p>{t.popup.privacy}</p>
      </section>
    </main>
  );
}
