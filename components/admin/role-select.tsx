import { ar } from "@/lib/i18n/ar";
import { Field, describedBy, inputClass } from "./form-field";

/** The staff role picker, in WordPress's order (administrator first). */
export function RoleSelect({ label, value, error }: { label: string; value: string; error?: string }) {
  return (
    <Field id="role" label={label} error={error}>
      <select id="role" name="role" defaultValue={value} className={inputClass} {...describedBy("role", error)}>
        {Object.entries(ar.admin.roles).map(([role, name]) => (
          <option key={role} value={role}>
            {name}
          </option>
        ))}
      </select>
    </Field>
  );
}
