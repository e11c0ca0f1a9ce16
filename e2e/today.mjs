// The one "today" of every end-to-end test. The app reads the browser's clock, so the tests fix it: each
// browser context starts at E2E_TODAY (local wall-clock time, "YYYY-MM-DDTHH:MM") and time then runs on
// naturally from there, so timers still fire. Everything the tests compute on their side ("three days ago",
// the file name with today's date) starts from the same moment. Default: a plain mid-month weekday; set
// E2E_TODAY to try month ends, leap days and daylight-saving changes, e.g.
//   E2E_TODAY=2027-03-01T09:00 make test
export const E2E_TODAY = process.env.E2E_TODAY ?? '2026-06-15T10:00';

if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(E2E_TODAY) || Number.isNaN(new Date(E2E_TODAY).getTime())) {
  throw new Error(`E2E_TODAY must be a local date and time like 2026-06-15T10:00, not "${E2E_TODAY}"`);
}

const pad = (n) => String(n).padStart(2, '0');

/** The tests' "now": E2E_TODAY as a local Date (a new object each call, safe to change). */
export function now() {
  return new Date(E2E_TODAY);
}

/** A Date as the diary stores a local day: "YYYY-MM-DD". */
export function isoDate(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A Date as the diary stores a local time: "YYYY-MM-DDTHH:MM". */
export function isoMinute(date) {
  return `${isoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local day `offset` days from the tests' today, as "YYYY-MM-DD". */
export function isoDay(offset) {
  const date = now();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + offset);
  return isoDate(date);
}

/** Whether the day `offset` days from the tests' today is in an earlier month than today. */
export function inEarlierMonth(offset) {
  return isoDay(offset).slice(0, 7) !== isoDay(0).slice(0, 7);
}

/** Starts a browser context's clock at E2E_TODAY; every page of the context then shares it. */
export async function fixClock(context) {
  await context.clock.install({ time: now() });
}
