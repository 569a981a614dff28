import { describe, expect, it } from 'vitest';
import { collapseWhitespace, compact, labelKey } from '../../lib/detector/text';

describe('label comparison', () => {
  it('treats the spaced and unspaced Japanese variants as one label', () => {
    expect(labelKey('確認 E メールの送信')).toBe(labelKey('確認Eメールの送信'));
  });

  it('folds full-width letters and punctuation', () => {
    expect(labelKey('ＭＦＡのトラブルシューティング')).toBe(labelKey('MFAのトラブルシューティング'));
    expect(compact('認証デバイスに問題がありますか？ここをクリック')).toBe(
      compact('認証デバイスに問題がありますか?ここをクリック'),
    );
  });

  it('ignores case, line breaks and trailing arrows, but not inner words', () => {
    expect(labelKey('  Sign in to the\n Console › ')).toBe(labelKey('Sign in to the console'));
    expect(labelKey('Send verification email again')).not.toBe(labelKey('Send verification email'));
  });

  it('collapses whitespace for display', () => {
    expect(collapseWhitespace('  Call\n   me  now ')).toBe('Call me now');
  });
});
