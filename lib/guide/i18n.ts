import { en, type Messages } from '../../locales/en';
import { ja } from '../../locales/ja';
import type { Language } from '../language';
import type { LanguageChoice } from './preferences';

export type { Language, Messages };

const CATALOGS: Record<Language, Messages> = { en, ja };

/** The person's choice, else the browser's first language we speak, else English. */
export function resolveLanguage(choice: LanguageChoice, browserLanguages: readonly string[]): Language {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'en';
}

export function messagesFor(language: Language): Messages {
  return CATALOGS[language];
}

/** "14:59" */
export function formatMinutesSeconds(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
