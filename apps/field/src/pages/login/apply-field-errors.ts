import { fieldErrors } from '../../api/error-message';

interface SettableForm {
  setFields(fields: { name: string; errors: string[] }[]): void;
}

/** Puts the server's field errors under the matching inputs; returns whether any matched. */
export function applyFieldErrors(form: SettableForm, err: unknown, fieldNames: readonly string[]): boolean {
  const errors = fieldErrors(err);
  const matched = fieldNames.filter((name) => errors[name]);
  form.setFields(matched.map((name) => ({ name, errors: [errors[name]!] })));
  return matched.length > 0;
}
