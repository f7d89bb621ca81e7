/** "Remind me…" choices for a follow-up, computed in the user's local time with date-fns. */
import { addDays, isValid, nextMonday, parse, set } from 'date-fns';

export type FollowupPreset = 'tomorrow' | 'in3days' | 'nextMonday';
export const FOLLOWUP_PRESETS: readonly FollowupPreset[] = ['tomorrow', 'in3days', 'nextMonday'];

/** Working hours start: presets land at 9:00 local time. */
const MORNING = { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 };

/** The moment a preset stands for, relative to `now` (local time). */
export function presetDate(preset: FollowupPreset, now: Date): Date {
  switch (preset) {
    case 'tomorrow':
      return set(addDays(now, 1), MORNING);
    case 'in3days':
      return set(addDays(now, 3), MORNING);
    case 'nextMonday':
      return set(nextMonday(now), MORNING);
  }
}

/**
 * A `<input type="datetime-local">` value ("2026-12-01T14:30") as a local Date, or null when it
 * is not a valid date and time.
 */
export function parseLocalDateTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = parse(value, "yyyy-MM-dd'T'HH:mm", new Date());
  return isValid(d) ? d : null;
}

/** A Date as the value a datetime-local input shows ("2026-12-01T14:30", local time). */
export function toLocalInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
