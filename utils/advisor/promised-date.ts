/**
 * Reads the date a client promises to pay by out of a reply: explicit dates (2026-12-15,
 * 15.12.2026, 15/12, "15 December", "December 15th", "15 grudnia", "15 декабря", "15 בדצמבר"),
 * weekdays ("on Friday", "w piątek", "в пятницу", "ביום שישי"), relative days ("tomorrow",
 * "in 10 days", "за тиждень"), "next week", "end of the month", and bare months ("in January").
 */
import {
  addDays,
  dayNumber,
  endOfMonth,
  fromDayNumber,
  localIsoDate,
} from '@/utils/legal/calendar';
import {
  AMBIGUOUS_MONTHS,
  DAY_AFTER_TOMORROW,
  DAY_UNITS,
  EARLY,
  END,
  FUTURE_MARKERS,
  HEBREW_DAY,
  HEBREW_WEEKDAY_ORDINALS,
  MIDDLE,
  MONTH_UNITS,
  MONTHS,
  NEXT,
  NUMBER_WORDS,
  PAY_WORDS,
  TODAY,
  TOMORROW,
  TWO_DAYS,
  TWO_WEEKS,
  WEEK_UNITS,
  WEEKDAYS,
} from '@/utils/advisor/date-words';
import { normalizeWord, readExtent, tokenize, type Token } from '@/utils/advisor/normalize';

export interface PromisedDate {
  /** YYYY-MM-DD; for a week or month, its last working day / last day (when to follow up). */
  date: string;
  precision: 'day' | 'week' | 'month';
  /** The words the date was read from, verbatim. */
  evidence: string;
}

interface Candidate extends PromisedDate {
  start: number;
  end: number;
  /** The year was not written and had to be guessed as next year. */
  rolled: boolean;
}

type Matcher = { text: string; exact: boolean };
const compile = (list: readonly string[]): Matcher[] =>
  list.map((s) =>
    s.endsWith('$')
      ? { text: normalizeWord(s.slice(0, -1)), exact: true }
      : { text: normalizeWord(s), exact: false },
  );
/**
 * Per word list, the answers already given by normalised word: a token's variants follow from its
 * `norm`, and a reply of thousands of tokens repeats few distinct words, so each is tried against
 * a list once (hostile replies stay fast; issue 11, the 50 ms rule). Bounded, reset when full.
 */
const hits = new WeakMap<Matcher[], Map<string, boolean>>();
const MAX_REMEMBERED = 4096;
function hit(t: Token | undefined, list: Matcher[]): boolean {
  if (!t) return false;
  let known = hits.get(list);
  if (!known) hits.set(list, (known = new Map()));
  let found = known.get(t.norm);
  if (found === undefined) {
    found = t.variants.some((v) =>
      list.some((m) => (m.exact ? v === m.text : v.startsWith(m.text))),
    );
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(t.norm, found);
  }
  return found;
}

const MONTH_M = MONTHS.map(compile);
const WEEKDAY_M = WEEKDAYS.map(compile);
const AMBIGUOUS = new Set(AMBIGUOUS_MONTHS.map(normalizeWord));
const M = {
  today: compile(TODAY),
  tomorrow: compile(TOMORROW),
  dayAfter: compile(DAY_AFTER_TOMORROW),
  day: compile(DAY_UNITS),
  week: compile(WEEK_UNITS),
  month: compile(MONTH_UNITS),
  twoWeeks: compile(TWO_WEEKS),
  twoDays: compile(TWO_DAYS),
  future: compile(FUTURE_MARKERS),
  next: compile(NEXT),
  end: compile(END),
  early: compile(EARLY),
  middle: compile(MIDDLE),
  pay: compile(PAY_WORDS),
};
const HEBREW_DAY_NORM = normalizeWord(HEBREW_DAY);
const HEBREW_ORDINALS_NORM = HEBREW_WEEKDAY_ORDINALS.map((o) => (o === '' ? '' : normalizeWord(o)));
const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS).map(([k, v]) => [normalizeWord(k), v]));

