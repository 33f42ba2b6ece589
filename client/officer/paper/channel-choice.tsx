import type { OfficerChannel } from '../../../server/contracts.ts';

const CHANNELS: { value: OfficerChannel; label: string; hint: string }[] = [
  { value: 'paper', label: 'A paper form', hint: 'The parent filled in a printed questionnaire.' },
  {
    value: 'telephone',
    label: 'A telephone call',
    hint: 'You read the questions to the parent and typed in their answers.',
  },
];

export const channelLabel = (channel: OfficerChannel) =>
  channel === 'telephone' ? 'a telephone response' : 'a paper response';

interface ChannelChoiceProps {
  value?: OfficerChannel;
  error?: string;
  onChange: (channel: OfficerChannel) => void;
}

/** How the response reached the officer: reports and exports keep the two apart. */
export function ChannelChoice({ value, error, onChange }: ChannelChoiceProps) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        className="fieldset"
        id="channel-choice"
        tabIndex={-1}
        aria-describedby={error ? 'channel-error' : undefined}
      >
        <legend className="form-label">How did this response reach you?</legend>
        {error && (
          <p className="form-error" id="channel-error">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        {CHANNELS.map((channel) => (
          <div className="choice" key={channel.value}>
            <input
              type="radio"
              id={`channel-${channel.value}`}
              name="channel"
              value={channel.value}
              checked={value === channel.value}
              onChange={() => onChange(channel.value)}
              aria-describedby={`channel-${channel.value}-hint`}
            />
            <div>
              <label htmlFor={`channel-${channel.value}`}>{channel.label}</label>
              <span className="form-hint choice__hint" id={`channel-${channel.value}-hint`}>
                {channel.hint}
              </span>
            </div>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
