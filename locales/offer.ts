import type { Language } from '../lib/language';

/**
 * The few words of the "Guide me" offer, apart from the panel's catalogs: the offer loads on every
 * AWS sign-in, the panel's strings only when the guide opens.
 */
export const OFFER_TEXT: Record<Language, { label: string; open: string; dismiss: string }> = {
  en: {
    label: 'AWS MFA recovery guide',
    open: 'Lost your MFA device? Guide me',
    dismiss: 'Hide this suggestion',
  },
  ja: {
    label: 'AWS MFA 復旧ガイド',
    open: 'MFA デバイスをなくしましたか?ガイドを開く',
    dismiss: 'この案内を閉じる',
  },
};
