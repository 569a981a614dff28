import type { LanguageChoice } from '../lib/language';
import { useGuide, useMessages } from './guide-context';

/** Browser language, English or Japanese; remembered for every tab and the popup. */
export function LanguageSelect({ className }: { className?: string }) {
  const t = useMessages();
  const choice = useGuide((state) => state.preferences.language);
  const updatePreferences = useGuide((state) => state.updatePreferences);
  return (
    <label className={className}>
      {t.language}{' '}
      <select
        value={choice}
        onChange={(event) => updatePreferences({ language: event.currentTarget.value as LanguageChoice })}
      >
        <option value="auto">{t.languageAuto}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="ja" lang="ja">
          日本語
        </option>
      </select>
    </label>
  );
}
