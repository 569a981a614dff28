/** The languages the extension speaks and the AWS pages it reads are written in. */
export type Language = 'en' | 'ja';

/** Follow the browser, or the person's choice in the panel. */
export type LanguageChoice = 'auto' | Language;

/** The person's choice, else the browser's first language we speak, else English. */
export function resolveLanguage(choice: LanguageChoice, browserLanguages: readonly string[]): Language {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'en';
}
