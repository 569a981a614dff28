import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_WAIT_MS } from '../../components/use-waiting-for-page';
import { STEP_GUIDANCE } from '../../lib/flow/guidance';
import { EMAIL_LINK_LIFETIME_MS } from '../../lib/guide/progress';
import { highlighted } from '../../lib/guide/store';
import { en } from '../../locales/en';
import { ja } from '../../locales/ja';
import { renderGuide } from './guide-render';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const panel = () => screen.getByRole('complementary', { name: en.guideName });
/** The items of the panel's section named `name`, in order; none when it is not shown. */
const sectionItems = (name: string) => {
  const section = within(panel()).queryByRole('region', { name });
  return section
    ? within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    : [];
};

describe('the panel on each step', () => {
  it.each(
    Object.entries(STEP_GUIDANCE) as [keyof typeof STEP_GUIDANCE, (typeof STEP_GUIDANCE)[keyof typeof STEP_GUIDANCE]][],
  )('%s: says where you are, what to do, its warnings and what comes next', (id, step) => {
    renderGuide({ step: id, progress: { engaged: true } });
    const region = panel();
    expect(within(region).getByTestId('step-title').textContent).toBe(en.steps[id].title);
    const now = within(region).getByRole('region', { name: en.whereYouAre });
    expect(within(now).getByText(en.steps[id].action).tagName).toBe('P');
    expect(sectionItems(en.warningsLabel)).toEqual(step.warnings.map((warning) => en.warnings[warning]));
    const next = within(region).queryByRole('region', { name: en.comesNext });
    expect(next?.querySelector('p')?.textContent ?? null).toBe(step.next ? en.steps[step.next].title : null);
  });

  it('names the element to click, as page text', () => {
    renderGuide({ step: 'verify-email', targetName: '<b>Send verification email</b>' });
    expect(within(panel()).getByText('<b>Send verification email</b>').tagName).toBe('STRONG');
  });

  it('says so when the step has a button but none could be picked out', () => {
    renderGuide({ step: 'verify-phone', targetName: null });
    const now = within(panel()).getByRole('region', { name: en.whereYouAre });
    expect(within(now).getByText(en.notHighlighted).className).toBe('hint');
    expect(within(now).queryByText(`${en.clickThis}:`, { exact: false })).toBeNull();
  });

  it('shows the unrecognised state without a target once the guide is running', () => {
    const { container } = renderGuide({ step: 'unknown', progress: { engaged: true } });
    expect(within(panel()).getByTestId('step-title').textContent).toBe(en.steps.unknown.title);
    expect(within(panel()).queryByText(`${en.clickThis}:`, { exact: false })).toBeNull();
    expect(container.querySelector('[data-role="highlight"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('marks the current stage for assistive technology', () => {
    renderGuide({ step: 'verify-phone' });
    const current = within(panel()).getByRole('list', { name: en.stagesLabel }).querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain(en.stages.phone);
  });
});

describe('not nagging on daily sign-ins', () => {
  it.each(['signin-email', 'signin-password', 'mfa-prompt'] as const)(
    '%s draws no panel (the content script shows only its small offer)',
    (step) => {
      renderGuide({ step, targetName: 'Next' });
      expect(screen.queryByRole('complementary')).toBeNull();
    },
  );

  it('shows nothing on an unrecognised page when the guide was never started', () => {
    renderGuide({ step: 'unknown' });
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens by itself on a recovery page', () => {
    renderGuide({ step: 'mfa-troubleshoot' });
    expect(within(panel()).getByTestId('step-title').textContent).toBe(en.steps['mfa-troubleshoot'].title);
  });
});

describe('the email link countdown', () => {
  it('ticks from when the email was sent and then says to start over', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
    const sentAt = Date.now() - 60_000;
    renderGuide({ step: 'email-sent', progress: { engaged: true, lastStep: 'email-sent', emailSentAt: sentAt } });
    expect(screen.getByRole('timer').textContent).toBe(en.countdownLeft('14:00'));
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByRole('timer').textContent).toBe(en.countdownLeft('12:59'));
    act(() => {
      vi.advanceTimersByTime(EMAIL_LINK_LIFETIME_MS);
    });
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe(en.countdownExpired);
  });

  it('ends on the phone step opened from the email link: the link was used (spec v2 §4)', () => {
    renderGuide({ step: 'verify-phone', progress: { engaged: true, lastStep: 'email-sent', emailSentAt: Date.now() } });
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('is not shown before any email was sent', () => {
    renderGuide({ step: 'verify-email' });
    expect(screen.queryByRole('timer')).toBeNull();
  });
});

describe('preferences', () => {
  it('collapses to a small tab and expands again', () => {
    renderGuide({ step: 'verify-email' });
    fireEvent.click(screen.getByRole('button', { name: en.collapse }));
    expect(screen.queryByText(en.steps['verify-email'].action)).toBeNull();
    expect(screen.getByRole('button', { name: en.expand }).getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: en.expand }));
    expect(within(panel()).getByRole('region', { name: en.whereYouAre }).textContent).toContain(
      en.steps['verify-email'].action,
    );
  });

  it('docks left and right', () => {
    const { saved } = renderGuide({ step: 'verify-email' });
    fireEvent.click(screen.getByRole('button', { name: en.dockLeft }));
    expect(panel().className).toContain('dock-left');
    expect(saved.preferences.at(-1)?.dock).toBe('left');
  });

  it('speaks Japanese when chosen, and marks the text as Japanese', () => {
    renderGuide({ step: 'verify-phone', targetName: 'すぐに連絡を受ける', preferences: { language: 'ja' } });
    const region = screen.getByRole('complementary', { name: ja.guideName });
    expect(region.getAttribute('lang')).toBe('ja');
    expect(within(region).getByRole('region', { name: ja.whereYouAre }).textContent).toContain(
      ja.steps['verify-phone'].action,
    );
    const warnings = within(region).getByRole('region', { name: ja.warningsLabel });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain(ja.warnings['english-voice-keypad']);
  });

  it('switches language from the panel', async () => {
    renderGuide({ step: 'verify-email' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: en.language }), 'ja');
    const region = await screen.findByRole('complementary', { name: ja.guideName });
    expect(region.getAttribute('lang')).toBe('ja');
    expect(within(region).getByTestId('step-title').textContent).toBe(ja.steps['verify-email'].title);
  });

  it('start over forgets the progress', () => {
    const { saved } = renderGuide({ step: 'email-sent', progress: { engaged: true, emailSentAt: Date.now() } });
    fireEvent.click(screen.getByRole('button', { name: en.startOver }));
    expect(saved.progress.at(-1)).toMatchObject({ engaged: false, lastStep: null, emailSentAt: null });
  });
});

