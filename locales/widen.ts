/**
 * The shape of a catalogue of strings written `as const`: every string literal widened to
 * `string`, every function kept with its parameters, every tuple kept at its length. A translation typed with it must have every
 * key of the original, and nothing else.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };
