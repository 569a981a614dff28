import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideStoreContext } from '../../components/guide-context';
import { Popup } from '../../components/popup/Popup';
import { Readiness } from '../../components/popup/Readiness';
import type { Language } from '../../lib/guide/i18n';
import { DEFAULT_PREFERENCES } from '../../lib/guide/preferences';
import { NOT_READY, READINESS_CHECKS, type Readiness as Ticks } from '../../lib/guide/readiness';
import { createGuideStore } from '../../lib/guide/store';
import { en } from '../../locales/en';
import { ja } from '../../locales/ja';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function guideStore(language: Language) {
  const store = createGuideStore({ reportProgress: () => {}, savePreferences: () => {}, now: Date.now });
  store.getState().preferencesLoaded({ ...DEFAULT_PREFERENCES, language });
  return store;
}

function renderReadiness(language: Language, stored?: Ticks) {
  if (stored) void fakeBrowser.storage.local.set({ readiness: stored });
  render(
    <GuideStoreContext.Provider value={guideStore(language)}>
      <Readiness />
    </GuideStoreContext.Provider>,
  );
  return screen.getByRole('region', { name: language === 'ja' ? ja.readiness.heading : en.readiness.heading });
}

const storedTicks = async () => (await fakeBrowser.storage.local.get('readiness')).readiness;

describe('the readiness check', () => {
  it.each([
    ['en', en],
    ['ja', ja],
  ] as const)('lists the four checks, each with how to fix it (%s)', async (language, t) => {
    const region = renderReadiness(language);
    for (const check of READINESS_CHECKS) {
      const box = await within(region).findByRole('checkbox', { name: t.readiness.checks[check].label });
      expect((box as HTMLInputElement).checked).toBe(false);
      expect(box.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
        t.readiness.checks[check].fix,
      );
    }
    expect(within(region).getByRole('status').textContent).toBe(t.readiness.progress(0, 4));
  });

  it('says where in AWS each thing is fixed', () => {
    const region = renderReadiness('en');
    expect(within(region).getByText(/Account → Contact information/).textContent).toContain('+81');
    expect(within(region).getByText(/IAM → Security credentials → Assign MFA device/).textContent).toContain('8');
    expect(within(region).getByText(new RegExp(en.popup.practise))).toBeTruthy();
    cleanup();
    const ja_ = renderReadiness('ja');
    expect(within(ja_).getByText(/「連絡先情報」/).textContent).toContain('+81');
    expect(within(ja_).getByText(/「MFA デバイスの割り当て」/).textContent).toContain('最大 8 台');
    expect(within(ja_).getByText(new RegExp(ja.popup.practise))).toBeTruthy();
  });

  it('stores a tick, hides that item’s fix and counts it', async () => {
    const region = renderReadiness('en');
    const phone = await within(region).findByRole('checkbox', { name: en.readiness.checks.phone.label });
    await within(region).findByText(en.readiness.progress(0, 4));
    fireEvent.click(phone);
    expect((phone as HTMLInputElement).checked).toBe(true);
    expect(within(region).queryByText(en.readiness.checks.phone.fix)).toBeNull();
    expect(within(region).getByRole('status').textContent).toBe(en.readiness.progress(1, 4));
    await vi.waitFor(async () => expect(await storedTicks()).toEqual({ ...NOT_READY, phone: true }));
    fireEvent.click(phone);
    await vi.waitFor(async () => expect(await storedTicks()).toEqual(NOT_READY));
    expect(within(region).getByText(en.readiness.checks.phone.fix)).toBeTruthy();
  });

  it('shows what was ticked before, in Japanese', async () => {
    const region = renderReadiness('ja', { ...NOT_READY, email: true, spareDevice: true });
    const email = await within(region).findByRole('checkbox', { name: ja.readiness.checks.email.label });
    await within(region).findByText(ja.readiness.progress(2, 4));
    expect((email as HTMLInputElement).checked).toBe(true);
    expect(within(region).queryByText(ja.readiness.checks.spareDevice.fix)).toBeNull();
    expect(within(region).getByText(ja.readiness.checks.rehearsed.fix)).toBeTruthy();
  });

  it('follows ticks made in another popup', async () => {
    const region = renderReadiness('en');
    const rehearsed = await within(region).findByRole('checkbox', { name: en.readiness.checks.rehearsed.label });
    await within(region).findByText(en.readiness.progress(0, 4));
    await fakeBrowser.storage.local.set({ readiness: { ...NOT_READY, rehearsed: true } });
    await within(region).findByText(en.readiness.progress(1, 4));
    expect((rehearsed as HTMLInputElement).checked).toBe(true);
  });

  it('shows in the popup', async () => {
    render(
      <GuideStoreContext.Provider value={guideStore('ja')}>
        <Popup onPractise={() => {}} onPrintCard={() => {}} />
      </GuideStoreContext.Provider>,
    );
    expect(await screen.findByRole('checkbox', { name: ja.readiness.checks.phone.label })).toBeTruthy();
  });
});
