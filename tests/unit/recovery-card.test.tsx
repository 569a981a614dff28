import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardLanguages, RecoveryCard } from '../../components/card/RecoveryCard';
import { cardEn } from '../../locales/card.en';
import { cardJa } from '../../locales/card.ja';

afterEach(cleanup);

const sheet = (title: string) => screen.getByRole('article', { name: title });

describe('the printable recovery card', () => {
  it('has one sheet per language, the person’s language first', () => {
    render(<RecoveryCard languages={['ja', 'en']} onPrint={() => {}} />);
    const sheets = screen.getAllByRole('article');
    expect(sheets.map((s) => s.getAttribute('lang'))).toEqual(['ja', 'en']);
    expect(screen.getByRole('button').textContent).toBe(cardJa.print);
  });

  it.each([
    ['en', cardEn],
    ['ja', cardJa],
  ] as const)(
    '%s: every step in order, the warnings, the email to look for, the support form and hours, the branches',
    (lang, t) => {
      render(<RecoveryCard languages={[lang]} onPrint={() => {}} />);
      const card = within(sheet(t.title));
      expect(
        within(card.getByRole('region', { name: t.stepsHeading }))
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([...t.steps]);
      const warnings = within(card.getByRole('region', { name: t.warningsHeading })).getAllByRole('listitem');
      expect(warnings.map((item) => item.textContent)).toEqual([...t.warnings]);
      const text = sheet(t.title).textContent ?? '';
      for (const fact of [
        'recover-mfa-no-reply@verify.signin.aws',
        'no-reply-aws@amazon.com',
        'Verify your AWS account root user email address',
        'support.aws.amazon.com/#/contacts/aws-mfa-support',
        '18',
        '15',
        '6',
        '+81',
      ]) {
        expect(text).toContain(fact);
      }
      const branches = card.getByRole('region', { name: t.branchesHeading });
      for (const branch of t.branches) expect(within(branches).getByText(branch.when)).toBeTruthy();
    },
  );

  it('says the press-at-once, 15-minute and English-voice warnings in plain words', () => {
    render(<RecoveryCard languages={['en', 'ja']} onPrint={() => {}} />);
    const en = sheet(cardEn.title).textContent ?? '';
    expect(en).toMatch(/as soon as each page loads/);
    expect(en).toMatch(/about 15 minutes/);
    expect(en).toMatch(/automated voice in English.*keypad/);
    const ja = sheet(cardJa.title).textContent ?? '';
    expect(ja).toMatch(/すぐに押してください/);
    expect(ja).toMatch(/15 分ほど/);
    expect(ja).toMatch(/英語の自動音声.*キーパッド/);
    expect(ja).toMatch(/平日 9 時〜18 時（日本時間）/);
  });

  it('prints when the button is pressed', async () => {
    const onPrint = vi.fn();
    render(<RecoveryCard languages={['en', 'ja']} onPrint={onPrint} />);
    await userEvent.click(screen.getByRole('button', { name: cardEn.print }));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('puts Japanese first for a Japanese browser, English first otherwise', () => {
    expect(cardLanguages(['ja-JP', 'en-US'])).toEqual(['ja', 'en']);
    expect(cardLanguages(['en-GB', 'ja'])).toEqual(['en', 'ja']);
    expect(cardLanguages([])).toEqual(['en', 'ja']);
  });
});
