import type { RehearsalLang } from '../model/routes';
import { rehearsalMessages } from './context';

/** The end of the practice, reached from "Assign MFA device". */
export function DoneScreen({ lang }: { lang: RehearsalLang }) {
  const t = rehearsalMessages(lang).done;
  return (
    <main className="own-page done">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <a className="own-button" href={`#/${lang}`}>
          {t.again}
        </a>
      </p>
    </main>
  );
}
