/**
 * Words of follow-up notifications (background), in the UI languages. Counted phrases use
 * Intl.PluralRules categories: Polish and Russian need one/few/many, Hebrew one/two/other.
 */
import type { StringTable, Translations } from './index';

const en = {
  title: 'Follow up with {name}',
  owes: 'Owes {amount}.',
  nothingOwed: 'Nothing owed.',
  next: 'Next: {step}',
  more: '…and {n} more',
  openDraft: 'Open draft',
  snooze: 'Snooze 1 day',
  promised: 'Promised to pay on {date}',
  'due.one': '1 follow-up is due',
  'due.two': '{n} follow-ups are due',
  'due.few': '{n} follow-ups are due',
  'due.many': '{n} follow-ups are due',
  'due.other': '{n} follow-ups are due',
} as const satisfies Record<string, string>;

export type NoticeKey = keyof typeof en;

const pl: StringTable<NoticeKey> = {
  title: 'Przypomnienie: {name}',
  owes: 'Do zapłaty: {amount}.',
  nothingOwed: 'Brak zaległości.',
  next: 'Następny krok: {step}',
  more: '…i jeszcze {n}',
  openDraft: 'Otwórz szkic',
  snooze: 'Odłóż o 1 dzień',
  promised: 'Obiecana zapłata: {date}',
  'due.one': 'Masz 1 zaplanowane przypomnienie',
  'due.two': 'Masz {n} zaplanowane przypomnienia',
  'due.few': 'Masz {n} zaplanowane przypomnienia',
  'due.many': 'Masz {n} zaplanowanych przypomnień',
  'due.other': 'Masz {n} zaplanowanego przypomnienia',
};

const ru: StringTable<NoticeKey> = {
  title: 'Напомнить: {name}',
  owes: 'Долг: {amount}.',
  nothingOwed: 'Долга нет.',
  next: 'Дальше: {step}',
  more: '…и ещё {n}',
  openDraft: 'Открыть черновик',
  snooze: 'Отложить на день',
  promised: 'Оплата обещана на {date}',
  'due.one': 'Пора выполнить {n} напоминание',
  'due.two': 'Пора выполнить {n} напоминания',
  'due.few': 'Пора выполнить {n} напоминания',
  'due.many': 'Пора выполнить {n} напоминаний',
  'due.other': 'Пора выполнить {n} напоминания',
};

const he: StringTable<NoticeKey> = {
  title: 'הגיע הזמן לחזור אל {name}',
  owes: 'יתרת חוב: {amount}.',
  nothingOwed: 'אין חוב פתוח.',
  next: 'הצעד הבא: {step}',
  more: '…ועוד {n}',
  openDraft: 'פתיחת טיוטה',
  snooze: 'דחייה ביום',
  promised: 'הובטח תשלום עד {date}',
  'due.one': 'מעקב אחד ממתין לך',
  'due.two': 'שני מעקבים ממתינים לך',
  'due.few': '{n} מעקבים ממתינים לך',
  'due.many': '{n} מעקבים ממתינים לך',
  'due.other': '{n} מעקבים ממתינים לך',
};

export const noticeStrings: Translations<NoticeKey> = { en, pl, ru, he };
