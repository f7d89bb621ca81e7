import { fold } from '@/utils/detect/text';

/**
 * Month names of every supported language as folded stems, one table: index 0 is January.
 * A word is a month when one of its stems starts it, which covers abbreviations and inflections
 * (Polish "grudnia", Russian "декабря", Ukrainian "грудня", Hebrew "בדצמבר" after its prefix).
 */
const STEMS = [
  'jan sty янв січ ינו jän ene gen',
  'feb lut фев лют פבר fev',
  'mar мар бер מרץ מרס mär mrt',
  'apr kwi апр кві אפר avr abr',
  'may maj май мая тра מאי mai mag mei',
  'jun cze июн чер יונ juin giu',
  'jul lip июл лип יול juil lug',
  'aug sie авг серп אוג aou ago',
  'sep wrz сен вер ספט set',
  'oct paz окт жов אוק okt ott out',
  'nov lis ноя лис נוב',
  'dec gru дек гру דצמ dez dic',
].map((line) => fold(line).split(' '));

/** Month number 1–12 of a folded word ("grudnia" → 12, "בינואר" → 1), or 0. */
export function monthOf(word: string): number {
  if (word.length < 3 || word.length > 12) return 0;
  const w = /^[בל][\u05d0-\u05ea]{3}/.test(word) && !monthStem(word) ? word.slice(1) : word;
  return monthStem(w);
}

function monthStem(w: string): number {
  for (let i = 0; i < 12; i++) {
    if (STEMS[i]?.some((stem) => w.startsWith(stem))) return i + 1;
  }
  return 0;
}
