/** What the copy left out, counted so the person can see it before saving. */
export const REMOVED_KINDS = [
  'fieldValues',
  'emails',
  'numbers',
  'tokens',
  'links',
  'scripts',
  'images',
  'comments',
  'embedded',
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

export type Removed = Record<RemovedKind, number>;

export function emptyRemoved(): Removed {
  return Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, 0])) as Removed;
}
