/** The advisor settings schema: defaults, validation of edits and of template overrides. */
import { describe, expect, it } from 'vitest';
import { advisorSettingsSchema, defaultAdvisorSettings } from '@/utils/advisor';

describe('advisorSettingsSchema', () => {
  it('fills every default from an empty object and round-trips', () => {
    expect(defaultAdvisorSettings.cadence.reminderIntervalDays).toBe(7);
    expect(defaultAdvisorSettings.legal.presetId).toBe('none');
    expect(defaultAdvisorSettings.legal.referenceRates.pl.length).toBeGreaterThan(0);
    expect(advisorSettingsSchema.parse(JSON.parse(JSON.stringify(defaultAdvisorSettings)))).toEqual(
      defaultAdvisorSettings,
    );
  });

  it('keeps partial stored values and fills the rest', () => {
    const s = advisorSettingsSchema.parse({
      senderName: 'Ola',
      cadence: { reminderIntervalDays: 10 },
    });
    expect(s.senderName).toBe('Ola');
    expect(s.cadence.reminderIntervalDays).toBe(10);
    expect(s.cadence.finalDemandDeadlineDays).toBe(14);
  });

  it('rejects out-of-range numbers and unknown languages', () => {
    expect(advisorSettingsSchema.safeParse({ cadence: { reminderIntervalDays: 0 } }).success).toBe(
      false,
    );
    expect(advisorSettingsSchema.safeParse({ defaultLanguage: 'it' }).success).toBe(false);
    expect(
      advisorSettingsSchema.safeParse({ cashFlow: { earlyPaymentDiscountPercent: 2.5 } }).success,
    ).toBe(false);
  });

  it('accepts valid template overrides and rejects unknown placeholders or markup', () => {
    const ok = {
      templateOverrides: {
        pl: { reminder_gentle: { subject: 'Faktura {{invoiceNumber}}', body: 'Kwota {{amount}}' } },
      },
    };
    expect(advisorSettingsSchema.safeParse(ok).success).toBe(true);
    const typo = {
      templateOverrides: {
        pl: { reminder_gentle: { subject: 'Faktura {{invoiceNo}}', body: 'x' } },
      },
    };
    const r = advisorSettingsSchema.safeParse(typo);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('invoiceNo');
    expect(
      advisorSettingsSchema.safeParse({
        templateOverrides: { en: { nope: { subject: 'a', body: 'b' } } },
      }).success,
    ).toBe(false);
    expect(
      advisorSettingsSchema.safeParse({
        templateOverrides: { en: { due_today: { subject: 'a', body: '<b>x</b>' } } },
      }).success,
    ).toBe(false);
  });
});
