import { ar } from "@/lib/i18n/ar";
import { Field, inputClass } from "./form-field";

const t = ar.admin.editor;

/**
 * The publish date and time as two plain Arabic-labelled fields in the newsroom's zone
 * (the server reads them in SITE_TIMEZONE): the browser's own date picker would show its
 * own locale's format, and datetime-local would read the time in the browser's zone.
 */
export function PublishTimeFields({
  date,
  time,
  zoneLabel,
  errors,
}: {
  date: string;
  time: string;
  zoneLabel: string;
  errors: { date?: string; time?: string };
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-bold">{t.publishWhen}</legend>
      <div className="grid grid-cols-[3fr_2fr] gap-2">
        <Field id="publishDate" label={t.publishAt} hint={t.publishDateHint} error={errors.date}>
          <input
            id="publishDate"
            name="publishDate"
            defaultValue={date}
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            className={`${inputClass} text-end`}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={`publishDate-hint publishZone${errors.date ? " publishDate-error" : ""}`}
          />
        </Field>
        <Field id="publishTime" label={t.publishTime} hint={t.publishTimeHint} error={errors.time}>
          <input
            id="publishTime"
            name="publishTime"
            defaultValue={time}
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            className={`${inputClass} text-end`}
            aria-invalid={errors.time ? true : undefined}
            aria-describedby={`publishTime-hint publishZone${errors.time ? " publishTime-error" : ""}`}
          />
        </Field>
      </div>
      <p id="publishZone" className="text-sm font-bold text-muted">
        {t.publishZone(zoneLabel)}
      </p>
    </fieldset>
  );
}
