/**
 * The one writer of everything the guide stores. Tabs and the popup send events; the owner
 * applies them one at a time to what is stored, with its own clock and the sender's tab, so no
 * interleaving of tabs loses or rewinds anything. Anything stored behind its back is repaired.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { GuideSnapshot, OwnerMessage } from '../guide/messages';
import { applyProgressEvent } from '../guide/progress';
import { preferencesItem, storedProgress } from '../guide/storage';
import type { ValidatedItem } from '../storage/validated-item';
import { ownerMessageSchema } from './owner-messages';

type Sender = { id?: string; tab?: { id?: number } };

const ITEMS_BY_STORAGE_NAME = new Map<string, ValidatedItem<unknown>>(
  [...Object.values(storedProgress), preferencesItem].map((item) => [item.key, item]),
);

/** Which tab reported: progress remembers each tab's step; the popup and extension pages share one name. */
function tabName(sender: Sender): string {
  return sender.tab?.id === undefined ? 'extension' : `tab:${sender.tab.id}`;
}

/** Applies a change (answering `null`), or answers what is stored, repaired first if it needs it. */
async function apply(message: OwnerMessage, sender: Sender, now: number): Promise<GuideSnapshot | null> {
  switch (message.type) {
    case 'guide:progress': {
      const item = storedProgress[message.key];
      const { value } = await item.read(now);
      const next = applyProgressEvent(value, message.event, tabName(sender), now);
      if (next !== value) await item.write(next);
      return null;
    }
    case 'guide:preferences': {
      const { value } = await preferencesItem.read(now);
      await preferencesItem.write({ ...value, ...message.change });
      return null;
    }
    case 'guide:read':
      return {
        progress: await storedProgress[message.key].repair(now),
        preferences: await preferencesItem.repair(now),
      };
  }
}

async function repair(items: Iterable<ValidatedItem<unknown>>, now: number): Promise<void> {
  for (const item of items) await item.repair(now);
}

/** Registers the owner's listeners; call once, synchronously, when the background starts. */
export function startProgressOwner(now: () => number = Date.now): void {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>) => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Sender, sendResponse: (answer: GuideSnapshot | null) => void) => {
      const parsed = v.safeParse(ownerMessageSchema, message);
      if (!parsed.success || sender.id !== browser.runtime.id) return false;
      serially(() => apply(parsed.output, sender, now())).then(sendResponse, () => sendResponse(null));
      return true;
    },
  );

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const changed = Object.keys(changes).flatMap((name) => ITEMS_BY_STORAGE_NAME.get(name) ?? []);
    if (changed.length > 0) void serially(() => repair(changed, now()));
  });

  // Whatever was left from before (another version's shape, a day-old attempt) is settled now.
  void serially(() => repair(ITEMS_BY_STORAGE_NAME.values(), now()));
}
