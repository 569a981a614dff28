import { type FormEvent, useState } from 'react';
import { resetRehearsalProgress } from '../guide-progress';
import { awsRoute, formatRoute, generationsFor, type RehearsalGen, type RehearsalLang } from '../model/routes';
import { go, rehearsalMessages, useRehearsal } from './context';

const LANGUAGE_NAMES: Record<RehearsalLang, string> = { en: 'English', ja: '日本語' };

/** Choose the language and the generation of AWS's pages, then start afresh. */
export function StartScreen({ lang }: { lang: RehearsalLang }) {
  const t = rehearsalMessages(lang).start;
  const { store, newId } = useRehearsal();
  const gens = generationsFor(lang);
  const [gen, setGen] = useState<RehearsalGen>('g3');
  const chosen = gens.includes(gen) ? gen : 'g3';

  const begin = async (event: FormEvent) => {
    event.preventDefault();
    const now = Date.now();
    await resetRehearsalProgress();
    store.getState().reset(newId(), now);
    go(awsRoute(lang, chosen, 'signin'));
  };

  return (
    <main className="own-page start">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form onSubmit={begin}>
        <fieldset>
          <legend>{t.language}</legend>
          {(['en', 'ja'] as const).map((option) => (
            <label key={option} className="choice" lang={option}>
              <input
                type="radio"
                name="lang"
                checked={lang === option}
                onChange={() => go(formatRoute({ kind: 'start', lang: option }))}
              />{' '}
              {LANGUAGE_NAMES[option]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.design}</legend>
          {gens.map((option) => (
            <label key={option} className="choice">
              <input type="radio" name="gen" checked={chosen === option} onChange={() => setGen(option)} />{' '}
              <span>
                <strong>{option === 'g3' ? t.g3 : t.g4}</strong>
                <span className="choice-detail">{option === 'g3' ? t.g3Detail : t.g4Detail}</span>
              </span>
            </label>
          ))}
          {t.g4EnglishOnly && <p className="choice-note">{t.g4EnglishOnly}</p>}
        </fieldset>
        <section aria-labelledby="expect-title">
          <h2 id="expect-title">{t.expectTitle}</h2>
          <ul>
            {t.expect.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <button type="submit" className="own-button">
          {t.begin}
        </button>
      </form>
    </main>
  );
}
