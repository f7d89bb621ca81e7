/**
 * The advisor's settings: the user's profile for signatures, tone, legal regime with its editable
 * rate tables, the reminder cadence, cash-flow offers and template overrides. Stored in
 * browser.storage and validated with this schema on every read (defaults fill the gaps).
 */
import { z } from 'zod';
import { languageCode } from '@/utils/db/records';
import { defaultLegalSettings, legalSettingsSchema } from '@/utils/legal/claim';
import { TEMPLATE_IDS, type TemplateId } from '@/utils/templates/catalog';
import { templateProblems } from '@/utils/templates/render';

const templateId = z.enum(Object.keys(TEMPLATE_IDS) as [TemplateId, ...TemplateId[]]);

/** A user's own version of a template; unknown placeholders and markup are rejected. */
export const messageTemplateSchema = z
  .object({ subject: z.string().max(300), body: z.string().max(10_000) })
  .superRefine((tpl, ctx) => {
    for (const problem of [...templateProblems(tpl.subject), ...templateProblems(tpl.body)]) {
      ctx.addIssue({ code: 'custom', message: problem });
    }
  });

const cadenceDefaults = {
  /** Days between reminders on the ladder. */
  reminderIntervalDays: 7,
  /** Courtesy note this many days before the due date (0 = none). */
  courtesyDaysBeforeDue: 3,
  /** First overdue reminder this many days after the due date. */
  graceDaysAfterDue: 1,
  /** Deadline given in a formal demand. */
  finalDemandDeadlineDays: 14,
  /** Days of notice in the handover notice. */
  handoverNoticeDays: 7,
  /** Assumed payment term for invoices without a due date (EU/PL statutory default: 30). */
  defaultPaymentTermDays: 30,
  /**
   * A resent or corrected invoice whose due date has passed gets a new one this many days
   * from the message date: a message never asks for payment by a date already gone.
   */
  newPaymentTermDays: 7,
};

const cashFlowDefaults = {
  instalmentCount: 3,
  /** Days between instalments; the first falls `firstInstalmentDays` from today. */
  instalmentIntervalDays: 30,
  firstInstalmentDays: 7,
  /** Discount offered for paying early after an instalment offer went unanswered (0 = never). */
  earlyPaymentDiscountPercent: 0,
  earlyPaymentDiscountDays: 7,
};

export const advisorSettingsSchema = z.object({
  senderName: z.string().max(200).default(''),
  businessName: z.string().max(200).default(''),
  /** Multi-line; when empty, sender and business names sign the message. */
  signature: z.string().max(2000).default(''),
  /** IBAN, payment link… as the user wants it printed. */
  paymentDetails: z.string().max(2000).default(''),
  /** Message language for clients whose language is unknown. */
  defaultLanguage: languageCode.default('en'),
  /** Shifts the suggested tone one step warmer or more formal (below the formal stages). */
  tone: z.enum(['warm', 'neutral', 'formal']).default('neutral'),
  legal: legalSettingsSchema.default(defaultLegalSettings),
  cadence: z
    .object({
      reminderIntervalDays: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(cadenceDefaults.reminderIntervalDays),
      courtesyDaysBeforeDue: z
        .number()
        .int()
        .min(0)
        .max(30)
        .default(cadenceDefaults.courtesyDaysBeforeDue),
      graceDaysAfterDue: z.number().int().min(0).max(30).default(cadenceDefaults.graceDaysAfterDue),
      finalDemandDeadlineDays: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(cadenceDefaults.finalDemandDeadlineDays),
      handoverNoticeDays: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(cadenceDefaults.handoverNoticeDays),
      defaultPaymentTermDays: z
        .number()
        .int()
        .min(0)
        .max(180)
        .default(cadenceDefaults.defaultPaymentTermDays),
      newPaymentTermDays: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(cadenceDefaults.newPaymentTermDays),
    })
    .default(cadenceDefaults),
  cashFlow: z
    .object({
      instalmentCount: z.number().int().min(2).max(12).default(cashFlowDefaults.instalmentCount),
      instalmentIntervalDays: z
        .number()
        .int()
        .min(7)
        .max(92)
        .default(cashFlowDefaults.instalmentIntervalDays),
      firstInstalmentDays: z
        .number()
        .int()
        .min(0)
        .max(60)
        .default(cashFlowDefaults.firstInstalmentDays),
      earlyPaymentDiscountPercent: z
        .number()
        .int()
        .min(0)
        .max(50)
        .default(cashFlowDefaults.earlyPaymentDiscountPercent),
      earlyPaymentDiscountDays: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(cashFlowDefaults.earlyPaymentDiscountDays),
    })
    .default(cashFlowDefaults),
  templateOverrides: z
    .partialRecord(languageCode, z.partialRecord(templateId, messageTemplateSchema))
    .default({}),
});

export type AdvisorSettings = z.infer<typeof advisorSettingsSchema>;

/** Settings with every default filled in. */
export const defaultAdvisorSettings: AdvisorSettings = advisorSettingsSchema.parse({});