describe('help for the branches', () => {
  it.each(Object.keys(en.help) as (keyof typeof en.help)[])('opens "%s" as a page of help and goes back', (topic) => {
    renderGuide({ step: 'verify-phone' });
    fireEvent.click(screen.getByRole('button', { name: en.help[topic].title }));
    const help = within(panel()).getByRole('region', { name: en.help[topic].title });
    expect(help.querySelector('p')?.textContent).toBe(en.help[topic].body);
    fireEvent.click(screen.getByRole('button', { name: en.helpBack }));
    expect(screen.queryByText(en.help[topic].body)).toBeNull();
  });
});

describe('replacing the device', () => {
  it('rings the MFA section until the person says the lost device is gone, then the assign button', () => {
    const section = document.createElement('section');
    const assign = document.createElement('button');
    section.append(assign);
    const { store, saved } = renderGuide({
      step: 'security-credentials',
      region: section,
      progress: { engaged: true },
    });
    expect(highlighted(store.getState())).toBe(section);
    expect(screen.queryByText(en.highlighted, { exact: false })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.replaceDevice.removed }));
    expect(saved.progress.at(-1)?.lostDeviceRemoved).toBe(true);
    // The content script judges the page again with that answer: "Assign MFA device" is the target.
    act(() => {
      store.getState().detected({
        step: 'security-credentials',
        target: assign,
        targetName: 'Assign MFA device',
        region: null,
      });
    });
    expect(highlighted(store.getState())).toBe(assign);
    expect(
      within(panel()).getByRole('region', { name: en.whereYouAre }).querySelector('.click-this')?.textContent,
    ).toBe(`${en.clickThis}: Assign MFA device — ${en.highlighted}`);
    fireEvent.click(screen.getByRole('button', { name: en.replaceDevice.finish }));
    expect(saved.progress.at(-1)).toMatchObject({ engaged: false, lostDeviceRemoved: false, lastStep: null });
  });
});

