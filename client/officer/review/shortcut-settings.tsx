// Turning the theme keys off, or changing them (WCAG 2.1.4).
import { useId } from 'react';
import type { ThemeShortcuts } from './theme-shortcuts.ts';

interface Props {
  themes: { id: string; label: string }[];
  shortcuts: ThemeShortcuts;
}

export function ShortcutSettings({ themes, shortcuts }: Props) {
  const id = useId();
  return (
    <details className="shortcut-settings">
      <summary>Keyboard shortcuts</summary>
      <div className="review-checkbox">
        <input
          type="checkbox"
          id={`${id}-on`}
          checked={shortcuts.enabled}
          onChange={(e) => shortcuts.setEnabled(e.currentTarget.checked)}
        />
        <label htmlFor={`${id}-on`}>Use one-key shortcuts for themes</label>
      </div>
      {shortcuts.enabled && (
        <fieldset className="shortcut-settings__keys">
          <legend>Key for each theme (leave empty for none)</legend>
          {shortcuts.clashes.length > 0 && (
            <p className="form-error">
              {shortcuts.clashes.map((k) => `“${k}”`).join(', ')} is chosen for more than one theme;
              only the first of them uses it.
            </p>
          )}
          {themes.map((theme) => (
            <div className="shortcut-settings__key" key={theme.id}>
              <input
                className="form-input shortcut-settings__input"
                id={`${id}-${theme.id}`}
                maxLength={1}
                autoComplete="off"
                value={shortcuts.keyOf(theme.id) ?? ''}
                onChange={(e) => shortcuts.setKey(theme.id, e.currentTarget.value)}
                onFocus={(e) => e.currentTarget.select()}
              />
              <label htmlFor={`${id}-${theme.id}`}>
                <span className="visually-hidden">Key for </span>
                {theme.label}
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </details>
  );
}
