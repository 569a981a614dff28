import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { type Language, messagesFor, resolveLanguage } from '../lib/guide/i18n';
import type { GuideState, GuideStore } from '../lib/guide/store';

export const GuideStoreContext = createContext<GuideStore | null>(null);

export function useGuide<T>(selector: (state: GuideState) => T): T {
  const store = useContext(GuideStoreContext);
  if (!store) throw new Error('useGuide outside <GuideStoreContext.Provider>');
  return useStore(store, selector);
}

export function useLanguage(): Language {
  const choice = useGuide((state) => state.preferences.language);
  return resolveLanguage(choice, typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function useMessages() {
  return messagesFor(useLanguage());
}