/** Index of the first list `t` hits, or -1, remembered by normalised word (as in `hit`). */
function indexIn(t: Token, lists: Matcher[][], known: Map<string, number>): number {
  let i = known.get(t.norm);
  if (i === undefined) {
    i = lists.findIndex((list) => hit(t, list));
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(t.norm, i);
  }
  return i;
}
const monthIndex = new Map<string, number>();
const weekdayIndex = new Map<string, number>();

function monthOf(t: Token | undefined): number | null {
  const i = t ? indexIn(t, MONTH_M, monthIndex) : -1;
  return i >= 0 ? i + 1 : null;
}
function weekdayOf(t: Token | undefined): number | null {
  const i = t ? indexIn(t, WEEKDAY_M, weekdayIndex) : -1;
  return i >= 0 ? i : null;
}
/** A day of month written as a number, maybe with an ordinal suffix ("15th", "1er", "15."). */
function dayOf(t: Token | undefined): number | null {
  const m = t ? /^(\d{1,2})(st|nd|rd|th|er|e|eme|o|a)?$/.exec(t.norm) : null;
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : null;
}
function yearOf(t: Token | undefined): number | null {
  return t && /^(19|20)\d{2}$/.test(t.norm) ? Number(t.norm) : null;
}
function countOf(t: Token | undefined): number | null {
  if (!t) return null;
  if (/^\d{1,3}$/.test(t.norm)) return Number(t.norm);
  return NUMBER_WORD.get(t.norm) ?? null;
}

/** Calendar checks already made (a reply may repeat one date thousands of times). */
const realDates = new Map<string, boolean>();
function isoOf(y: number, m: number, d: number): string | null {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  let real = realDates.get(iso);
  if (real === undefined) {
    real = fromDayNumber(dayNumber(iso)) === iso; // rejects 31 February
    if (realDates.size >= MAX_REMEMBERED) realDates.clear();
    realDates.set(iso, real);
  }
  return real ? iso : null;
}

/** A date written without its year: this year, or next year when that is clearly past. */
function withYear(m: number, d: number, today: string): { iso: string; rolled: boolean } | null {
  const year = Number(today.slice(0, 4));
  const thisYear = isoOf(year, m, d);
  if (thisYear && dayNumber(thisYear) >= dayNumber(today) - 14)
    return { iso: thisYear, rolled: false };
  const next = isoOf(year + 1, m, d);
  return next ? { iso: next, rolled: true } : null;
}

/** Friday of the week containing `iso` (or the next Friday when that one is past). */
function fridayOnOrAfter(iso: string): string {
  const weekday = (dayNumber(iso) + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  return addDays(iso, (4 - weekday + 7) % 7);
}

function numericDates(text: string, today: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (iso: string | null, start: number, end: number, rolled = false) => {
    if (iso)
      out.push({
        date: iso,
        precision: 'day',
        evidence: text.slice(start, end),
        start,
        end,
        rolled,
      });
  };
  for (const m of text.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    push(
      isoOf(Number(m[1]), Number(m[2]), Number(m[3])),
      m.index ?? 0,
      (m.index ?? 0) + m[0].length,
    );
  }
  // d.m.yyyy, d/m/yyyy, d-m-yy; without a year only "15.12." (German) or "15/12".
  const re =
    /(?<![\d.,/-])(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2})(?![\d]))?(\.)?(?![\d,]|\.\d)/g;
  for (const m of text.matchAll(re)) {
    const [whole, a, sep, b, y, trailingDot] = m;
    if (!y && !(sep === '/' || (sep === '.' && trailingDot))) continue;
    let day = Number(a);
    let month = Number(b);
    // Day first (European) unless only the other reading is possible.
    if (sep === '/' && month > 12 && day <= 12) [day, month] = [month, day];
    const start = m.index ?? 0;
    const end = start + whole.length;
    if (y) push(isoOf(y.length === 2 ? 2000 + Number(y) : Number(y), month, day), start, end);
    else {
      const guess = month <= 12 ? withYear(month, day, today) : null;
      if (guess) push(guess.iso, start, end, guess.rolled);
    }
  }
  return out;
}

