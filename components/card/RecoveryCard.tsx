import type { Language } from '../../lib/language';
import { type CardMessages, cardEn } from '../../locales/card.en';
import { cardJa } from '../../locales/card.ja';

const CARDS: Record<Language, CardMessages> = { en: cardEn, ja: cardJa };

/** The whole recovery on one sheet of paper, in one language. */
function RecoverySheet({ language }: { language: Language }) {
  const t = CARDS[language];
  const id = `card-${language}`;
  return (
    <article className="sheet" lang={language} aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.title}</h1>
      <p className="intro">{t.intro}</p>
      <div className="columns">
        <section aria-labelledby={`${id}-steps`}>
          <h2 id={`${id}-steps`}>{t.stepsHeading}</h2>
          <ol className="steps">
            {t.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <section className="box" aria-labelledby={`${id}-mail`}>
            <h2 id={`${id}-mail`}>{t.mailHeading}</h2>
            <dl>
              <dt>{t.mailFrom}</dt>
              <dd>{t.mailFromValue}</dd>
              <dt>{t.mailSubject}</dt>
              <dd>{t.mailSubjectValue}</dd>
            </dl>
            <p>{t.mailSpam}</p>
          </section>
        </section>
        <div>
          <section className="box warnings" aria-labelledby={`${id}-warnings`}>
            <h2 id={`${id}-warnings`}>{t.warningsHeading}</h2>
            <ul>
              {t.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby={`${id}-branches`}>
            <h2 id={`${id}-branches`}>{t.branchesHeading}</h2>
            <dl className="branches">
              {t.branches.map((branch) => (
                <div key={branch.when}>
                  <dt>{branch.when}</dt>
                  <dd>{branch.what}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="box" aria-labelledby={`${id}-support`}>
            <h2 id={`${id}-support`}>{t.supportHeading}</h2>
            <p>{t.supportForm}</p>
            <p>{t.supportHours}</p>
            <p>{t.supportReady}</p>
          </section>
        </div>
      </div>
      <footer>{t.footer}</footer>
    </article>
  );
}

/**
 * The printable recovery card: a sheet per language, the person's language first, and a print
 * button that only the screen shows.
 */
export function RecoveryCard({ languages, onPrint }: { languages: readonly Language[]; onPrint: () => void }) {
  const first = CARDS[languages[0] ?? 'en'];
  return (
    <>
      <header className="toolbar" lang={languages[0] ?? 'en'}>
        <button type="button" onClick={onPrint}>
          {first.print}
        </button>
        <p>{first.printHint}</p>
      </header>
      <main>
        {languages.map((language) => (
          <RecoverySheet key={language} language={language} />
        ))}
      </main>
    </>
  );
}

/** Both languages, the browser's first. */
export function cardLanguages(browserLanguages: readonly string[]): Language[] {
  const japaneseFirst = browserLanguages[0]?.toLowerCase().startsWith('ja') ?? false;
  return japaneseFirst ? ['ja', 'en'] : ['en', 'ja'];
}

export function cardTitle(languages: readonly Language[]): string {
  return CARDS[languages[0] ?? 'en'].pageTitle;
}
