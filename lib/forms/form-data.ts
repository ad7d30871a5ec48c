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