function wordDates(text: string, tokens: Token[], today: string): Candidate[] {
  const out: Candidate[] = [];
  const span = (from: number, to: number) => {
    const a = tokens[from];
    const b = tokens[to];
    return a && b ? { start: a.start, end: b.end, evidence: text.slice(a.start, b.end) } : null;
  };
  const push = (
    date: string,
    precision: PromisedDate['precision'],
    from: number,
    to: number,
    rolled = false,
  ) => {
    const s = span(from, to);
    if (s) out.push({ date, precision, rolled, ...s });
  };
  const used = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Day + month (+ year): "15 December 2026", "15 grudnia", "15. Januar", "15 de enero".
    const d = dayOf(t);
    if (d !== null) {
      for (const k of [1, 2]) {
        const month = monthOf(tokens[i + k]);
        if (month === null) continue;
        const year = yearOf(tokens[i + k + 1]);
        const last = year ? i + k + 1 : i + k;
        const iso = year ? isoOf(year, month, d) : withYear(month, d, today)?.iso;
        if (iso) push(iso, 'day', i, last, !year && (withYear(month, d, today)?.rolled ?? false));
        for (let u = i; u <= last; u++) used.add(u);
        break;
      }
    }
    // Month + day (+ year): "December 15th, 2026".
    const month = monthOf(t);
    if (month !== null && !used.has(i)) {
      const day = dayOf(tokens[i + 1]);
      if (day !== null) {
        const year = yearOf(tokens[i + 2]);
        const iso = year ? isoOf(year, month, day) : withYear(month, day, today)?.iso;
        if (iso)
          push(
            iso,
            'day',
            i,
            year ? i + 2 : i + 1,
            !year && (withYear(month, day, today)?.rolled ?? false),
          );
        used.add(i).add(i + 1);
      } else if (!AMBIGUOUS.has(t?.norm ?? '')) {
        // A bare month: "in January", "early March", "end of May".
        const year = Number(today.slice(0, 4));
        const thisYear = `${year}-${String(month).padStart(2, '0')}-01`;
        const first =
          thisYear.slice(0, 7) < today.slice(0, 7) ? `${year + 1}${thisYear.slice(4)}` : thisYear;
        const before = [tokens[i - 1], tokens[i - 2]];
        let date = endOfMonth(first);
        if (before.some((b) => hit(b, M.early))) date = addDays(first, 9);
        else if (before.some((b) => hit(b, M.middle))) date = addDays(first, 14);
        push(date, 'month', i, i);
      }
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (hit(t, M.today)) push(today, 'day', i, i);
    else if (hit(t, M.dayAfter)) push(addDays(today, 2), 'day', i, i);
    else if (hit(t, M.tomorrow)) {
      const after = !!prev && /^(apres|pasado)$/.test(prev.norm); // après-demain, pasado mañana
      push(addDays(today, after ? 2 : 1), 'day', after ? i - 1 : i, i);
    }
    // Weekdays: the next such day after today ("on Friday", "w piątek", "ביום שישי").
    const hebrewOrdinal =
      t?.variants.includes(HEBREW_DAY_NORM) && tokens[i + 1]
        ? HEBREW_ORDINALS_NORM.findIndex((o) => o !== '' && tokens[i + 1]?.variants.includes(o))
        : -1;
    const wd = weekdayOf(t) ?? (hebrewOrdinal >= 0 ? hebrewOrdinal : null);
    if (wd !== null) {
      const todayWd = (dayNumber(today) + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
      push(addDays(today, (wd - todayWd + 7) % 7 || 7), 'day', i, hebrewOrdinal >= 0 ? i + 1 : i);
    }
    // "in 10 days", "within 2 weeks", "за 3 дні", "בעוד שבוע", "dans 15 jours".
    const twoOf = hit(t, M.twoWeeks) || hit(t, M.twoDays);
    if (twoOf || hit(t, M.day) || hit(t, M.week)) {
      const isWeek = hit(t, M.week) || hit(t, M.twoWeeks);
      const markerAt = [1, 2, 3].map((k) => i - k).find((k) => hit(tokens[k], M.future));
      const n = twoOf
        ? 2
        : (countOf(prev) ?? countOf(tokens[i - 2]) ?? (markerAt === i - 1 ? 1 : null));
      if (n !== null && markerAt !== undefined)
        push(addDays(today, n * (isWeek ? 7 : 1)), isWeek ? 'week' : 'day', markerAt, i);
    }
    // "next week" → Friday of next week; "next month" → its last day. The unit may come first
    // ("la semaine prochaine", "בשבוע הבא", "la semana que viene").
    if (hit(t, M.next)) {
      for (const k of [i + 1, i - 1, i - 2]) {
        const unit = tokens[k];
        const from = Math.min(i, k);
        const to = Math.max(i, k);
        if (hit(unit, M.week)) {
          push(addDays(fridayOnOrAfter(today), 7), 'week', from, to);
          break;
        }
        if (hit(unit, M.month)) {
          push(endOfMonth(addDays(endOfMonth(today), 1)), 'month', from, to);
          break;
        }
      }
    }
    // "end of the week / month", "do końca tygodnia", "до конца месяца", "Ende des Monats".
    if (hit(t, M.end)) {
      for (const k of [1, 2, 3]) {
        const unit = tokens[i + k];
        if (hit(unit, M.week)) {
          push(fridayOnOrAfter(today), 'week', i, i + k);
          break;
        }
        if (hit(unit, M.month)) {
          push(endOfMonth(today), 'month', i, i + k);
          break;
        }
      }
    }
    if (t && /^monatsende/.test(t.norm)) push(endOfMonth(today), 'month', i, i);
  }
  return out;
}

/**
 * Distance in characters from the candidate to the nearest word of paying. `pay` holds the spans
 * of those words in text order, so each candidate is a binary search, not a scan of every token
 * (a reply of thousands of dates stays linear).
 */
function payDistance(c: Candidate, pay: readonly Token[]): number {
  let lo = 0;
  let hi = pay.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pay[mid]?.end ?? 0) <= c.start) lo = mid + 1;
    else hi = mid;
  }
  // pay[lo - 1] ends before the candidate; pay[lo] is the first that does not.
  const before = pay[lo - 1];
  const after = pay[lo];
  let best = before ? c.start - before.end : Infinity;
  if (after) best = Math.min(best, after.start >= c.end ? after.start - c.end : 0);
  return best;
}

/**
 * The date the reply promises payment by, or null. Among several dates, the one nearest a word
 * of paying wins ("invoice of 1 March — we'll pay on 15 March" → 15 March); past dates lose.
 */
export function extractPromisedDate(text: string, now: Date): PromisedDate | null {
  const today = localIsoDate(now);
  const tokens = tokenize(text);
  // Dates are read as far as the words are (a long reply is read up to MAX_TOKENS words).
  const candidates = [
    ...numericDates(text.slice(0, readExtent(text, tokens)), today),
    ...wordDates(text, tokens, today),
  ];
  if (!candidates.length) return null;
  const pay = tokens.filter((t) => hit(t, M.pay));
  const ranked = candidates
    .map((c) => ({
      c,
      past: c.date < today, // ISO dates order as strings
      distance: payDistance(c, pay),
    }))
    .sort(
      (a, b) =>
        Number(a.past) - Number(b.past) ||
        Number(a.c.rolled) - Number(b.c.rolled) ||
        a.distance - b.distance ||
        a.c.start - b.c.start,
    );
  const best = ranked[0]?.c;
  return best ? { date: best.date, precision: best.precision, evidence: best.evidence } : null;
}
