/**
 * Every template in every language, rendered the way the advisor renders it (deriveFacts →
 * makeStep → composeMessage), over the situations that produced wrong letters: one and several
 * open invoices, with and without a contact person, after a reply and after silence, with a stale
 * and a fresh rate table. Each test is one class of defect from issue 16.
 */
import { describe, expect, it } from 'vitest';
import { composeMessage } from '@/utils/advisor/compose';
import { deriveFacts } from '@/utils/advisor/facts';
import { defaultAdvisorSettings, type AdvisorSettings } from '@/utils/advisor/settings';
import { makeStep, NO_REASON } from '@/utils/advisor/step';
import type { ClientState } from '@/utils/advisor/types';
import { addDays, dayNumber } from '@/utils/legal/calendar';
import { LEGAL_PRESET_IDS, legalBasis, type LegalPresetId } from '@/utils/legal/presets';
import {
  MESSAGE_LANGUAGES,
  TEMPLATE_IDS,
  type MessageLanguage,
  type TemplateId,
} from '@/utils/templates/catalog';
import type { Contact } from '@/utils/templates/greeting';
import { formatDate } from '@/utils/templates/values';
import { event, invoice, noon, reply, sent } from '../advisor/builders';

const TODAY = '2026-11-23';
const IDS = Object.keys(TEMPLATE_IDS) as TemplateId[];
const LEGAL_TEMPLATES: readonly TemplateId[] = ['final_demand', 'handover_notice'];

const ONE = [invoice({ id: 'a', amountMinor: 492_000, dueDate: '2026-11-09', number: 'FV/1' })];
const SEVERAL = [
  ...ONE,
  invoice({ id: 'b', amountMinor: 73_800_00, dueDate: '2026-11-02', number: 'FV/2' }),
  invoice({ id: 'c', amountMinor: 12_345, dueDate: '2026-10-15', number: 'FV/3' }),
];
/** Reminders on 12 and 16 November, and nothing from the client since. */
const SILENCE = [
  sent('2026-11-12', 'reminder_gentle', 'overdue_gentle'),
  sent('2026-11-16', 'reminder_firm', 'overdue_firm'),
];
/** The same reminders, then the client answered. */
const REPLIED = [...SILENCE, reply('2026-11-18', 'We will look into it next week.')];

/** A contact per language whose greeting has a known correct form. */
const CONTACTS: Record<MessageLanguage, { contact: Contact; greeting: string }> = {
  en: {
    contact: c('Sarah Collins', 'Sarah', 'Collins', null, 'female'),
    greeting: 'Dear Ms Collins,',
  },
  pl: {
    contact: c('Anna Kowalska', 'Anna', 'Kowalska', null, 'female'),
    greeting: 'Szanowna Pani Anno,',
  },
  ru: {
    contact: c('Анна Сергеевна Иванова', 'Анна', 'Иванова', 'Сергеевна', 'female'),
    greeting: 'Уважаемая Анна Сергеевна!',
  },
  uk: {
    contact: c('Анна Ковальчук', 'Анна', 'Ковальчук', null, 'female'),
    greeting: 'Шановна пані Анно!',
  },
  he: { contact: c('שרה כהן', 'שרה', 'כהן', null, 'female'), greeting: 'שלום שרה,' },
  de: {
    contact: c('Sarah Collins', 'Sarah', 'Collins', null, 'female'),
    greeting: 'Guten Tag Frau Collins,',
  },
  fr: {
    contact: c('Claire Dupont', 'Claire', 'Dupont', null, 'female'),
    greeting: 'Bonjour Madame Dupont,',
  },
  es: {
    contact: c('Juan López', 'Juan', 'López', null, 'male'),
    greeting: 'Estimado Sr. López:',
  },
};

function c(
  name: string,
  givenName: string | null,
  familyName: string | null,
  patronymic: string | null,
  gender: Contact['gender'],
): Contact {
  return { name, givenName, familyName, patronymic, gender };
}

