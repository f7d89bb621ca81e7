/**
 * The advisor's rationale in every UI language: each part and step renders (no empty text, no
 * `{placeholder}` left), counted phrases follow the language's plural rules, dates follow the UI
 * language, and quoted client words (and LTR values in Hebrew) sit inside Unicode isolates.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultAdvisorSettings, suggestNextStep } from '@/utils/advisor';
import { createHandlers } from '@/utils/background/handlers';
import { nextStepForNotification } from '@/utils/background/next-step';
import { toPanelSuggestion } from '@/utils/background/panel-handlers';
import { dispatch } from '@/utils/background/router';
import { backgroundUiLanguage } from '@/utils/background/ui-language';
import { uiSettings } from '@/utils/settings/store';
import { renderRationale } from '@/utils/advisor/rationale';
import { REFUSAL_REASONS } from '@/utils/advisor/reasons';
import type { RationaleKey, RationalePart } from '@/utils/advisor/types';
import { UI_LANGUAGES, type UiLanguage } from '@/utils/i18n';
import { argumentNames, createT } from '@/utils/i18n/format';
import { rationaleStrings, type RationaleStep } from '@/utils/i18n/rationale-strings';
import { TRANSLATED_LANGUAGES } from '../i18n/languages';
import { freshDb, invoiceObservation, knowTheUser } from '../helpers';
import { invoice, noon, reason, sent, state } from './builders';

const FSI = '\u2068';
const PDI = '\u2069';
// Languages whose files have not landed yet fall back to English, so only the others are checked.
const NON_EN = TRANSLATED_LANGUAGES.filter((l) => l !== 'en');
const HEBREW = /[\u05d0-\u05ea]/;
const LEFTOVER = /\{\w+\}/;

/** Sample parts for every key (typed: a new key without a sample is a compile error). */
const SAMPLES: Record<RationaleKey, RationalePart[]> = {
  nothing_due: [{ key: 'nothing_due', values: {} }],
  credit: [{ key: 'credit', values: { amount: '€120.00' } }],
  not_yet_due: [1, 2, 5, 22].map((days) => ({
    key: 'not_yet_due',
    values: { days, date: '2026-12-03' },
  })),
  due_today: [{ key: 'due_today', values: {} }],
  days_overdue: [1, 2, 5, 22].map((days) => ({ key: 'days_overdue', values: { days } })),
  assumed_due_date: [1, 2, 14, 30].map((termDays) => ({
    key: 'assumed_due_date',
    values: { number: 'INV-7', date: '2026-10-01', termDays },
  })),
  partial_payment: [{ key: 'partial_payment', values: { paid: '€300.00 + PLN 50.00' } }],
  several_invoices: [2, 3, 5, 22].map((count) => ({ key: 'several_invoices', values: { count } })),
  disputed_held_out: [
    { key: 'disputed_held_out', values: { numbers: 'INV-2' } },
    { key: 'disputed_held_out', values: { numbers: 'INV-2, INV-3' } },
    { key: 'disputed_held_out', values: { numbers: 'INV-2, INV-3, INV-4, INV-5, INV-6' } },
  ],
  reminders_sent: [1, 2, 5, 22].map((count) => ({ key: 'reminders_sent', values: { count } })),
  no_reply_after: [2, 3, 5, 21].map((count) => ({ key: 'no_reply_after', values: { count } })),
  reason: REFUSAL_REASONS.flatMap((r) => [
    { key: 'reason' as const, values: { reason: r, evidence: '' } },
    { key: 'reason' as const, values: { reason: r, evidence: 'We are short this month' } },
  ]),
  new_reply: REFUSAL_REASONS.map((r) => ({
    key: 'new_reply' as const,
    values: { date: '2026-11-20', reason: r, evidence: 'Paid yesterday' },
  })),
  promise: [
    { key: 'promise', values: { date: '2026-12-03' } },
    { key: 'promise', values: { date: '' } },
  ],
  promise_broken: [{ key: 'promise_broken', values: { date: '2026-11-15' } }],
  plan_on_track: [{ key: 'plan_on_track', values: { date: '2026-12-15' } }],
  plan_missed: [{ key: 'plan_missed', values: { date: '2026-11-15' } }],
  long_absence: [1, 2, 5, 22, 45].map((days) => ({ key: 'long_absence', values: { days } })),
  stale_rates: [{ key: 'stale_rates', values: {} }],
  step: [],
};

