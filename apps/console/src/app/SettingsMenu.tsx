import { updatePreferences, usePreferences, type Preferences } from '../preferences/preferences';
import { type TimeDisplay } from '../time/format-time';

/** Time display, theme and shortcuts: a native disclosure, so it needs no script to be accessible. */
export function SettingsMenu() {
  const preferences = usePreferences();
  return (
    <details className="settings">
      <summary>Settings</summary>
      <div className="card stack">
        <label>
          Times
          <select
            value={preferences.timeDisplay}
            onChange={(e) => updatePreferences({ timeDisplay: e.target.value as TimeDisplay })}
          >
            <option value="site">Site time</option>
            <option value="local">My time zone</option>
            <option value="relative">Relative (5 min ago)</option>
          </select>
        </label>
        <label>
          Theme
          <select
            value={preferences.theme}
            onChange={(e) => updatePreferences({ theme: e.target.value as Preferences['theme'] })}
          >
            <option value="system">As the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={preferences.shortcuts}
            onChange={(e) => updatePreferences({ shortcuts: e.target.checked })}
          />
          Keyboard shortcuts
        </label>
      </div>
    </details>
  );
}
