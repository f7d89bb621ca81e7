import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STORE_NAMES,
  buildExport,
  eraseAllData,
  parseExportText,
  readAllStores,
  replaceAllData,
  serializeExport,
} from '@/utils/data';
import { uiSettingsSchema, type UiSettings } from '@/utils/settings/schema';
import {
  advisorSettingsSchema,
  defaultAdvisorSettings,
  type AdvisorSettings,
} from '@/utils/advisor';
import { freshDb } from '../helpers';
import { databaseArb } from './arbitraries';
import { seedStores, sortedStores, tableCounts } from './seed';

const uiSettingsArb: fc.Arbitrary<UiSettings> = fc.record({
  uiLanguage: fc.constantFrom('auto', 'en', 'pl', 'ru', 'he'),
  theme: fc.constantFrom('auto', 'light', 'dark'),
  gmailPanel: fc.boolean(),
  ownEmails: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.example$/), {
    maxLength: 3,
  }),
  ignoredDomains: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}\.example$/), { maxLength: 3 }),
  billingSenders: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.example$/), {
    maxLength: 2,
  }),
  paymentSenders: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}\.example$/), { maxLength: 2 }),
  approvedIssuers: fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,8} Studio$/), { maxLength: 2 }),
});
const advisorSettingsArb: fc.Arbitrary<AdvisorSettings> = fc
  .record({
    senderName: fc.string({ maxLength: 30 }),
    signature: fc.string({ maxLength: 80 }),
    paymentDetails: fc.constantFrom(
      '',
      'IBAN: PL61 1090 1014 0000 0712 1981 2874\nhttps://pay.example/x',
    ),
    defaultLanguage: fc.constantFrom('en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es'),
    tone: fc.constantFrom('warm', 'neutral', 'formal'),
    presetId: fc.constantFrom('eu', 'pl', 'uk', 'none'),
    override: fc.option(
      fc.record({
        subject: fc.constant('Re: {{invoiceNumber}}'),
        body: fc.string({ maxLength: 60 }).map((b) => `${b.replace(/[{}<>]/g, '')}\n{{signature}}`),
      }),
      { nil: null },
    ),
  })
  .map(({ presetId, override, ...rest }) =>
    advisorSettingsSchema.parse({
      ...defaultAdvisorSettings,
      ...rest,
      legal: { ...defaultAdvisorSettings.legal, presetId },
      templateOverrides: override ? { pl: { reminder_firm: override } } : {},
    }),
  );
const settingsSchemas = { uiSettings: uiSettingsSchema, advisorSettings: advisorSettingsSchema };

describe('export → erase → import', () => {
  it('restores exactly the data that was exported, for any database', async () => {
    await fc.assert(
      fc.asyncProperty(
        databaseArb(),
        uiSettingsArb,
        advisorSettingsArb,
        async (contents, ui, advisor) => {
          const db = freshDb();
          try {
            await seedStores(db, contents);
            const before = await readAllStores(db);
            // The generator itself is checked: what went in is what IndexedDB holds.
            expect(before).toEqual(sortedStores(contents));

            const text = serializeExport(
              await buildExport(db, {
                settings: { uiSettings: ui, advisorSettings: advisor },
                exportedAt: '2026-11-23T10:00:00.000Z',
              }),
            );
            await eraseAllData(db);
            expect(Object.values(await tableCounts(db)).every((n) => n === 0)).toBe(true);

            const parsed = parseExportText(text, { schemaVersion: db.verno, settingsSchemas });
            if (!parsed.ok)
              throw new Error(`refused its own export: ${JSON.stringify(parsed.problems)}`);
            await replaceAllData(db, parsed.value.stores);

            expect(await readAllStores(db)).toEqual(before);
            expect(parsed.value.settings).toEqual({ uiSettings: ui, advisorSettings: advisor });
            for (const store of STORE_NAMES)
              expect(parsed.value.counts[store]).toBe(contents[store].length);
          } finally {
            db.close();
            await db.delete();
          }
        },
      ),
      { numRuns: 50 },
    );
  }, 60_000);

  it('a refused file leaves a populated database untouched', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArb(3), fc.nat(), async (contents, pick) => {
        fc.pre(contents.clients.length > 0);
        const db = freshDb();
        try {
          await seedStores(db, contents);
          const before = await readAllStores(db);
          const file = await buildExport(db, {
            settings: { uiSettings: {}, advisorSettings: defaultAdvisorSettings },
            exportedAt: '2026-11-23T10:00:00.000Z',
          });
          // Break one client: a name that is not a string.
          const victim = file.stores.clients[pick % file.stores.clients.length]!;
          (victim as unknown as Record<string, unknown>).name = 42;
          const parsed = parseExportText(serializeExport(file), {
            schemaVersion: db.verno,
            settingsSchemas,
          });
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) {
            expect(parsed.problems).toContainEqual(
              expect.objectContaining({
                code: 'invalid-record',
                store: 'clients',
                id: victim.id,
                field: 'name',
              }),
            );
          }
          expect(await readAllStores(db)).toEqual(before);
        } finally {
          db.close();
          await db.delete();
        }
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
