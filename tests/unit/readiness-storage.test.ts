import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NOT_READY, parseReadiness, readinessStorage } from '../../lib/guide/readiness';

// tests/unit/setup.ts installs the fake extension API that @wxt-dev/storage writes to.
const KEY = 'readiness';
const stored = async () => (await fakeBrowser.storage.local.get(KEY))[KEY];
const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);

beforeEach(() => fakeBrowser.reset());

describe('the readiness ticks in storage.local', () => {
  it('starts with nothing ticked and writes nothing until the person ticks', async () => {
    expect(await readinessStorage.load()).toEqual(NOT_READY);
    expect(await stored()).toBeUndefined();
  });

  it('keeps what the person ticked, under local:readiness, as four booleans only', async () => {
    await readinessStorage.save({ ...NOT_READY, phone: true, rehearsed: true });
    expect(await stored()).toEqual({ email: false, phone: true, spareDevice: false, rehearsed: true });
    expect(await readinessStorage.load()).toEqual({ ...NOT_READY, phone: true, rehearsed: true });
  });

  it.each([
    ['a string', 'ready'],
    ['a number', 42],
    ['an array', [true, true, true, true]],
    ['an empty object', {}],
  ])('reads %s as nothing ticked, and repairs the stored value', async (_, hostile) => {
    await fakeBrowser.storage.local.set({ [KEY]: hostile });
    expect(await readinessStorage.load()).toEqual(NOT_READY);
    expect(await stored()).toEqual(NOT_READY);
  });

  it('keeps valid ticks, unticks non-booleans and drops unknown keys', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { email: true, phone: 'yes', spareDevice: 1, rehearsed: true, phoneNumber: '+819012345678' },
    });
    const expected = { email: true, phone: false, spareDevice: false, rehearsed: true };
    expect(await readinessStorage.load()).toEqual(expected);
    expect(await stored()).toEqual(expected);
  });

  it('does not keep a 5 MB field, whether in a known key or an unknown one', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { ...NOT_READY, email: FIVE_MB, padding: FIVE_MB, phone: true } });
    expect(await readinessStorage.load()).toEqual({ ...NOT_READY, phone: true });
    expect(JSON.stringify(await stored()).length).toBeLessThan(100);
  });

  it('refuses to write anything but the four booleans', async () => {
    const smuggled = { ...NOT_READY, note: 'root password' } as unknown as typeof NOT_READY;
    await expect(readinessStorage.save(smuggled)).rejects.toThrow();
    expect(await stored()).toBeUndefined();
  });

  it('tells a watching popup what another one ticked, parsed the same way', async () => {
    const seen: unknown[] = [];
    const unwatch = readinessStorage.watch((readiness) => seen.push(readiness));
    await fakeBrowser.storage.local.set({ [KEY]: { ...NOT_READY, spareDevice: true } });
    await fakeBrowser.storage.local.set({ [KEY]: 'garbage' });
    unwatch();
    await vi.waitFor(() => expect(seen).toEqual([{ ...NOT_READY, spareDevice: true }, NOT_READY]));
  });
});

describe('parseReadiness', () => {
  it('says a value needs no repair only when it is exactly four booleans', () => {
    expect(parseReadiness({ ...NOT_READY, email: true }).repaired).toBe(false);
    expect(parseReadiness(null).repaired).toBe(false);
    expect(parseReadiness({ ...NOT_READY, extra: false }).repaired).toBe(true);
    expect(parseReadiness({ email: true }).repaired).toBe(true);
  });
});