/** Values for every step (typed: a new step without a sample is a compile error). */
const STEP_VALUES: Record<RationaleStep, Record<string, string | number>> = {
  courtesy: {},
  due_today: {},
  gentle: {},
  firm: {},
  channel_switch: {},
  phone: {},
  dispute_specifics: {},
  correction: {},
  resend: {},
  forgot: {},
  instalments: { count: 3 },
  discount: { percent: 3 },
  explain_value: {},
  acknowledge: {},
  confirm_promise: { date: '2026-12-04' },
  promise_broken: {},
  ask_reference: {},
  final_demand: { date: '2026-12-07' },
  handover: { date: '2026-12-14', demandDeadline: '2026-12-07' },
  handover_pending: { date: '2026-12-14' },
  hand_over_now: { date: '2026-12-14' },
  wait: { date: '2026-12-07' },
  assess: {},
  none: {},
};
const STEP_PARTS: RationalePart[] = Object.entries(STEP_VALUES).map(([step, values]) => ({
  key: 'step',
  values: { step, ...values },
}));
const ALL_PARTS: RationalePart[] = [...Object.values(SAMPLES).flat(), ...STEP_PARTS];

const one = (part: RationalePart, lang: UiLanguage) => renderRationale([part], lang);
const label = (p: RationalePart) => `${p.key} ${JSON.stringify(p.values)}`;

describe('every part and step in every UI language', () => {
  it.each(UI_LANGUAGES)('%s: renders text with every placeholder filled', (lang) => {
    for (const part of ALL_PARTS) {
      const text = one(part, lang);
      expect(text.trim(), label(part)).not.toBe('');
      expect(text, label(part)).not.toMatch(LEFTOVER);
      expect(text, label(part)).not.toContain('undefined');
      expect(text, label(part)).not.toContain('NaN');
      expect(text, label(part)).not.toMatch(/\.\.$/);
    }
  });

  it.each(NON_EN)('%s: is translated, not English', (lang) => {
    for (const part of ALL_PARTS) {
      expect(one(part, lang), label(part)).not.toBe(one(part, 'en'));
    }
    const he = lang === 'he';
    for (const part of ALL_PARTS) {
      // Hebrew is written in Hebrew letters; Polish and Russian keep none.
      expect(HEBREW.test(one(part, lang)), label(part)).toBe(he);
    }
  });

  it('translates every reason word (no raw reason code reaches the user)', () => {
    for (const lang of UI_LANGUAGES) {
      for (const r of REFUSAL_REASONS) {
        const text = one({ key: 'reason', values: { reason: r, evidence: '' } }, lang);
        expect(text).toContain(createT(rationaleStrings, lang)(`reason.${r}`));
        if (lang !== 'en' && NON_EN.includes(lang)) expect(text, `${lang} ${r}`).not.toContain(r);
      }
    }
  });

  it('lists exactly the plural categories each language uses', () => {
    for (const lang of TRANSLATED_LANGUAGES) {
      const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
      const counted = Object.values(rationaleStrings[lang] ?? {}).flatMap((ast) =>
        (ast ?? []).filter((el) => el.type === 6),
      );
      expect(counted.length).toBe(9);
      for (const plural of counted) {
        expect(plural.type === 6 && plural.value, lang).toBe('n');
        expect(plural.type === 6 && Object.keys(plural.options).sort(), lang).toEqual(categories);
      }
      expect(argumentNames(rationaleStrings.en['step.instalments'])).toEqual(new Set(['n']));
    }
  });

  it('has a phrase for every step the advisor produces', () => {
    const sources = ['ladder.ts', 'reason-paths.ts', 'suggest.ts'].map((f) =>
      readFileSync(new URL(`../../../utils/advisor/${f}`, import.meta.url), 'utf8'),
    );
    const produced = new Set(
      sources.flatMap((src) =>
        // `step: 'gentle'` and `step: other ? 'channel_switch' : 'phone'`
        [...src.matchAll(/\bstep: ((?:\w+ \? )?'\w+'(?: : '\w+')?)/g)].flatMap((m) =>
          [...(m[1] ?? '').matchAll(/'(\w+)'/g)].map((q) => q[1] ?? ''),
        ),
      ),
    );
    expect(produced.size).toBeGreaterThan(15);
    for (const step of produced) expect(Object.keys(STEP_VALUES)).toContain(step);
  });

  it('renders nothing for an unknown step or part, and falls back to English', () => {
    expect(renderRationale([{ key: 'step', values: { step: 'toString' } }], 'pl')).toBe('');
    expect(renderRationale([], 'he')).toBe('');
    const parts: RationalePart[] = [{ key: 'days_overdue', values: { days: 3 } }];
    expect(renderRationale(parts, 'xx' as UiLanguage)).toBe(renderRationale(parts, 'en'));
  });
});

