import { act, cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mountPanel } from '../../components/mount-panel';
import { DEFAULT_PREFERENCES } from '../../lib/guide/preferences';
import { NO_PROGRESS } from '../../lib/guide/progress';
import { en } from '../../locales/en';
import { memoryOwner } from './memory-owner';

afterEach(cleanup);

describe('the panel handed over by the content script', () => {
  it('is drawn only once the page has been read, and then with the page’s step', async () => {
    const { connectStore } = memoryOwner({ ...NO_PROGRESS, engaged: true }, { ...DEFAULT_PREFERENCES, language: 'en' });
    const store = connectStore();
    store.getState().progressLoaded({ ...NO_PROGRESS, engaged: true });
    store.getState().preferencesLoaded({ ...DEFAULT_PREFERENCES, language: 'en' });
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const lifetime = new AbortController();
    let markPageRead = () => {};
    const pageRead = new Promise<void>((resolve) => {
      markPageRead = resolve;
    });

    const mounted = mountPanel({ store, shadow, signal: lifetime.signal, pageRead });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(shadow.querySelector('aside')).toBeNull();

    await act(async () => {
      store.getState().detected({ step: 'verify-email', target: null, targetName: null, region: null });
      markPageRead();
      await mounted;
    });
    const panel = within(shadow as unknown as HTMLElement).getByRole('complementary', { name: en.guideName });
    expect(within(panel).getByTestId('step-title').textContent).toBe(en.steps['verify-email'].title);

    act(() => lifetime.abort());
    expect(shadow.querySelector('aside')).toBeNull();
    host.remove();
  });
});
