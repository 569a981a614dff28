import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceCount } from '../../components/DeviceCount';
import { GuideStoreContext } from '../../components/guide-context';
import { VoiceTranscript } from '../../components/VoiceTranscript';
import { VOICE_CALL } from '../../lib/flow/voice-call';
import type { Language } from '../../lib/guide/i18n';
import { DEFAULT_PREFERENCES } from '../../lib/guide/preferences';
import { createGuideStore } from '../../lib/guide/store';
import { en } from '../../locales/en';
import { ja } from '../../locales/ja';

afterEach(cleanup);

function renderIn(language: Language, ui: ReactNode) {
  const store = createGuideStore({ reportProgress: () => {}, savePreferences: () => {}, now: Date.now });
  store.getState().preferencesLoaded({ ...DEFAULT_PREFERENCES, language });
  return render(<GuideStoreContext.Provider value={store}>{ui}</GuideStoreContext.Provider>);
}

const disclosure = (summary: string) => screen.getByText(summary).closest('details') as HTMLDetailsElement;

describe('what the voice on the call says', () => {
  it('is a closed disclosure named in the panel’s language, opened from its summary', () => {
    renderIn('en', <VoiceTranscript />);
    const details = disclosure(en.voiceTranscript.summary);
    expect(details.open).toBe(false);
    fireEvent.click(screen.getByText(en.voiceTranscript.summary));
    expect(details.open).toBe(true);
  });

  it('opens at once on the call itself', () => {
    renderIn('en', <VoiceTranscript defaultOpen />);
    expect(disclosure(en.voiceTranscript.summary).open).toBe(true);
  });

  it('gives each English line, marked lang="en", with its Japanese translation', () => {
    renderIn('ja', <VoiceTranscript defaultOpen />);
    const details = disclosure(ja.voiceTranscript.summary);
    const items = within(details).getAllByRole('listitem');
    expect(items).toHaveLength(VOICE_CALL.length);
    VOICE_CALL.forEach((line, index) => {
      const item = items[index] as HTMLElement;
      const said = within(item).getByText(line.said);
      expect(said.closest('[lang]')?.getAttribute('lang')).toBe('en');
      expect(within(item).getByText(ja.voiceTranscript.lines[line.id])).toBeTruthy();
      expect(within(item).queryByText(`(${ja.voiceTranscript.approximate})`) !== null).toBe(line.approximate);
    });
    expect(within(details).getByText(/6 桁の番号を、電話のキーパッドで入力/)).toBeTruthy();
  });

  it('says which lines are approximate and why, and tells the person what to do', () => {
    renderIn('en', <VoiceTranscript defaultOpen />);
    const details = disclosure(en.voiceTranscript.summary);
    expect(within(details).getByText(/six-digit number shown on your screen/)).toBeTruthy();
    expect(within(details).getAllByText(`(${en.voiceTranscript.approximate})`)).toHaveLength(
      VOICE_CALL.filter((line) => line.approximate).length,
    );
    const list = within(details).getByRole('list');
    expect(document.getElementById(list.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      en.voiceTranscript.approximateNote,
    );
    expect(within(details).getByText(en.voiceTranscript.lines['enter-code'])).toBeTruthy();
    expect(within(details).getByText('Thank you.')).toBeTruthy();
  });
});

describe('the MFA device count', () => {
  it.each([
    [0, 'No MFA device is registered now — assign a new one, and a second as a spare.'],
    [1, '1 MFA device is registered — add a spare (AWS allows up to 8).'],
    [3, '3 MFA devices are registered — keep at least two that you still hold.'],
  ])('says how many devices are registered (%i) and whether to add a spare', (count, said) => {
    renderIn('en', <DeviceCount count={count} />);
    expect(screen.getByRole('status').textContent).toBe(said);
    expect(screen.getByText(en.deviceCount.note)).toBeTruthy();
  });

  it('says it in Japanese', () => {
    renderIn('ja', <DeviceCount count={2} />);
    expect(screen.getByRole('status').textContent).toBe(
      'MFA デバイスが 2 台登録されています。手元にあるデバイスを 2 台以上にしておきましょう。',
    );
    cleanup();
    renderIn('ja', <DeviceCount count={1} />);
    expect(screen.getByRole('status').textContent).toContain('予備をもう 1 台追加しましょう');
  });
});
