import { toLondonInput } from './london-input.ts';

export interface ScheduleInputs {
  opensAt: string;
  closesAt: string;
}

export const scheduleInputsFrom = (opensAt: string | null, closesAt: string | null) => ({
  opensAt: toLondonInput(opensAt),
  closesAt: toLondonInput(closesAt),
});

interface ScheduleFieldsProps {
  value: ScheduleInputs;
  error?: string;
  onChange: (value: ScheduleInputs) => void;
}

/** When parents may answer. Both dates are optional: without them the survey is open until closed. */
export function ScheduleFields({ value, error, onChange }: ScheduleFieldsProps) {
  return (
    <fieldset className={error ? 'fieldset form-group form-group--error' : 'fieldset form-group'}>
      <legend className="heading-s">When parents can answer</legend>
      <p className="form-hint" id="schedule-hint">
        UK time. Leave a date empty to open straight away or to stay open until you close it.
      </p>
      {error && (
        <p className="form-error" id="schedule-error">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor="opens-at">
          Opens (optional)
        </label>
        <input
          className="form-input form-input--date"
          type="datetime-local"
          id="opens-at"
          value={value.opensAt}
          aria-describedby={error ? 'schedule-hint schedule-error' : 'schedule-hint'}
          onChange={(e) => onChange({ ...value, opensAt: e.currentTarget.value })}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="closes-at">
          Closes (optional)
        </label>
        <input
          className="form-input form-input--date"
          type="datetime-local"
          id="closes-at"
          value={value.closesAt}
          aria-describedby={error ? 'schedule-hint schedule-error' : 'schedule-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange({ ...value, closesAt: e.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}
