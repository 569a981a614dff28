/** Form behaviour both generations share; each draws its own fields. */
import type { FormEvent } from 'react';

/** A submit handler that keeps the form on the page (nothing is ever sent) and hands it to `action`. */
export const submitted = (action: (form: HTMLFormElement) => void) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  action(event.currentTarget);
};

/** The digits typed into the form's field `name` (spaces and dashes people type are dropped). */
export function typedDigits(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement ? field.value.replace(/\D/g, '') : '';
}
