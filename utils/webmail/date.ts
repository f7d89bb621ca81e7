/**
 * Reads the date Gmail shows in a message header (`span.g3[title]`) in any UI language:
 * "Mon, Nov 23, 2026, 9:14 AM", "pon., 23 lis 2026, 09:14", "23 нояб. 2026 г., 09:14",
 * "יום ב׳, 23 בנוב׳ 2026, 9:14", "2026年11月23日(月) 21:14", "23.11.2026 klo 21.14"…
 * No per-locale templates: find the time, the year, then the month (a name from the table
 * below, or numbers), then the day next to it.
 */

/**
 * Month-name stems per month (January first), lower case without diacritics, as Gmail's
 * languages abbreviate them (en de fr es it pt nl sv da nb pl cs sk ro hu tr fi id ms fil
 * lt ru uk bg sr el he ar). A word is a month when it starts with a stem; the longest stem wins
 * ("marrask" is Finnish November, not March).
 */
const MONTH_STEMS = [
  'jan ene gen sty ian oca tam led saus янв січ яну јан ιαν ינו ينا',
  'feb fev peb lut sub hel uno vas фев лют феб φεβ פבר فبر',
  'mar mrt maa bre mac kov мар бер μαρ מרץ مار',
  'apr abr avr kwi nis huh dub bal апр кві απρ אפר ابر',
  'may mai mag mei maj tou kve geg мая маи трав мај μαι מאי ماي',
  'jun juin giu cze haz kes hun cerv cvn iun bir июн чер юни јун ιουν יונ يون',
  'jul juil lug lip tem hei hul cervenc cervenec cvc iul lie июл лип юли јул ιουλ יול يول',
  'aug ago aout avg sie agu elo srp ogo rugp авг сер αυγ אוג اغس',
  'sep set szep wrz eyl syy zar rugs сен вер сеп σεπ ספט سبت',
  'oct okt ott out paz eki lok rij spa окт жов οκτ אוק اكت',
  'nov noi lis kas marr nob lap ноя лис ное нов νοε נוב نوف',
  'dec dic dez des dis gru ara jou pro дек гру дец δεκ דצמ ديس',
];

/** Lower case, no diacritics (so "févr", "Μαΐ", "май" meet their stems). */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Stems by their first three letters, longest first. */
const STEMS = new Map<string, [string, number][]>();
MONTH_STEMS.forEach((line, i) => {
  for (const stem of line.split(' ').map(fold)) {
    const list = STEMS.get(stem.slice(0, 3)) ?? [];
    list.push([stem, i + 1]);
    STEMS.set(
      stem.slice(0, 3),
      list.sort((a, b) => b[0].length - a[0].length),
    );
  }
});

const PM = /(?:^|[^\p{L}])(?:pm|p\.\s?m\.?|μ\.?μ\.?|ptg|م)(?!\p{L})|下午|午後|晚上|오후/u;
const AM = /(?:^|[^\p{L}])(?:am|a\.\s?m\.?|π\.?μ\.?|pg|ص)(?!\p{L})|上午|午前|凌晨|오전/u;
// Colon first; "21 h 14" (fr-CA); "21.14" (fi, da, id) only when not part of a d.m.y date.
const TIMES = [
  /(\d{1,2}):(\d{2})(?::\d{2})?/,
  /(\d{1,2}) ?h ?(\d{2})(?!\d)/,
  /(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])/,
];

function monthOf(word: string): number | null {
  for (const w of word.length > 3 && word.startsWith('ב') ? [word, word.slice(1)] : [word]) {
    // Hebrew writes "in November" as one word: בנוב׳.
    const hit = STEMS.get(w.slice(0, 3))?.find(([stem]) => w.startsWith(stem));
    if (hit) return hit[1];
  }
  return null;
}