function settingsFor(presetId: LegalPresetId, fresh = false): AdvisorSettings {
  const base = defaultAdvisorSettings;
  const legal = { ...base.legal, presetId };
  if (fresh) {
    // A row for the half-year (and the Russian key rate) that covers the message date.
    legal.referenceRates = {
      ...legal.referenceRates,
      eu: [...legal.referenceRates.eu, { from: '2026-07-01', referenceRateBp: 215 }],
      pl: [...legal.referenceRates.pl, { from: '2026-07-01', referenceRateBp: 400 }],
      uk: [...legal.referenceRates.uk, { from: '2026-07-01', referenceRateBp: 375 }],
      de: [...legal.referenceRates.de, { from: '2026-07-01', referenceRateBp: 127 }],
      ru: [...legal.referenceRates.ru, { from: TODAY, referenceRateBp: 1500 }],
    };
  }
  return { ...base, senderName: 'Ola Nowak', businessName: 'Nowak Studio', legal };
}

interface Scenario {
  lang: MessageLanguage;
  id: TemplateId;
  invoices: typeof ONE;
  events: ReturnType<typeof sent>[];
  contact: Contact | null;
  presetId?: LegalPresetId;
  fresh?: boolean;
}

function render(s: Scenario) {
  const settings = settingsFor(s.presetId ?? 'eu', s.fresh);
  const st: ClientState = {
    client: { name: 'Harbor S.L.', language: s.lang, emails: ['ap@h.example'], contact: s.contact },
    invoices: s.invoices.map((i) => ({ ...i, currency: 'PLN' })),
    events: s.events,
  };
  const facts = deriveFacts(st, noon(TODAY), settings);
  const step = makeStep(facts, settings, NO_REASON, s.id, 'overdue_firm', {
    deadline: addDays(TODAY, 14),
    promisedDate: s.id === 'promise_broken' ? '2026-11-20' : addDays(TODAY, 5),
    instalments: [
      { dueDate: addDays(TODAY, 7), amount: { amountMinor: 100_00, currency: 'PLN' } },
      { dueDate: addDays(TODAY, 37), amount: { amountMinor: 100_00, currency: 'PLN' } },
    ],
    discount: {
      percent: 3,
      amounts: [{ amountMinor: 95_00, currency: 'PLN' }],
      deadline: addDays(TODAY, 7),
    },
    legal: LEGAL_TEMPLATES.includes(s.id),
  });
  return composeMessage(step, facts, st, settings, s.lang);
}

const MATRIX = MESSAGE_LANGUAGES.flatMap((lang) =>
  IDS.flatMap((id) =>
    [
      { invoices: ONE, events: SILENCE, contact: null },
      { invoices: SEVERAL, events: SILENCE, contact: CONTACTS[lang].contact },
      { invoices: SEVERAL, events: REPLIED, contact: null },
      { invoices: ONE, events: REPLIED, contact: CONTACTS[lang].contact },
    ].map((v) => ({ lang, id, ...v }) as Scenario),
  ),
);