describe('pieces of the panel that belong to one step', () => {
  it('offers what the English voice says, closed on the phone step and open during the call', () => {
    renderGuide({ step: 'verify-phone', progress: { engaged: true } });
    const before = within(panel()).getByText(en.voiceTranscript.summary).closest('details');
    expect(before?.open).toBe(false);
    cleanup();
    renderGuide({ step: 'phone-call', progress: { engaged: true } });
    const during = within(panel()).getByText(en.voiceTranscript.summary).closest('details');
    expect(during?.open).toBe(true);
  });

  it('shows no transcript away from the phone steps', () => {
    renderGuide({ step: 'verify-email', progress: { engaged: true } });
    expect(within(panel()).queryByText(en.voiceTranscript.summary)).toBeNull();
  });

  it('offers a private copy of an unrecognised page where it says so, and in the footer elsewhere', () => {
    renderGuide({ step: 'unknown', progress: { engaged: true } });
    const now = within(panel()).getByRole('region', { name: en.whereYouAre });
    expect(within(now).getByRole('button', { name: en.redactedCopy.open }).dataset.role).toBe('redacted-copy');
    cleanup();
    renderGuide({ step: 'email-sent', progress: { engaged: true } });
    const buttons = within(panel()).getAllByRole('button', { name: en.redactedCopy.open });
    expect(buttons.map((button) => button.closest('footer') !== null)).toEqual([true]);
  });
});

describe('a page the guide cannot read yet, or cannot read at all', () => {
  it('waits for a loading page before saying it does not recognise it', () => {
    vi.useFakeTimers();
    renderGuide({ step: 'unknown', unknownReason: 'loading', progress: { engaged: true } });
    expect(within(panel()).getByTestId('step-title').textContent).toBe(en.unknownReason.loading);
    expect(within(panel()).queryByRole('button', { name: en.redactedCopy.open })).toBeNull();
    act(() => {
      vi.advanceTimersByTime(PAGE_WAIT_MS + 100);
    });
    expect(within(panel()).getByTestId('step-title').textContent).toBe(en.steps.unknown.title);
  });

  it('says that the browser’s translation hides AWS’s wording', () => {
    renderGuide({ step: 'unknown', unknownReason: 'translated', progress: { engaged: true } });
    const now = within(panel()).getByRole('region', { name: en.whereYouAre });
    expect(now.textContent).toContain(en.unknownReason.translated);
  });

  it('counts the MFA devices the security credentials page lists', () => {
    const fixture = readFileSync(
      resolve(import.meta.dirname, '../fixtures/pages/g3/en/security-credentials.html'),
      'utf8',
    );
    const page = document.createElement('main');
    page.id = 'page';
    page.innerHTML = new DOMParser().parseFromString(fixture, 'text/html').body.innerHTML;
    document.body.append(page);
    renderGuide({ step: 'security-credentials', progress: { engaged: true } });
    expect(within(panel()).getByRole('status').textContent).toBe(en.deviceCount.registered(1));
    document.getElementById('page')?.remove();
  });
});
