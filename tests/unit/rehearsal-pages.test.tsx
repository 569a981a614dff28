import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rehearsalEn } from '../../locales/rehearsal.en';
import { rehearsalJa } from '../../locales/rehearsal.ja';
import { CONSOLE_TEXT, G3_TEXT, G4_TEXT, PRACTICE_ACCOUNT } from '../../rehearsal/model/aws-text';
import { SMS_SENDER, smsText, VERIFICATION_MAIL, VOICE_LINES } from '../../rehearsal/model/mail-and-phone';
import type { AwsRoute, RehearsalGen, RehearsalLang } from '../../rehearsal/model/routes';
import {
  answerCall,
  beginRecovery,
  newSession,
  openEmailLink,
  PRESS_WINDOW_MS,
  type RehearsalSession,
  sendEmail,
  startPhoneVerification,
} from '../../rehearsal/model/session';
import { createRehearsalStore, type RehearsalStore } from '../../rehearsal/session-store';
import { ConsolePage } from '../../rehearsal/ui/ConsolePage';
import { type BannerNote, RehearsalContext, type RehearsalContextValue } from '../../rehearsal/ui/context';
import { G3Recovery } from '../../rehearsal/ui/G3Pages';
import { G4IamSignIn, G4Recovery } from '../../rehearsal/ui/G4Pages';
import { Mailbox } from '../../rehearsal/ui/Mailbox';
import { Phone } from '../../rehearsal/ui/Phone';
import { PracticeBanner } from '../../rehearsal/ui/PracticeBanner';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  location.hash = '';
});

// The pages read the clock (Date.now) themselves: the practice happens now.
const T0 = Date.now();

function practice(session: RehearsalSession) {
  const store = createRehearsalStore(
    { load: async () => null, save: () => {}, watch: () => () => {} },
    session,
    new AbortController().signal,
  );
  const notes: (BannerNote | null)[] = [];
  const value: RehearsalContextValue = {
    store,
    signal: new AbortController().signal,
    setNote: (note) => notes.push(note),
    newToken: () => 'PRACTICE-next',
    newCode: () => '135790',
    newId: () => 'attempt-2',
  };
  const wrap = (children: ReactNode) => <RehearsalContext.Provider value={value}>{children}</RehearsalContext.Provider>;
  return { store, notes, wrap };
}

const route = (lang: RehearsalLang, gen: RehearsalGen, screen: AwsRoute['screen'] = 'recovery', token = '') =>
  ({ kind: 'aws', lang, gen, screen, token: screen === 'link' ? token : null }) as AwsRoute;

const begun = () => beginRecovery(newSession('s', T0), 'attempt-1', T0);
const sent = (token = 'PRACTICE-tok') => sendEmail(begun(), token, T0);
const verified = () => openEmailLink(sent(), 'PRACTICE-tok', T0 + 1000).session;

const attempt = (store: RehearsalStore) => store.getState().session.attempt;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const headings = () => screen.getAllByRole('heading').map((heading) => heading.textContent);

