import { useGuide, useLanguage, useMessages } from './guide-context';

/** On ordinary sign-in pages: one small, dismissible offer instead of the full guide. */
export function OfferTab() {
  const t = useMessages();
  const language = useLanguage();
  const dock = useGuide((state) => state.preferences.dock);
  const startGuide = useGuide((state) => state.startGuide);
  const dismissOffer = useGuide((state) => state.dismissOffer);
  return (
    <section className={`offer dock-${dock}`} lang={language} aria-label={t.guideName}>
      <button type="button" className="offer-open" onClick={startGuide}>
        {t.startTab}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={dismissOffer}
        aria-label={t.dismissTab}
        title={t.dismissTab}
      >
        ×
      </button>
    </section>
  );
}
