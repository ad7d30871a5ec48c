import { ar } from "@/lib/i18n/ar";
import { Field, inputClass } from "./form-field";

const t = ar.admin.editor;

/** One wall-clock field (a date or a time), typed as text: digits, left to right, read by the server. */
function WallClockInput({
  id,
  label,
  hint,
  value,
  error,
  zoneId,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  zoneId: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        defaultValue={value}
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        className={`${inputClass} text-end`}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${zoneId}${error ? ` ${id}-error` : ""}`}
      />
    </Field>
  );
}

/**
 * A date and a time as two plain Arabic-labelled fields in the newsroom's zone, named beside them
 * (the server reads them in SITE_TIMEZONE): the browser's own date picker would show its own
 * locale's format, and datetime-local would read the time in the browser's zone. The fields are
 * `<name>Date` and `<name>Time`.
 */
export function ZonedTimeFields({
  name,
  legend,
  labels,
  dateHint,
  date,
  time,
  zoneLabel,
  errors,
  note,
}: {
  name: string;
  legend: string;
  labels: { date: string; time: string };
  dateHint: string;
  date: string;
  time: string;
  zoneLabel: string;
  errors: { date?: string; time?: string };
  note?: string;
}) {
  const zoneId = `${name}Zone`;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-bold">{legend}</legend>
      <div className="grid grid-cols-[3fr_2fr] gap-2">
        <WallClockInput
          id={`${name}Date`}
          label={labels.date}
          hint={dateHint}
          value={date}
          error={errors.date}
          zoneId={zoneId}
        />
        <WallClockInput
          id={`${name}Time`}
          label={labels.time}
          hint={t.timeHint}
          value={time}
          error={errors.time}
          zoneId={zoneId}
        />
      </div>
      <p id={zoneId} className="text-sm font-bold text-muted">
        {t.zoneNote(zoneLabel)}
      </p>
      {note && <p className="text-xs text-muted">{note}</p>}
    </fieldset>
  );
}