describe('plural forms', () => {
  const overdue = (days: number, lang: UiLanguage) =>
    one({ key: 'days_overdue', values: { days } }, lang);
  const reminders = (count: number, lang: UiLanguage) =>
    one({ key: 'reminders_sent', values: { count } }, lang);

  it('Polish: dzień / dni, przypomnienie / przypomnienia / przypomnień', () => {
    expect([1, 2, 5, 22].map((n) => overdue(n, 'pl'))).toEqual([
      '1 dzień po terminie.',
      '2 dni po terminie.',
      '5 dni po terminie.',
      '22 dni po terminie.',
    ]);
    expect([1, 2, 5, 22].map((n) => reminders(n, 'pl'))).toEqual([
      'Wysłano 1 przypomnienie.',
      'Wysłano 2 przypomnienia.',
      'Wysłano 5 przypomnień.',
      'Wysłano 22 przypomnienia.',
    ]);
  });

  it('Russian: день / дня / дней (21 takes the singular)', () => {
    expect([1, 2, 5, 21, 22].map((n) => overdue(n, 'ru'))).toEqual([
      'Просрочка 1 день.',
      'Просрочка 2 дня.',
      'Просрочка 5 дней.',
      'Просрочка 21 день.',
      'Просрочка 22 дня.',
    ]);
    expect([1, 2, 5, 22].map((n) => reminders(n, 'ru'))).toEqual([
      'Отправлено 1 напоминание.',
      'Отправлено 2 напоминания.',
      'Отправлено 5 напоминаний.',
      'Отправлено 22 напоминания.',
    ]);
  });

  it('Hebrew: one / two (dual) / other', () => {
    expect([1, 2, 5, 22].map((n) => overdue(n, 'he'))).toEqual([
      'התשלום באיחור של יום אחד.',
      'התשלום באיחור של יומיים.',
      'התשלום באיחור של 5 ימים.',
      'התשלום באיחור של 22 ימים.',
    ]);
    expect([1, 2, 5, 22].map((n) => reminders(n, 'he'))).toEqual([
      'נשלחה תזכורת אחת.',
      'נשלחו שתי תזכורות.',
      'נשלחו 5 תזכורות.',
      'נשלחו 22 תזכורות.',
    ]);
  });

  it('English keeps one / other', () => {
    expect([1, 2, 22].map((n) => overdue(n, 'en'))).toEqual([
      '1 day overdue.',
      '2 days overdue.',
      '22 days overdue.',
    ]);
  });

  it('counts disputed invoices from the list of numbers', () => {
    const held = (numbers: string) => one({ key: 'disputed_held_out', values: { numbers } }, 'pl');
    expect(held('A-1')).toBe('Sporna faktura A-1 nie jest ponaglana.');
    expect(held('A-1, A-2')).toBe('Sporne faktury A-1, A-2 nie są ponaglane.');
  });
});

describe('dates in the UI language', () => {
  const promise: RationalePart = { key: 'promise', values: { date: '2026-12-03' } };
  it.each([
    ['en', '3 December 2026'],
    ['pl', '3 grudnia 2026'],
    ['ru', '3 декабря 2026'],
    ['he', '3 בדצמבר 2026'],
  ] as const)('%s: %s', (lang, date) => {
    expect(one(promise, lang)).toContain(date);
  });

  it('Russian: a date at the end of a sentence ends it with one full stop', () => {
    expect(one(promise, 'ru')).toBe('Оплата обещана на 3 декабря 2026 г.');
    const wait: RationalePart = { key: 'step', values: { step: 'wait', date: '2026-12-07' } };
    expect(one(wait, 'ru')).toBe('Пока отправлять нечего; следующий шаг — 7 декабря 2026 г.');
  });
});

