/**
 * The exam clock as plain arithmetic on a deadline, so it keeps true time when the tab sleeps or the page reloads,
 * and the announcements a screen reader hears: at each ten minutes left, then at five and at one, never every second.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** The countdown as shown: "39:59", or "1:05:00" from an hour up. Whole seconds, rounded up, so 0:00 means time is up. */
export function clockText(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / SECOND);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** The time left in words, to the minute (to the second under one minute): "1 hour 5 minutes", "40 seconds". */
export function spokenTime(ms: number): string {
  if (ms < MINUTE) return plural(Math.ceil(Math.max(0, ms) / SECOND), 'second');
  const minutes = Math.ceil(ms / MINUTE);
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return plural(minutes, 'minute');
  return minutes % 60 === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(minutes % 60, 'minute')}`;
}

/** The moments worth announcing: every ten minutes left, then five and one. */
function isMilestone(ms: number): boolean {
  return ms > 0 && (ms % (10 * MINUTE) === 0 || ms === 5 * MINUTE || ms === MINUTE);
}

/**
 * What to announce when the time left went from `before` to `after` (both in ms): the last milestone passed on the
 * way, or null when none was. After a sleeping tab skips several, only the latest is worth saying.
 */
export function timeAnnouncement(before: number, after: number): string | null {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the loop below only visits minutes from `after` up to below `before`, none when after >= before
  if (after >= before) return null;
  for (let minutes = Math.floor(after / MINUTE) + (after % MINUTE === 0 ? 0 : 1); minutes * MINUTE < before; minutes++) {
    if (isMilestone(minutes * MINUTE)) return `${spokenTime(minutes * MINUTE)} left.`;
  }
  return null;
}

/** Under five minutes the countdown changes colour, so the state is visible as well as announced. */
export function isRunningLow(ms: number): boolean {
  return ms <= 5 * MINUTE;
}
