/** The API's validation messages sorted by the field they name; `form` holds those naming none of the fields. */
export interface FieldErrors {
  readonly byField: Readonly<Record<string, string[]>>;
  readonly form: readonly string[];
}

export const NO_ERRORS: FieldErrors = { byField: {}, form: [] };

/**
 * class-validator starts each message with the property's name ("retryDelay must not be less
 * than 0", "executorConfig.url must be a string"): that name picks the field.
 */
export function fieldErrorsOf(messages: readonly string[], fields: readonly string[]): FieldErrors {
  const byField: Record<string, string[]> = {};
  const form: string[] = [];
  for (const message of messages) {
    const property = /^([A-Za-z_$][\w$]*)[\s.[]/.exec(message)?.[1];
    if (property && fields.includes(property)) (byField[property] ??= []).push(message);
    else form.push(message);
  }
  return { byField, form };
}