describe('bidi isolation', () => {
  const quoted: RationalePart = {
    key: 'reason',
    values: { reason: 'cash_flow', evidence: 'We are short of cash this month' },
  };

  it('wraps the client’s own words in FSI … PDI in every language, in the language’s quotes', () => {
    const isolated = `${FSI}We are short of cash this month${PDI}`;
    expect(one(quoted, 'en')).toContain(`"${isolated}"`);
    expect(one(quoted, 'pl')).toContain(`„${isolated}”`);
    expect(one(quoted, 'ru')).toContain(`«${isolated}»`);
    expect(one(quoted, 'he')).toContain(`"${isolated}"`);
  });

  it('keeps a Hebrew quote isolated inside a left-to-right sentence too', () => {
    const part: RationalePart = {
      key: 'new_reply',
      values: { date: '2026-11-20', reason: 'forgot', evidence: 'שכחתי, סליחה' },
    };
    expect(one(part, 'en')).toContain(`("${FSI}שכחתי, סליחה${PDI}")`);
  });

  it('drops stray bidi controls from quoted text, so the isolates stay balanced', () => {
    const part: RationalePart = {
      key: 'reason',
      values: { reason: 'deliberate', evidence: 'no\u2069\u202e way\u2066' },
    };
    const text = one(part, 'he');
    expect(text).toContain(`${FSI}no way${PDI}`);
    expect(text.split(FSI).length).toBe(text.split(PDI).length);
  });

  it('isolates amounts and invoice numbers inside Hebrew sentences only', () => {
    const parts: RationalePart[] = [
      { key: 'partial_payment', values: { paid: '€300.00' } },
      { key: 'assumed_due_date', values: { number: 'INV-7', date: '2026-10-01', termDays: 30 } },
      { key: 'disputed_held_out', values: { numbers: 'INV-2, INV-3' } },
    ];
    const he = renderRationale(parts, 'he');
    expect(he).toContain(`${FSI}€300.00${PDI}`);
    expect(he).toContain(`${FSI}INV-7${PDI}`);
    expect(he).toContain(`${FSI}INV-2, INV-3${PDI}`);
    expect(he).toContain('1 באוקטובר 2026');
    for (const lang of ['en', 'pl', 'ru'] as const) {
      expect(renderRationale(parts, lang)).not.toMatch(/[\u2066-\u2069]/);
    }
  });
});

describe('the typical case: 22 days overdue, one reminder sent, the client short of cash', () => {
  const parts: RationalePart[] = [
    { key: 'days_overdue', values: { days: 22 } },
    { key: 'reminders_sent', values: { count: 1 } },
    { key: 'reason', values: { reason: 'cash_flow', evidence: 'Tight month, sorry' } },
    { key: 'step', values: { step: 'instalments', count: 3 } },
  ];
  const q = `${FSI}Tight month, sorry${PDI}`;

  it.each([
    [
      'en',
      `22 days overdue, 1 reminder sent, client cannot pay right now (cash flow) ("${q}"). Offer 3 instalments with dates.`,
    ],
    [
      'pl',
      `22 dni po terminie, wysłano 1 przypomnienie, klient ma problemy z płynnością i nie może teraz zapłacić („${q}”). Zaproponuj spłatę w 3 ratach z konkretnymi terminami.`,
    ],
    [
      'ru',
      `Просрочка 22 дня, отправлено 1 напоминание, клиент сейчас не может заплатить из-за кассового разрыва («${q}»). Предложите разбить оплату на 3 платежа с конкретными датами.`,
    ],
    [
      'he',
      `התשלום באיחור של 22 ימים, נשלחה תזכורת אחת, הלקוח לא יכול לשלם כרגע בגלל בעיית תזרים ("${q}"). כדאי להציע פריסה ל־3 תשלומים בתאריכים קבועים.`,
    ],
  ] as const)('%s', (lang, expected) => {
    expect(renderRationale(parts, lang)).toBe(expected);
  });

  it('defaults to English', () => {
    expect(renderRationale(parts)).toBe(renderRationale(parts, 'en'));
  });
});

