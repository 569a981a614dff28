import type { LanguageChoice } from '../language';

export type Dock = 'left' | 'right';

export interface Preferences {
  collapsed: boolean;
  dock: Dock;
  language: LanguageChoice;
  /** The "Lost your MFA device?" tab on ordinary sign-in pages was dismissed. */
  offerDismissed: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  collapsed: false,
  dock: 'right',
  language: 'auto',
  offerDismissed: false,
};