/** Year, month, day from month names: the month word next to a day number wins over weekdays. */
function byMonthName(s: string): [number, number, number] | null {
  const tokens = s.match(/\d+|\p{L}+/gu) ?? [];
  const yearAt = tokens.findIndex((t) => /^(19[7-9]\d|20\d\d|2100)$/.test(t));
  if (yearAt < 0) return null;
  const isDay = (i: number) => /^\d{1,2}$/.test(tokens[i] ?? '') && i !== yearAt;
  // Weekdays ("mar", "Paz") can look like months: the month is the word nearest the year
  // (short words such as "de" not counted), then the one next to a day number.
  const rank = tokens.map((t, i) => (t.length > 2 || /\d/.test(t) ? i : -1)).filter((i) => i >= 0);
  const distance = (i: number) => Math.abs(rank.indexOf(i) - rank.indexOf(yearAt));
  let at = -1;
  let month = 0;
  let best = Infinity;
  tokens.forEach((t, i) => {
    const m = t.length > 2 && /\p{L}/u.test(t) ? monthOf(t) : null;
    const score = distance(i) * 2 + (isDay(i - 1) || isDay(i + 1) ? 0 : 1);
    if (m && score < best) [at, month, best] = [i, m, score];
  });
  if (at < 0) return null;
  for (let d = 1; d < tokens.length; d++) {
    if (isDay(at - d)) return [Number(tokens[yearAt]), month, Number(tokens[at - d])];
    if (isDay(at + d)) return [Number(tokens[yearAt]), month, Number(tokens[at + d])];
  }
  return null;
}

/** Year, month, day written with numbers only: 年月日 / 년월일, ISO, d.m.y, d/m/y. */
function byNumbers(s: string): [number, number, number] | null {
  let m = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /(\d{1,2})\s*(?:thg|tháng)\s*(\d{1,2}),?\s*(\d{4})/.exec(s); // Vietnamese "23 thg 11, 2026"
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  m = /(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = /(?<!\d)(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})(?!\d)/.exec(s);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  // Gmail writes numeric dates day first except in US English, which uses month names.
  return b > 12 ? [Number(m[3]), a, b] : [Number(m[3]), b, a];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local wall time as ISO 8601 with the runtime's offset ("Z" when UTC), or null if invalid. */
function toIso(y: number, mo: number, d: number, h: number, mi: number): string | null {
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || h > 23 || mi > 59) return null;
  const at = new Date(y, mo - 1, d, h, mi);
  if (at.getMonth() !== mo - 1 || at.getDate() !== d) return null;
  const off = -at.getTimezoneOffset();
  const zone = off
    ? `${off > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
    : 'Z';
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:00.000${zone}`;
}

/** Gmail re-renders the same headers often; titles repeat, so remember recent answers. */
const recent = new Map<string, string | null>();

/**
 * Parses a Gmail header date in any UI language into an ISO date-time (local wall time with the
 * runtime's offset, e.g. "2026-11-23T09:14:00.000+01:00"; midnight when the text has no time).
 * Returns null when the text has no full date with a year (e.g. "9:14 AM (2 hours ago)").
 */
export function parseGmailDate(text: string): string | null {
  let iso = recent.get(text);
  if (iso === undefined) {
    if (recent.size >= 500) recent.clear();
    iso = parse(text);
    recent.set(text, iso);
  }
  return iso;
}

function parse(text: string): string | null {
  let s = text
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) & 15)) // Arabic digits
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') // bidi marks
    .toLowerCase();
  let hour = 0;
  let minute = 0;
  const time = TIMES.map((re) => re.exec(s)).find((m) => m);
  if (time) {
    s = s.replace(time[0], ' ');
    hour = Number(time[1]);
    minute = Number(time[2]);
    if (PM.test(s) && hour < 12) hour += 12;
    else if (AM.test(s) && hour === 12) hour = 0;
  }
  s = s.replace(/\([^)]*\)/g, ' '); // "(2 days ago)", "(月)"
  const ymd = byMonthName(fold(s)) ?? byNumbers(s);
  return ymd ? toIso(ymd[0], ymd[1], ymd[2], hour, minute) : null;
}

/**
 * A message's ISO date as the background reads it: the page's own ISO date when it gave one,
 * else its header date text parsed here (content scripts send the text; issue 17).
 */
export function messageDate(m: { date: string | null; dateText?: string | null }): string | null {
  return m.date ?? (m.dateText ? parseGmailDate(m.dateText) : null);
}
