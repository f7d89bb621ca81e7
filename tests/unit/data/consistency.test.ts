// Issue 11, findings 11–12: an import checks consistency as well as shape (one owner per address,
// summaries that follow from the invoices), a refused import changes nothing, and an export with
// the largest amounts allowed passes its own import.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import { readAllStores, serializeExport } from '@/utils/data';
import type { FirmlyDB } from '@/utils/db/database';
import { MAX_AMOUNT_MINOR } from '@/utils/db/records';
import { defaultUiSettings, uiSettingsSchema } from '@/utils/settings/schema';
import { freshDb, invoiceObservation, knowTheUser } from '../helpers';
import { memoryItem, testPort } from './port';

const gmail = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };

describe('imports check consistency', () => {
  let db: FirmlyDB;
  beforeEach(async () => {
    await knowTheUser();
    db = freshDb();
    const handlers = createHandlers(db);
    const observations = [
      invoiceObservation({ key: 'a', number: 'A-1', amountMinor: MAX_AMOUNT_MINOR }),
      invoiceObservation({ key: 'b', number: 'A-2', amountMinor: MAX_AMOUNT_MINOR }),
      invoiceObservation({
        key: 'c',
        number: 'B-1',
        counterparty: { email: 'ap@beta.example', name: 'Beta' },
      }),
    ];
    await dispatch('cs-bg:observe', { observations }, gmail, handlers);
  });
  const port = () => testPort(db, { uiSettings: memoryItem(uiSettingsSchema, defaultUiSettings) });

  it('an export with the largest amounts passes its own import, and sums stay exact', async () => {
    const { file, selfCheck } = await port().exportData();
    expect(selfCheck.total).toBe(0);
    const balances = file.stores.summaries.flatMap((s) => Object.values(s.balances));
    expect(balances).toContain(2 * MAX_AMOUNT_MINOR);
    const res = await port().importData(serializeExport(file));
    expect(res.ok).toBe(true);
  });

  it('refuses two clients sharing an address, and changes nothing', async () => {
    const { file } = await port().exportData();
    const before = await readAllStores(db);
    const [first, second] = file.stores.clients;
    second!.emails = [...second!.emails, first!.emails[0]!];
    const res = await port().importData(serializeExport(file));
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.problems).toEqual([
        expect.objectContaining({
          store: 'clients',
          field: 'emails',
          detail: expect.stringMatching(/already belongs/),
        }),
      ]);
    expect(await readAllStores(db)).toEqual(before);
  });

  it('refuses a summary whose balance the invoices do not back, and changes nothing', async () => {
    const { file } = await port().exportData();
    const before = await readAllStores(db);
    const summary = file.stores.summaries[0]!;
    summary.balances = { ...summary.balances, EUR: 999 };
    summary.open = [];
    const res = await port().importData(serializeExport(file));
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.problems.map((p) => ('field' in p ? p.field : p.code))).toEqual([
        'open',
        'balances',
      ]);
    expect(await readAllStores(db)).toEqual(before);
  });
});
