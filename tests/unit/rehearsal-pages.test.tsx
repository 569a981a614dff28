import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BannerNote, RehearsalContext, type RehearsalContextValue } from '../../components/rehearsal/context';
import { G3Recovery } from '../../components/rehearsal/G3Pages';
import { G4Recovery } from '../../components/rehearsal/G4Pages';
import { Mailbox } from '../../components/rehearsal/Mailbox';
import { Phone } from '../../components/rehearsal/Phone';
import { PracticeBanner } from '../../components/rehearsal/PracticeBanner';
import { G3_TEXT, G4_TEXT } from '../../lib/rehearsal/aws-text';
import { VERIFICATION_MAIL, VOICE_LINES } from '../../lib/rehearsal/messages';
import type { AwsRoute, RehearsalGen, RehearsalLang } from '../../lib/rehearsal/routes';
import {
  answerCall,
  beginRecovery,
  newSession,
  openEmailLink,
  PRESS_WINDOW_MS,
  type RehearsalSession,
  sendEmail,
  startPhoneVerification,
} from '../../lib/rehearsal/session';
import { createSessionStore, type SessionStore } from '../../lib/rehearsal/store';
import { rehearsalEn } from '../../locales/rehearsal.en';
import { rehearsalJa } from '../../locales/rehearsal.ja';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  location.hash = '';
});

// The pages read the clock (Date.now) themselves: the practice happens now.
const T0 = Date.now();

function practice(session: RehearsalSession) {
  const store = createSessionStore({ load: async () => null, save: () => {}, watch: () => () => {} }, session);
  const notes: (BannerNote | null)[] = [];
  const value: RehearsalContextValue = {
    store,
    setNote: (note) => notes.push(note),
    newToken: () => 'PRACTICE-next',
    newCode: () => '135790',
    newId: () => 'attempt-2',
  };
  const wrap = (children: ReactNode) => <RehearsalContext.Provider value={value}>{children}</RehearsalContext.Provider>;
  return { store, notes, wrap };
}

const recovery = (lang: RehearsalLang, gen: RehearsalGen, screen: 'recovery' | 'link' = 'recovery', token = '') =>
  ({ kind: 'aws', lang, gen, screen, token: screen === 'link' ? token : null }) as AwsRoute;

const begun = () => beginRecovery(newSession('s', T0), 'attempt-1', T0);
const sent = (token = 'PRACTICE-tok') => sendEmail(begun(), token, T0);
const verified = () => openEmailLink(sent(), 'PRACTICE-tok', T0 + 1000).session;

function latest(store: SessionStore) {
  return store.get().attempt;
}

describe('the G3 “alternative factors” page', () => {
  it('sends the email from step 1, and shows that it was sent', () => {
    const { store, wrap } = practice(begun());
    render(wrap(<G3Recovery route={recovery('en', 'g3')} />));
    const r = G3_TEXT.en.recovery;
    expect((screen.getByRole('button', { name: r.call }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: r.send }));
    expect(latest(store)?.emailToken).toBe('PRACTICE-next');
    expect(screen.getByText(r.sentBadge)).toBeTruthy();
    expect(screen.getByRole('button', { name: r.resend })).toBeTruthy();
    expect(screen.queryByRole('button', { name: r.send })).toBeNull();
  });

  it('errors when “Send verification email” waits a minute, and points back to sign-in', () => {
    vi.useFakeTimers();
    const { wrap, notes } = practice(begun());
    render(wrap(<G3Recovery route={recovery('en', 'g3')} />));
    const r = G3_TEXT.en.recovery;
    act(() => void vi.advanceTimersByTime(PRESS_WINDOW_MS - 1));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(r.timedOut)).toBeTruthy();
    expect(within(alert).getByRole('link', { name: r.signInPage }).getAttribute('href')).toBe('#/en/g3/signin');
    expect(screen.queryByRole('button', { name: r.send })).toBeNull();
    expect(notes.at(-1)).toEqual({ kind: 'timed-out' });
  });

  it('does not error once the button was pressed in time', () => {
    vi.useFakeTimers();
    const { wrap } = practice(begun());
    render(wrap(<G3Recovery route={recovery('ja', 'g3')} />));
    act(() => void vi.advanceTimersByTime(PRESS_WINDOW_MS / 2));
    fireEvent.click(screen.getByRole('button', { name: G3_TEXT.ja.recovery.send }));
    act(() => void vi.advanceTimersByTime(PRESS_WINDOW_MS * 2));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('verifies the email when the link is opened in time, then offers the call', () => {
    // Each link is judged once per page load: every test opens a link of its own.
    const { store, wrap } = practice(sent('PRACTICE-fresh'));
    render(wrap(<G3Recovery route={recovery('en', 'g3', 'link', 'PRACTICE-fresh')} />));
    const r = G3_TEXT.en.recovery;
    expect(screen.getByText(r.emailVerified)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: r.call }));
    expect(latest(store)?.phone?.code).toBe('135790');
    expect(screen.getByText('135790')).toBeTruthy();
  });

  it('shows the split Japanese code and the “no longer valid” page for a used link', () => {
    const session = startPhoneVerification(verified(), 'voice', '905316', T0 + 2000);
    const { wrap } = practice(session);
    render(wrap(<G3Recovery route={recovery('ja', 'g3')} />));
    expect(document.getElementById('phone_pin')?.children).toHaveLength(6);
    cleanup();
    render(wrap(<G3Recovery route={recovery('ja', 'g3', 'link', 'PRACTICE-tok')} />));
    // 'PRACTICE-tok' was already used by verified(): AWS says the link is no longer valid.
    expect(within(screen.getByRole('alert')).getByText(G3_TEXT.ja.recovery.linkInvalid)).toBeTruthy();
  });
});

