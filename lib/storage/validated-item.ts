import { browser } from 'wxt/browser';

/**
 * How one stored key is read and written. Storage is input: another version of the extension,
 * a crash mid-write or a person with devtools can leave anything there, so every read decodes.
 */
export interface Codec<T> {
  /** What a stored value means at `now`: the default for anything that does not parse. */
  decode(raw: unknown, now: number): T;
  /** What is stored for `value`, or `null` to remove the key (the default needs no storage). */
  encode(value: T): unknown;
}

export interface ValidatedItem<T> {
  /** Its name in `storage.local`. */
  readonly key: string;
  /** The decoded value, and whether the stored one differs from what it decodes to. */
  read(now?: number): Promise<{ value: T; needsRepair: boolean }>;
  getValue(): Promise<T>;
  /** Stores `value` (removes the key when it encodes to `null`). */
  write(value: T): Promise<void>;
  /** Rewrites a stored value that is not exactly what it decodes to; the decoded value. */
  repair(now?: number): Promise<T>;
  /** Calls `listener` with every new decoded value until the returned function is called. */
  watch(listener: (value: T, needsRepair: boolean) => void): () => void;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

// `storage.local` directly rather than @wxt-dev/storage, which reads an absent key and a stored
// `null` alike: a stored `null` is never ours and must be repaired.
const local = () => browser.storage.local;

export function validatedItem<T>(key: string, codec: Codec<T>): ValidatedItem<T> {
  const decodeRaw = (raw: unknown, now: number) => {
    const value = codec.decode(raw, now);
    // A stored `null` is never written by us (the default is an absent key): it needs repair too.
    return { value, needsRepair: raw === null || !sameJson(codec.encode(value), raw) };
  };
  const write = async (value: T) => {
    const encoded = codec.encode(value);
    await (encoded === null ? local().remove(key) : local().set({ [key]: encoded }));
  };
  const stored = async () => (await local().get(key))[key];
  const read = async (now = Date.now()) => decodeRaw(await stored(), now);
  return {
    key,
    read,
    getValue: async () => (await read()).value,
    write,
    async repair(now = Date.now()) {
      const { value, needsRepair } = decodeRaw(await stored(), now);
      if (needsRepair) await write(value);
      return value;
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'local' || !(key in changes)) return;
        const { value, needsRepair } = decodeRaw(changes[key]?.newValue, Date.now());
        listener(value, needsRepair);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
