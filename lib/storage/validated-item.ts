import { type StorageItemKey, storage } from '@wxt-dev/storage';

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
  readonly key: StorageItemKey;
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

export function validatedItem<T>(key: StorageItemKey, codec: Codec<T>): ValidatedItem<T> {
  const decodeRaw = (raw: unknown, now: number) => {
    const value = codec.decode(raw, now);
    return { value, needsRepair: !sameJson(codec.encode(value), raw) };
  };
  const write = async (value: T) => {
    const encoded = codec.encode(value);
    await (encoded === null ? storage.removeItem(key) : storage.setItem(key, encoded));
  };
  const read = async (now = Date.now()) => decodeRaw(await storage.getItem<unknown>(key), now);
  return {
    key,
    read,
    getValue: async () => (await read()).value,
    write,
    async repair(now = Date.now()) {
      const { value, needsRepair } = decodeRaw(await storage.getItem<unknown>(key), now);
      // A stored `null` reads like an absent key: removing it again costs nothing if it is absent.
      if (needsRepair || codec.encode(value) === null) await write(value);
      return value;
    },
    watch: (listener) =>
      storage.watch<unknown>(key, (raw) => {
        const { value, needsRepair } = decodeRaw(raw, Date.now());
        listener(value, needsRepair);
      }),
  };
}