describe('the G4 “alternative factors” page', () => {
  it('sends the email by itself when opened directly', () => {
    const { store, wrap } = practice(newSession('s', T0));
    render(wrap(<G4Recovery route={recovery('en', 'g4')} />));
    expect(latest(store)?.emailToken).toBe('PRACTICE-next');
    expect(screen.getByText(G4_TEXT.en.recovery.sentBadge)).toBeTruthy();
  });

  it('takes the texted code on the page after “SMS text”', () => {
    const { store, wrap } = practice(verified());
    render(wrap(<G4Recovery route={recovery('en', 'g4')} />));
    const r = G4_TEXT.en.recovery;
    fireEvent.click(screen.getByRole('button', { name: r.sms }));
    const field = screen.getByLabelText(r.smsCode) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: r.smsVerify }));
    expect(screen.getByText(r.smsWrong)).toBeTruthy();
    fireEvent.input(field, { target: { value: '135 790' } });
    fireEvent.click(screen.getByRole('button', { name: r.smsVerify }));
    expect(latest(store)?.phoneVerifiedAt).not.toBeNull();
    expect(screen.getByRole('button', { name: r.signInToConsole })).toBeTruthy();
  });
});

describe('the practice phone', () => {
  it('rings, speaks English, and takes the 6 digits on its keypad', () => {
    const { store, wrap } = practice(startPhoneVerification(verified(), 'voice', '482915', T0 + 2000));
    render(wrap(<Phone lang="ja" />));
    const t = rehearsalJa.phone;
    fireEvent.click(screen.getByRole('button', { name: t.answer }));
    expect(screen.getByText(VOICE_LINES.greeting)).toBeTruthy();
    expect(screen.getByText(t.gloss.greeting)).toBeTruthy();
    for (const digit of '482916') fireEvent.click(screen.getByRole('button', { name: digit }));
    expect(screen.getByText(VOICE_LINES.wrong)).toBeTruthy();
    for (const digit of '482915') fireEvent.click(screen.getByRole('button', { name: digit }));
    expect(screen.getByText(VOICE_LINES.thanks)).toBeTruthy();
    expect(latest(store)?.phoneVerifiedAt).not.toBeNull();
    expect(screen.queryByRole('button', { name: '4' })).toBeNull();
  });

  it('ends the call as failed when hung up', () => {
    const calling = answerCall(startPhoneVerification(verified(), 'voice', '482915', T0 + 2000), T0 + 3000);
    const { store, wrap } = practice(calling);
    render(wrap(<Phone lang="en" />));
    fireEvent.click(screen.getByRole('button', { name: rehearsalEn.phone.hangUp }));
    expect(latest(store)?.phoneFailedAt).not.toBeNull();
    expect(screen.getByText(rehearsalEn.phone.ended)).toBeTruthy();
  });

  it('is quiet when nothing calls', () => {
    const { wrap } = practice(sent());
    render(wrap(<Phone lang="en" />));
    expect(screen.getByText(rehearsalEn.phone.idle)).toBeTruthy();
  });
});

describe('the practice mailbox', () => {
  it('lists the verification mails newest first and opens the link in a new tab', () => {
    const twice = sendEmail(sent(), 'PRACTICE-newer', T0 + 5000);
    const { wrap } = practice(twice);
    render(wrap(<Mailbox lang="en" gen="g3" />));
    const rows = screen.getAllByRole('button', { name: new RegExp(VERIFICATION_MAIL.subject) });
    expect(rows).toHaveLength(2);
    fireEvent.click(rows[0] as HTMLElement);
    expect(screen.getByText(`${VERIFICATION_MAIL.fromName} <${VERIFICATION_MAIL.fromAddress}>`)).toBeTruthy();
    const link = screen.getByRole('link', { name: VERIFICATION_MAIL.link });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('href')).toMatch(/#\/en\/g3\/link\/PRACTICE-newer$/);
  });

  it('says so when it is empty', () => {
    const { wrap } = practice(begun());
    render(wrap(<Mailbox lang="ja" gen="g3" />));
    expect(screen.getByText(rehearsalJa.mailbox.empty)).toBeTruthy();
  });
});

describe('the practice banner', () => {
  it('marks the page as practice, offers the mailbox and the phone, and makes its remark', () => {
    const route = recovery('en', 'g3');
    render(<PracticeBanner route={route} messages={rehearsalEn} note={{ kind: 'timed-out' }} />);
    const banner = screen.getByRole('region', { name: rehearsalEn.banner.label });
    expect(banner.textContent).toContain(rehearsalEn.banner.text);
    expect(within(banner).getByRole('button', { name: rehearsalEn.banner.mailbox })).toBeTruthy();
    expect(within(banner).getByRole('button', { name: rehearsalEn.banner.phone })).toBeTruthy();
    expect(within(banner).getByRole('status').textContent).toBe(rehearsalEn.banner.timedOut(60));
  });

  it('is in the page’s language on the start screen too, without the tools', () => {
    render(<PracticeBanner route={{ kind: 'start', lang: 'ja' }} messages={rehearsalJa} note={null} />);
    const banner = screen.getByRole('region', { name: rehearsalJa.banner.label });
    expect(banner.textContent).toContain(rehearsalJa.banner.text);
    expect(within(banner).queryByRole('button')).toBeNull();
  });
});
