import { en, type Messages } from '../../locales/en';
import { ja } from '../../locales/ja';
import type { Language } from '../language';

export { type Language, resolveLanguage } from '../language';
export type { Messages };

const CATALOGS: Record<Language, Messages> = { en, ja };

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
