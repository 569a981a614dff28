import * as v from 'valibot';

/** A point in time as stored: whole milliseconds since the epoch. */
export const timestampSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** The output of `schema` for `raw`, or `null` when it does not parse. */
export function parseOrNull<TSchema extends v.GenericSchema>(
  schema: TSchema,
  raw: unknown,
): v.InferOutput<TSchema> | null {
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : null;
}
