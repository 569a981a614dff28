import * as v from 'valibot';
import { STEP_IDS } from '../flow/steps';
import { type OwnerMessage, PROGRESS_KEYS } from '../guide/messages';

/** Any part of the preferences; unknown or bad fields are dropped. */
const preferencesChangeSchema = v.partial(
  v.object({
    collapsed: v.boolean(),
    dock: v.picklist(['left', 'right']),
    language: v.picklist(['auto', 'en', 'ja']),
    offerDismissed: v.boolean(),
  }),
);

const progressEventSchema = v.variant('kind', [
  v.object({ kind: v.literal('step'), step: v.picklist(STEP_IDS) }),
  v.object({ kind: v.picklist(['email-resent', 'engage', 'lost-device-removed', 'start-over']) }),
]);

/** A message as the owner accepts it: anything else is ignored (unknown keys are dropped). */
export const ownerMessageSchema: v.GenericSchema<unknown, OwnerMessage> = v.variant('type', [
  v.object({ type: v.literal('guide:progress'), key: v.picklist(PROGRESS_KEYS), event: progressEventSchema }),
  v.object({ type: v.literal('guide:preferences'), change: preferencesChangeSchema }),
  v.object({ type: v.literal('guide:read'), key: v.picklist(PROGRESS_KEYS) }),
]);
