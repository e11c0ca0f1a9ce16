// Builds a realistic diary of the last N weeks in the app's stored format, for tests that need
// data already logged ("generated through storage in the test set-up").
import { isoDate as isoDay, isoMinute as isoTime, now as testsNow } from './today.mjs';

export function weeksOfDiary(weeks, now = testsNow()) {
  const attacks = [];
  const notes = [];
  const periods = [];
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const days = weeks * 7;
  let id = 1_700_000_000_000_000;
  for (let back = days; back >= 1; back--) {
    const day = new Date(today);
    day.setDate(today.getDate() - back);
    if (back % 28 === 5) periods.push({ s: isoDay(day) });
    if (back % 3 === 0) {
      const start = new Date(day);
      start.setHours(8 + (back % 5) * 2, 0, 0, 0);
      const end = new Date(start);
      end.setHours(start.getHours() + 5 + (back % 4) * 3);
      const severity = 3 + (back % 7);
      const migraine = severity >= 6;
      attacks.push({
        id: id++,
        s: isoTime(start),
        e: isoTime(end),
        sv: severity,
        ...(migraine ? { lo: ['left'], q: ['throb'], sy: ['nausea', 'light', 'sound'] } : { lo: ['both'], q: ['press'] }),
        m: [
          migraine
            ? { n: 'Sumatriptan', d: '50 mg', t: isoTime(start), c: 'triptan', ef: back % 2 ? 'full' : 'some', r: 90 }
            : { n: 'Ibuprofen', d: '400 mg', t: isoTime(start), c: 'simple', ef: 'some', r: 60 },
        ],
        tr: back % 2 ? ['stress'] : ['sleep'],
        st: migraine,
        n: back === 9 ? 'Bad one: <b>not</b> bold, & kept as typed' : undefined,
      });
    } else if (back % 3 === 1) {
      notes.push({ d: isoDay(day), k: 'free' });
    }
  }
  return { version: 1, data: { a: attacks, d: notes, p: periods } };
}

/** Writes `diary` to storage before the app starts, then opens `route`. */
export async function seedDiary(page, diary, route) {
  await page.goto('#/');
  await page.evaluate((text) => localStorage.setItem('headache-diary.diary', text), JSON.stringify(diary));
  await page.goto(route);
  await page.reload();
}
