/** A labelled `<select>` for list filters; the empty option means "all". */
export function FilterSelect({
  name,
  label,
  all,
  value,
  options,
}: {
  name: string;
  label: string;
  all: string;
  value?: string;
  options: { value: string | number; label: string }[];
}) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className="rounded border bg-white p-2">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A list's text search: the `q` field, holding what was searched, and the button that sends its form. */
export function SearchField({ label, value, submit }: { label: string; value: string; submit: string }) {
  return (
    <>
      <label className="flex flex-col text-sm">
        {label}
        <input name="q" type="search" defaultValue={value} className="rounded border bg-white p-2" />
      </label>
      <button type="submit" className="rounded bg-ink px-4 py-2 text-white">
        {submit}
      </button>
    </>
  );
}