describe('the G3 “alternative factors” page', () => {
  const r = G3_TEXT.en.recovery;

  it('sends the email from step 1, and then says it was sent and offers to resend it', () => {
    const { store, wrap } = practice(begun());
    render(wrap(<G3Recovery route={route('en', 'g3')} />));
    expect(button(r.call).disabled).toBe(true);
    fireEvent.click(button(r.send));
    expect(attempt(store)?.emailToken).toBe('PRACTICE-next');
    expect(screen.getByRole('main').textContent).toContain(r.sentBadge);
    expect(button(r.resend).disabled).toBe(false);
    expect(screen.queryByRole('button', { name: r.send })).toBeNull();
  });

  it('times out when “Send verification email” waits a minute: AWS’s error and one way back, “Sign in”', () => {
    vi.useFakeTimers();
    const { wrap, notes } = practice(begun());
    render(wrap(<G3Recovery route={route('en', 'g3')} />));
    act(() => void vi.advanceTimersByTime(PRESS_WINDOW_MS - 1));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(screen.getByRole('alert').textContent).toBe(`${r.timedOut.title}${r.timedOut.help}`);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [r.startOver, '#/en/g3/signin'],
    ]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(notes.at(-1)).toBe('timed-out');
  });

  it('does not time out once the button was pressed in time', () => {
    vi.useFakeTimers();
    const { wrap } = practice(begun());
    render(wrap(<G3Recovery route={route('ja', 'g3')} />));
    act(() => void vi.advanceTimersByTime(PRESS_WINDOW_MS / 2));
    fireEvent.click(button(G3_TEXT.ja.recovery.send));
    act(() => void vi.advanceTimersByTime(PRESS_WINDOW_MS * 2));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('verifies the email when the link is opened in time, then calls and shows the code', () => {
    // Each link is judged once per page load: every test opens a link of its own.
    const { store, wrap } = practice(sent('PRACTICE-fresh'));
    render(wrap(<G3Recovery route={route('en', 'g3', 'link', 'PRACTICE-fresh')} />));
    expect(screen.getByRole('main').textContent).toContain(r.emailVerified);
    fireEvent.click(button(r.call));
    expect(attempt(store)?.phone?.code).toBe('135790');
    expect(screen.getByRole('main').textContent).toContain('135790');
    expect(button(r.call).disabled).toBe(true);
  });

  it('shows the Japanese code digit by digit, and the “no longer valid” page for a used link', () => {
    const { wrap } = practice(startPhoneVerification(verified(), 'voice', '905316', T0 + 2000));
    render(wrap(<G3Recovery route={route('ja', 'g3')} />));
    expect(Array.from(document.getElementById('phone_pin')?.children ?? [], (digit) => digit.textContent)).toEqual([
      '9',
      '0',
      '5',
      '3',
      '1',
      '6',
    ]);
    cleanup();
    render(wrap(<G3Recovery route={route('ja', 'g3', 'link', 'PRACTICE-tok')} />));
    // 'PRACTICE-tok' was already used by verified(): AWS says the link is no longer valid.
    const t = G3_TEXT.ja.recovery;
    expect(screen.getByRole('alert').textContent).toBe(`${t.linkInvalid.title}${t.linkInvalid.help}`);
    expect(screen.getByRole('link').textContent).toBe(t.startOver);
  });
});

describe('the G4 sign-in app', () => {
  it('opens on the IAM user form; the root user’s way is the link under it', () => {
    const { wrap } = practice(newSession('s', T0));
    render(wrap(<G4IamSignIn route={route('en', 'g4', 'signin')} />));
    const s = G4_TEXT.en.iamSignIn;
    expect(headings()).toEqual([s.heading]);
    for (const label of [s.account, s.userName, s.password]) expect(screen.getByLabelText(label).tagName).toBe('INPUT');
    const root = screen.getByRole('link', { name: s.rootLink });
    expect(root.getAttribute('href')).toBe('#/en/g4/signin-root');
    expect(root.dataset.testid).toBe('not-sign-in-with-iam');
  });
});

describe('the G4 “alternative factors” page', () => {
  const r = G4_TEXT.en.recovery;

  it('sends the email by itself when opened, the phone buttons disabled until it is verified', () => {
    const { store, wrap } = practice(newSession('s', T0));
    render(wrap(<G4Recovery route={route('en', 'g4')} />));
    expect(attempt(store)?.emailToken).toBe('PRACTICE-next');
    expect(screen.getByRole('main').textContent).toContain(r.sentBadge);
    expect([button(r.sms).disabled, button(r.voice).disabled]).toEqual([true, true]);
  });

  it('after “SMS text”: asks for the texted code; a wrong one is refused, the right one verifies the phone', () => {
    const { store, wrap } = practice(verified());
    render(wrap(<G4Recovery route={route('en', 'g4')} />));
    fireEvent.click(button(r.sms));
    expect(attempt(store)?.phone?.channel).toBe('sms');
    expect(screen.getByRole('main').textContent).toContain(r.smsSent);
    const field = screen.getByLabelText(r.smsCode) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '000000' } });
    fireEvent.click(button(r.smsVerify));
    expect(screen.getByRole('alert').textContent).toBe(r.smsWrong);
    fireEvent.input(field, { target: { value: '135 790' } });
    fireEvent.click(button(r.smsVerify));
    expect(screen.queryByLabelText(r.smsCode)).toBeNull();
    expect(screen.getByRole('main').textContent).toContain(r.phoneVerified);
    expect(button(r.signInToConsole).disabled).toBe(false);
  });

  it('times out when the phone buttons wait a minute; the way back is “Start over”', () => {
    vi.useFakeTimers();
    const { wrap } = practice(verified());
    render(wrap(<G4Recovery route={route('en', 'g4')} />));
    act(() => void vi.advanceTimersByTime(PRESS_WINDOW_MS));
    expect(screen.getByRole('alert').textContent).toBe(`${r.timedOut.title}${r.timedOut.help}`);
    expect(screen.getByRole('link').textContent).toBe(r.startOver);
    expect(screen.queryByRole('button', { name: r.sms })).toBeNull();
  });
});

