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
