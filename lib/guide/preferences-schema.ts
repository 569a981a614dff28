/**
 * The stored shape of {@link Preferences}, versioned. Each field falls back on its own: a bad
 * language does not cost the person their chosen side.
 */
import * as v from 'valibot';
import type { Codec } from '../storage/validated-item';
import { DEFAULT_PREFERENCES as D, type Preferences } from './preferences';

export const PREFERENCES_VERSION = 1;

const preferencesSchema = v.fallback(
  v.object({
    collapsed: v.fallback(v.boolean(), D.collapsed),
    dock: v.fallback(v.picklist(['left', 'right']), D.dock),
    language: v.fallback(v.picklist(['auto', 'en', 'ja']), D.language),
    offerDismissed: v.fallback(v.boolean(), D.offerDismissed),
  }),
  D,
);

const isDefault = (preferences: Preferences) =>
  (Object.keys(D) as (keyof Preferences)[]).every((key) => preferences[key] === D[key]);

export const preferencesCodec: Codec<Preferences> = {
  // Unversioned preferences (0.1.0) had the same fields.
  decode: (raw) => v.parse(preferencesSchema, raw),
  encode: (preferences) => (isDefault(preferences) ? null : { version: PREFERENCES_VERSION, ...preferences }),
};
