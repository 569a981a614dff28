/**
 * The rehearsal app's lifetime: the guide is on the simulated AWS pages only — mounted once on
 * entering them, removed (its signal aborted) on leaving them or when the rehearsal ends — and it
 * judges each page at the AWS URL that page stands in for. No reload is involved.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rehearsalEn } from '../../locales/rehearsal.en';
import { G3_TEXT } from '../../rehearsal/model/aws-text';
import { newSession } from '../../rehearsal/model/session';
import { mountRehearsalGuide } from '../../rehearsal/mount-guide';
import { createRehearsalStore } from '../../rehearsal/session-store';
import { RehearsalApp } from '../../rehearsal/ui/App';

vi.mock('../../rehearsal/mount-guide', () => ({ mountRehearsalGuide: vi.fn(async () => {}) }));
vi.mock('../../rehearsal/guide-progress', () => ({
  ensureRehearsalEngaged: vi.fn(async () => {}),
  resetRehearsalProgress: vi.fn(async () => {}),
}));
vi.mock('../../lib/guide/storage', () => ({
  preferencesItem: { getValue: async () => ({ dock: 'right' }), watch: () => () => {} },
}));

const mounted = vi.mocked(mountRehearsalGuide);

async function go(hash: string) {
  await act(async () => {
    location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

function renderApp(signal: AbortSignal) {
  const store = createRehearsalStore(
    { load: async () => null, save: () => {}, watch: () => () => {} },
    newSession('s', Date.now()),
    signal,
  );
  render(<RehearsalApp store={store} signal={signal} />);
}

beforeEach(() => {
  mounted.mockClear();
  location.hash = '#/en/g3/signin';
});
afterEach(cleanup);

describe('the rehearsal app', () => {
  it('mounts the guide once on the AWS pages and has it judge each page at its AWS URL', async () => {
    await act(async () => renderApp(new AbortController().signal));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(G3_TEXT.en.signIn.heading);
    expect(mounted).toHaveBeenCalledTimes(1);
    const [signal, pageUrl] = mounted.mock.calls[0] ?? [];
    expect(signal?.aborted).toBe(false);
    expect(new URL(pageUrl?.() ?? '').pathname).toBe('/signin');

    await go('#/en/g3/recovery');
    expect(mounted).toHaveBeenCalledTimes(1);
    expect(pageUrl?.()).toBe('https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail');
  });

  it('removes the guide on the practice’s own pages and brings it back on the AWS pages', async () => {
    await act(async () => renderApp(new AbortController().signal));
    const first = mounted.mock.calls[0]?.[0];
    await go('#/en/g3/done');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(rehearsalEn.done.title);
    expect(first?.aborted).toBe(true);

    await go('#/en/g3/password');
    expect(mounted).toHaveBeenCalledTimes(2);
    expect(mounted.mock.calls[1]?.[0].aborted).toBe(false);
  });

  it('removes the guide when the rehearsal ends', async () => {
    const rehearsal = new AbortController();
    await act(async () => renderApp(rehearsal.signal));
    rehearsal.abort();
    expect(mounted.mock.calls[0]?.[0].aborted).toBe(true);
  });
});
