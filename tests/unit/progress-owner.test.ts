import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { startProgressOwner } from '../../lib/background/progress-owner';
import type { StepId } from '../../lib/flow/steps';
import type { OwnerMessage } from '../../lib/guide/messages';

const T0 = Date.parse('2026-11-25T10:00:00Z');
let clock = T0;

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  startProgressOwner(() => clock);
});

/** A message as the browser delivers it from tab `tab` (or, without one, an extension page). */
/** Resolves once the owner answered, or at once when it took the message for someone else's. */
function fromTab(tab: number | null, message: unknown, senderId = fakeBrowser.runtime.id): Promise<unknown> {
  return new Promise((resolve) => {
    const sender = { id: senderId, ...(tab === null ? {} : { tab: { id: tab } }) } as Browser.runtime.MessageSender;
    void fakeBrowser.runtime.onMessage
      .trigger(message, sender, (answer: unknown) => resolve(answer))
      .then((answers: unknown[]) => {
        if (!answers.includes(true)) resolve(undefined);
      });
  });
}
const step = (tab: number, id: StepId) =>
  fromTab(tab, { type: 'guide:progress', key: 'progress', event: { kind: 'step', step: id } } satisfies OwnerMessage);
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as Record<string, unknown>;
const settle = () => new Promise((done) => setTimeout(done, 20));

describe('the progress owner', () => {
  it('applies messages from two tabs one at a time: none is lost, whatever order they arrive in', async () => {
    clock = T0;
    await step(1, 'verify-email');
    clock = T0 + 1_000;
    await step(1, 'email-sent');
    // Both tabs report at once, without waiting for each other.
    clock = T0 + 2_000;
    await Promise.all([step(2, 'verify-email'), step(1, 'email-sent'), step(2, 'verify-phone'), step(1, 'mfa-prompt')]);
    const progress = await stored('progress');
    expect(progress).toMatchObject({ version: 1, emailSentAt: T0 + 1_000, lastStep: 'verify-phone' });
    expect(Object.keys(progress.tabs as object).sort()).toEqual(['tab:1', 'tab:2']);
  });

  it('ignores what is not its message or not from this extension', async () => {
    await fromTab(1, { type: 'guide:progress', key: 'progress', event: { kind: 'set', emailSentAt: 0 } });
    await fromTab(1, { type: 'guide:progress', key: 'progress', event: { kind: 'engage' } }, 'another-extension');
    await settle();
    expect(await stored('progress')).toBeUndefined();
  });

  it('changes preferences field by field, dropping bad values', async () => {
    await fromTab(1, { type: 'guide:preferences', change: { dock: 'left' } });
    await fromTab(2, { type: 'guide:preferences', change: { language: 'fr' } });
    await fromTab(2, { type: 'guide:preferences', change: { language: 'ja' } });
    expect(await stored('preferences')).toEqual({
      version: 1,
      collapsed: false,
      dock: 'left',
      language: 'ja',
      offerDismissed: false,
    });
  });

  it('repairs a value written behind its back', async () => {
    await fakeBrowser.storage.local.set({ preferences: { language: 'fr', dock: 'left', junk: 'x'.repeat(1_000) } });
    await settle();
    expect(await stored('preferences')).toEqual({
      version: 1,
      collapsed: false,
      dock: 'left',
      language: 'auto',
      offerDismissed: false,
    });
    await fakeBrowser.storage.local.set({ rehearsalProgress: { engaged: 'yes' } });
    await settle();
    expect(await stored('rehearsalProgress')).toBeUndefined();
  });

  it('answers what is stored, decoded, and repairs a stored value that does not decode to itself first', async () => {
    await fakeBrowser.storage.local.set({
      progress: { version: 1, engaged: 'yes', lastStep: '<img src=x>' },
      preferences: { version: 1, dock: 'left', language: 'fr' },
    });
    const answer = await fromTab(3, { type: 'guide:read', key: 'progress' } satisfies OwnerMessage);
    expect(answer).toEqual({
      progress: expect.objectContaining({ engaged: false, lastStep: null, emailSentAt: null }),
      preferences: { collapsed: false, dock: 'left', language: 'auto', offerDismissed: false },
    });
    expect(await stored('progress')).toBeUndefined();
    expect(await stored('preferences')).toMatchObject({ dock: 'left', language: 'auto' });
  });

  it('answers after the changes sent before the question: a tab reads what it just reported', async () => {
    const reported = step(1, 'verify-email');
    const answer = (await fromTab(1, { type: 'guide:read', key: 'progress' })) as { progress: { lastStep: string } };
    await reported;
    expect(answer.progress.lastStep).toBe('verify-email');
  });
});
