import { describe, expect, it } from 'vitest';
import { pageChanged } from '../../lib/content/page-watcher';

/** Records the mutations `change` makes, as the page watcher's observer would receive them. */
async function mutations(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  change();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe("the page watcher's own-host filter", () => {
  const host = document.createElement('div');
  const inside = document.createElement('p');
  host.append(inside);
  document.documentElement.append(host);

  it('ignores the guide redrawing itself', async () => {
    const records = await mutations(() => {
      inside.textContent = 'ticking countdown';
      inside.setAttribute('data-state', 'open');
      host.dataset.step = 'email-sent';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(pageChanged(records, host)).toBe(false);
  });

  it('ignores the guide putting its own host back', async () => {
    host.remove();
    const records = await mutations(() => document.documentElement.append(host));
    expect(pageChanged(records, host)).toBe(false);
  });

  it('notices the page changing text, attributes or elements', async () => {
    const button = document.createElement('button');
    expect(pageChanged(await mutations(() => document.body.append(button)), host)).toBe(true);
    expect(pageChanged(await mutations(() => button.setAttribute('disabled', '')), host)).toBe(true);
    expect(pageChanged(await mutations(() => (button.textContent = 'Remove')), host)).toBe(true);
    expect(pageChanged(await mutations(() => button.remove()), host)).toBe(true);
  });

  it('notices a page change made in the same batch as a guide redraw', async () => {
    const records = await mutations(() => {
      inside.textContent = 'redrawn';
      document.body.append(document.createElement('h1'));
    });
    expect(pageChanged(records, host)).toBe(true);
  });
});