describe('the security credentials page', () => {
  it.each(['en', 'ja'] as const)('%s: select the lost device, Remove, confirm, and only Assign is left', (lang) => {
    const t = CONSOLE_TEXT[lang];
    const { wrap } = practice(verified());
    render(wrap(<ConsolePage route={route(lang, 'g3', 'console')} />));
    const mfa = within(screen.getByRole('region', { name: t.mfaHeading(1) }));
    const remove = () => mfa.getByRole('button', { name: t.remove }) as HTMLButtonElement;
    const resync = () => mfa.getByRole('button', { name: t.resync }) as HTMLButtonElement;
    expect([remove().disabled, resync().disabled]).toEqual([true, true]);

    fireEvent.click(mfa.getByRole('radio', { name: t.selectRow(PRACTICE_ACCOUNT.lostDevice) }));
    expect([remove().disabled, resync().disabled]).toEqual([false, false]);

    fireEvent.click(remove());
    const dialog = within(screen.getByRole('dialog', { name: t.removeTitle }));
    expect(screen.getByRole('dialog').textContent).toContain(t.removeBody(PRACTICE_ACCOUNT.lostDevice));
    fireEvent.click(dialog.getByRole('button', { name: t.remove }));

    expect(screen.queryByRole('dialog')).toBeNull();
    const emptied = within(screen.getByRole('region', { name: t.mfaHeading(0) }));
    expect(emptied.getByRole('table').textContent).toContain(t.noDevices);
    expect(emptied.queryByRole('radio')).toBeNull();
    expect((emptied.getByRole('button', { name: t.remove }) as HTMLButtonElement).disabled).toBe(true);
    expect((emptied.getByRole('button', { name: t.assign }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(t.removed);
  });
});

describe('the practice phone', () => {
  it('rings, speaks English (with a Japanese gloss), and takes the 6 digits on its keypad', () => {
    const { store, wrap } = practice(startPhoneVerification(verified(), 'voice', '482915', T0 + 2000));
    render(wrap(<Phone lang="ja" />));
    const t = rehearsalJa.phone;
    expect(screen.getByRole('status').textContent).toBe(t.incoming);
    fireEvent.click(button(t.answer));
    const voice = () => screen.getByRole('blockquote').textContent;
    expect(voice()).toBe(VOICE_LINES.greeting);
    expect(screen.getByText(t.gloss.greeting).tagName).toBe('P');
    for (const digit of '482916') fireEvent.click(button(digit));
    expect(voice()).toBe(VOICE_LINES.wrong);
    for (const digit of '482915') fireEvent.click(button(digit));
    expect(voice()).toBe(VOICE_LINES.thanks);
    expect(attempt(store)?.phoneVerifiedAt).not.toBeNull();
    expect(screen.queryByRole('button', { name: '4' })).toBeNull();
  });

  it('ends the call as failed when hung up', () => {
    const calling = answerCall(startPhoneVerification(verified(), 'voice', '482915', T0 + 2000), T0 + 3000);
    const { store, wrap } = practice(calling);
    render(wrap(<Phone lang="en" />));
    fireEvent.click(button(rehearsalEn.phone.hangUp));
    expect(attempt(store)?.phoneFailedAt).not.toBeNull();
    expect(screen.getByRole('main').textContent).toContain(rehearsalEn.phone.ended);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows AWS’s text message after “SMS text”', () => {
    const { wrap } = practice(startPhoneVerification(verified(), 'sms', '730164', T0 + 2000));
    render(wrap(<Phone lang="en" />));
    expect(headings()).toEqual([rehearsalEn.phone.title, rehearsalEn.phone.messages]);
    expect(screen.getByRole('main').textContent).toContain(`${SMS_SENDER}${smsText('730164')}`);
  });

  it('is quiet when nothing calls', () => {
    const { wrap } = practice(sent());
    render(wrap(<Phone lang="en" />));
    expect(screen.getByRole('main').textContent).toBe(`${rehearsalEn.phone.title}${rehearsalEn.phone.idle}`);
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
    expect(screen.getByRole('article').textContent).toContain(
      `${VERIFICATION_MAIL.fromName} <${VERIFICATION_MAIL.fromAddress}>`,
    );
    const link = screen.getByRole('link', { name: VERIFICATION_MAIL.link });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('href')).toMatch(/#\/en\/g3\/link\/PRACTICE-newer$/);
  });

  it('says so when it is empty', () => {
    const { wrap } = practice(begun());
    render(wrap(<Mailbox lang="ja" gen="g3" />));
    expect(screen.getByRole('region', { name: rehearsalJa.mailbox.messages }).textContent).toBe(
      rehearsalJa.mailbox.empty,
    );
  });
});

describe('the practice banner', () => {
  it('marks the page as practice, offers the mailbox and the phone, and makes its remark', () => {
    render(<PracticeBanner route={route('en', 'g3')} messages={rehearsalEn} note="timed-out" />);
    const banner = within(screen.getByRole('region', { name: rehearsalEn.banner.label }));
    expect(screen.getByRole('region', { name: rehearsalEn.banner.label }).textContent).toContain(
      rehearsalEn.banner.text,
    );
    expect(banner.getAllByRole('button').map((tool) => tool.textContent)).toEqual([
      rehearsalEn.banner.mailbox,
      rehearsalEn.banner.phone,
    ]);
    expect(banner.getByRole('status').textContent).toBe(rehearsalEn.banner.timedOut(60));
  });

  it('is in the page’s language on the start screen too, without the tools', () => {
    render(<PracticeBanner route={{ kind: 'start', lang: 'ja' }} messages={rehearsalJa} note={null} />);
    const banner = screen.getByRole('region', { name: rehearsalJa.banner.label });
    expect(banner.textContent).toContain(rehearsalJa.banner.text);
    expect(within(banner).queryByRole('button')).toBeNull();
  });
});