describe('the advisor', () => {
  it('keeps `rationale` in English and hands over the parts it was built from', () => {
    const s = suggestNextStep(
      state(
        [invoice({ id: '1', amountMinor: 100000, dueDate: '2026-11-01' })],
        [
          sent('2026-11-10', 'reminder_gentle', 'overdue_gentle'),
          reason('2026-11-12', 'cash_flow'),
        ],
      ),
      noon('2026-11-23'),
      defaultAdvisorSettings,
    );
    expect(s.rationale).toBe(renderRationale(s.rationaleParts, 'en'));
    expect(s.rationale).toMatch(/^22 days overdue, 1 reminder sent/);
    expect(renderRationale(s.rationaleParts, 'pl')).toMatch(
      /^22 dni po terminie, wysłano 1 przypomnienie, klient ma problemy z płynnością/,
    );
  });
});

describe('in the background: the user’s UI language from the stored settings', () => {
  const cs = { id: 'ext', tab: { id: 1 } };

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'], now: noon('2026-11-23') });
  });
  afterEach(() => vi.useRealTimers());

  const setUi = async (uiLanguage: 'auto' | UiLanguage) =>
    uiSettings.set({ ...(await uiSettings.get()), uiLanguage });

  async function clientOwing() {
    await knowTheUser();
    const db = freshDb();
    const handlers = createHandlers(db);
    const res = await dispatch(
      'cs-bg:observe',
      { observations: [invoiceObservation({ dueDate: '2026-11-01' })] },
      cs,
      handlers,
    );
    return { db, handlers, clientId: res.results[0]!.clientId! };
  }

  it('resolves the setting, with "auto" following the browser languages', async () => {
    expect(await backgroundUiLanguage(['he-IL', 'en'])).toBe('he');
    await setUi('ru');
    expect(await backgroundUiLanguage(['he-IL', 'en'])).toBe('ru');
    await setUi('auto');
    expect(await backgroundUiLanguage(['pl-PL'])).toBe('pl');
    expect(await backgroundUiLanguage(['ja-JP'])).toBe('en');
  });

  it('renders the Gmail panel’s rationale in the UI language', async () => {
    const { handlers } = await clientOwing();
    const panel = async () =>
      (await dispatch('cs-bg:threadContext', { emails: ['ap@acme.example'] }, cs, handlers))
        ?.suggestion?.rationale;
    await setUi('pl');
    expect(await panel()).toBe(
      '22 dni po terminie. Wyślij uprzejme przypomnienie, zakładając, że to zwykłe przeoczenie.',
    );
    await setUi('he');
    expect(await panel()).toBe(
      'התשלום באיחור של 22 ימים. כדאי לשלוח תזכורת עדינה, מתוך הנחה שמדובר בהיסח הדעת.',
    );
    await setUi('en');
    expect(await panel()).toBe(
      '22 days overdue. Send a gentle reminder that assumes an oversight.',
    );
  });

  it('tells the Gmail panel which UI language to speak', async () => {
    const { handlers } = await clientOwing();
    const lang = async () =>
      (await dispatch('cs-bg:threadContext', { emails: ['ap@acme.example'] }, cs, handlers))
        ?.uiLanguage;
    await setUi('he');
    expect(await lang()).toBe('he');
    await setUi('pl');
    expect(await lang()).toBe('pl');
  });

  it('toPanelSuggestion renders English unless told otherwise', () => {
    const s = suggestNextStep(
      state([invoice({ id: '1', amountMinor: 100000, dueDate: '2026-11-01' })]),
      noon('2026-11-23'),
      defaultAdvisorSettings,
    );
    expect(toPanelSuggestion(s).rationale).toBe(s.rationale);
    expect(toPanelSuggestion(s, 'ru').rationale).toMatch(/^Просрочка 22 дня\. Отправьте /);
  });

  it('writes the follow-up notification’s next step in the UI language', async () => {
    const { db, clientId } = await clientOwing();
    await setUi('ru');
    expect((await nextStepForNotification(db, clientId, noon('2026-11-23')))?.headline).toBe(
      'Просрочка 22 дня. Отправьте мягкое напоминание: скорее всего, об оплате просто забыли.',
    );
    const he = await nextStepForNotification(db, clientId, noon('2026-11-23'), 'he');
    expect(he?.headline).toMatch(/^התשלום באיחור של 22 ימים\./);
  });
});