/** Words that ask for payment by the date right after them. */
const PAY_BY: Record<MessageLanguage, RegExp> = {
  en: /\b(by|before|no later than)\s+$/i,
  pl: /(\bdo|najpóźniej do|przed)\s+$/i,
  ru: /(\bдо|не позднее)\s+$/i,
  uk: /(\bдо|не пізніше ніж|не пізніше)\s+$/i,
  he: /(עד|לא יאוחר מיום|לפני)\s+$/,
  de: /(\bbis( zum)?|spätestens( am)?)\s+$/i,
  fr: /(avant le|au plus tard le|d’ici le|d'ici le)\s+(?:: )?$/i,
  es: /(antes del|a más tardar el|hasta el)\s+$/i,
};

/** A claim that reminders went unanswered, per language. */
const UNANSWERED: Record<MessageLanguage, RegExp> = {
  en: /unanswered|no reply/i,
  pl: /bez odpowiedzi/i,
  ru: /без ответа/i,
  uk: /без відповіді/i,
  he: /לא התקבל מענה/,
  de: /keine Antwort|unbeantwortet|mehrfacher Erinnerung/i,
  fr: /sans réponse/i,
  es: /sin respuesta|reiterados recordatorios/i,
};

const PAST = new Map<MessageLanguage, string[]>();
/** Every day from 1 September to the day before the message, formatted (longest first). */
function pastDates(lang: MessageLanguage): string[] {
  const known = PAST.get(lang);
  if (known) return known;
  const out: string[] = [];
  for (let d = '2026-09-01'; dayNumber(d) < dayNumber(TODAY); d = addDays(d, 1))
    out.push(formatDate(d, lang));
  out.sort((a, b) => b.length - a.length);
  PAST.set(lang, out);
  return out;
}

/** Rendering hundreds of letters on a loaded CI machine: allow more than the default 5 s. */
const SLOW = 30_000;

describe('issue 16 scenarios: facts, dates, history, law', () => {
  it.each(MATRIX.map((s) => [s.lang, s.id, s.invoices.length, s.events.length, !!s.contact, s]))(
    '%s/%s (%i invoices, %i events, contact %s): no unfilled placeholder',
    (_l, _i, _n, _e, _c, s) => {
      const m = render(s as Scenario);
      expect(m.subject + m.body).not.toMatch(/\{\{|\}\}|undefined|NaN/);
      expect(m.body).not.toContain('..');
    },
    SLOW,
  );

  it.each(MATRIX.filter((s) => s.invoices.length > 1).map((s) => [s.lang, s.id, s]))(
    '%s/%s names every open invoice and gives the total when several are owed',
    (_l, _i, s) => {
      const m = render(s as Scenario);
      for (const n of ['FV/1', 'FV/2', 'FV/3']) expect(m.body).toContain(n);
    },
    SLOW,
  );

  it.each(MATRIX.map((s) => [s.lang, s.id, s.invoices.length, s]))(
    '%s/%s (%i invoices) asks for payment by no date before the message date',
    (_l, _i, _n, s) => {
      const sc = s as Scenario;
      const m = render(sc);
      for (const text of [m.subject, m.body]) {
        let rest = text;
        for (const date of pastDates(sc.lang)) {
          let from = rest.indexOf(date);
          while (from >= 0) {
            const before = rest.slice(Math.max(0, from - 25), from);
            // The broken promise states the date the client gave, which has passed by design.
            const promise =
              sc.id === 'promise_broken' && date === formatDate('2026-11-20', sc.lang);
            if (!promise)
              expect(before, `"${before}${date}" in ${sc.id}`).not.toMatch(PAY_BY[sc.lang]);
            from = rest.indexOf(date, from + 1);
          }
          rest = rest.replaceAll(date, '∎');
        }
      }
    },
    SLOW,
  );

  it.each(MATRIX.filter((s) => s.events === REPLIED).map((s) => [s.lang, s.id, s]))(
    '%s/%s claims no unanswered reminders when the client replied',
    (_l, _i, s) => {
      const m = render(s as Scenario);
      expect(m.body).not.toMatch(UNANSWERED[(s as Scenario).lang]);
    },
    SLOW,
  );

  it.each(MESSAGE_LANGUAGES)('%s final demand after silence states the reminder date', (lang) => {
    const m = render({ lang, id: 'final_demand', invoices: ONE, events: SILENCE, contact: null });
    expect(m.body).toMatch(UNANSWERED[lang]);
    expect(m.body).toContain(formatDate('2026-11-12', lang));
  });

  it.each(MESSAGE_LANGUAGES)('%s greets the contact person in the business form', (lang) => {
    const { contact, greeting } = CONTACTS[lang];
    const m = render({ lang, id: 'reminder_gentle', invoices: ONE, events: SILENCE, contact });
    expect(m.body.split('\n')[0]).toBe(greeting);
    // Never "Hello Sarah Collins,": the business form, not the full name.
    expect(m.body.split('\n')[0]).not.toContain(contact.name);
  });

  const PRESETS = LEGAL_PRESET_IDS.filter((p): p is Exclude<LegalPresetId, 'none'> => p !== 'none');
  /** What a demand under each law must say in the law's own language. */
  const NATIVE: Record<Exclude<LegalPresetId, 'none'>, [MessageLanguage, string]> = {
    eu: ['en', 'Directive 2011/7/EU'],
    pl: ['pl', 'odsetki ustawowe za opóźnienie w transakcjach handlowych'],
    uk: ['en', 'Late Payment of Commercial Debts (Interest) Act 1998'],
    de: ['de', '§ 288 Abs. 2 und 5 BGB'],
    fr: ['fr', 'L. 441-10'],
    es: ['es', 'Ley 3/2004'],
    it: ['en', 'Legislative Decree No. 231'],
    nl: ['en', '6:119a'],
    ru: ['ru', 'ст. 395 Гражданского кодекса'],
    ua: ['uk', 'ст. 625 Цивільного кодексу України'],
    il: ['he', 'הפרשי הצמדה וריבית'],
  };

  it.each(PRESETS.flatMap((p) => MESSAGE_LANGUAGES.map((lang) => [p, lang] as const)))(
    '%s demand in %s cites its own law',
    (presetId, lang) => {
      const m = render({
        lang,
        id: 'final_demand',
        invoices: ONE,
        events: SILENCE,
        contact: null,
        presetId,
      });
      expect(m.body).toContain(legalBasis(presetId, lang));
    },
  );

  it.each(PRESETS)('%s demand says what the law says in its own language', (presetId) => {
    const [lang, words] = NATIVE[presetId];
    const m = render({
      lang,
      id: 'final_demand',
      invoices: ONE,
      events: SILENCE,
      contact: null,
      presetId,
    });
    expect(m.body).toContain(words);
  });

  it.each(
    (['de', 'fr', 'es', 'pl', 'ru', 'eu'] as const).flatMap((p) =>
      MESSAGE_LANGUAGES.map((lang) => [p, lang] as const),
    ),
  )('%s demand in %s: "as of" with a stale table, no date with a fresh one', (presetId, lang) => {
    const stale = render({
      lang,
      id: 'final_demand',
      invoices: ONE,
      events: SILENCE,
      contact: null,
      presetId,
    });
    const fresh = render({
      lang,
      id: 'final_demand',
      invoices: ONE,
      events: SILENCE,
      contact: null,
      presetId,
      fresh: true,
    });
    expect(stale.legal?.stale).toBe(true);
    expect(stale.legal?.ratesAsOf).not.toBeNull();
    expect(stale.body).toContain(formatDate(stale.legal!.ratesAsOf!, lang));
    expect(fresh.legal?.stale).toBe(false);
    for (const m of [stale, fresh])
      expect(m.body).not.toMatch(
        /currently|obecnie|derzeit|actuellement|actualmente|в настоящее время|наразі|כיום/i,
      );
  });

  it('a Russian demand gives the 30 days of the pre-claim period', async () => {
    const { demandStep } = await import('@/utils/advisor/ladder');
    const settings = settingsFor('ru');
    const st: ClientState = {
      client: { name: 'ООО Ромашка', language: 'ru', emails: ['a@r.example'] },
      invoices: ONE,
      events: SILENCE,
    };
    const step = demandStep(deriveFacts(st, noon(TODAY), settings), settings, NO_REASON, TODAY);
    expect(step.deadline).toBe(addDays(TODAY, 30));
  });

  it('a corrected invoice says what changed, from the logged edit', () => {
    const corrected = event(
      '2026-11-20',
      {
        type: 'invoice_corrected',
        invoiceId: 'a',
        before: { amountMinor: 500_000 },
        after: { amountMinor: 492_000 },
      },
      'a',
    );
    const en = render({
      lang: 'en',
      id: 'invoice_corrected',
      invoices: ONE,
      events: [corrected],
      contact: null,
    });
    const flat = en.body.replace(/[\u00a0\u202f]/g, ' ');
    expect(flat).toMatch(/What changed: amount: PLN 5,000\.00 → PLN 4,920\.00\./);
    const pl = render({
      lang: 'pl',
      id: 'invoice_corrected',
      invoices: ONE,
      events: [corrected],
      contact: null,
    });
    expect(pl.body.replace(/[\u00a0\u202f]/g, ' ')).toContain('kwota: 5 000,00 zł → 4 920,00 zł');
  });
});
