// Reading a submitted form as text: the one place FormData becomes strings.

/** The named fields of a form, as strings (a missing or file field reads as ""). */
export function readForm<K extends string>(form: FormData, fields: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const f of fields) {
    const v = form.get(f);
    out[f] = typeof v === "string" ? v : "";
  }
  return out;
}

/**
 * What a form sent, as text: every string field by name (the last value of a repeated one), files and
 * password fields left out. For answering a failed action with what was typed, so nothing is lost.
 */
export function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !/password/i.test(name) && !name.startsWith("$ACTION")) values[name] = value;
  }
  return values;
}
