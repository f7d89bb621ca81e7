import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_LISTED_PROBLEMS,
  describeProblem,
  parseExportText,
  validateExport,
  type FirmlyExport,
} from '@/utils/data';
import { uiSettingsSchema } from '@/utils/settings/schema';

const settingsSchemas = { uiSettings: uiSettingsSchema, extra: z.object({ n: z.number().int() }) };
const options = { schemaVersion: 2, settingsSchemas };

const client = {
  id: 'c1',
  name: 'ACME',
  emails: ['ap@acme.example'],
  domain: 'acme.example',
  language: 'en',
  defaultCurrency: 'USD',
  notes: '',
  ignored: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};
const invoice = {
  id: 'i1',
  clientId: 'c1',
  number: 'INV-1',
  amountMinor: 1000,
  paidMinor: 0,
  currency: 'USD',
  issueDate: '2026-01-01',
  dueDate: '2026-02-01',
  status: 'open',
  source: { kind: 'manual', url: null, messageId: null },
  createdAt: '2026-01-01T00:00:00.000Z',
};
const event = {
  id: 'e1',
  clientId: 'c1',
  invoiceId: 'i1',
  type: 'invoice_added',
  at: '2026-01-01T00:00:00.000Z',
  data: { type: 'invoice_added', invoiceId: 'i1', amountMinor: 1000, currency: 'USD' },
  source: { kind: 'manual', url: null, messageId: null },
  idempotencyKey: 'k1',
  recordedAt: '2026-01-01T00:00:00.000Z',
};

function file(
  patch: (f: FirmlyExport & Record<string, unknown>) => void = () => {},
): Record<string, unknown> {
  const f = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: 2,
    exportedAt: '2026-11-23T10:00:00.000Z',
    appVersion: '0.1.0',
    stores: {
      clients: [structuredClone(client)],
      invoices: [structuredClone(invoice)],
      events: [structuredClone(event)],
      followups: [],
      summaries: [],
    },
    settings: { uiSettings: { uiLanguage: 'pl' }, extra: { n: 1 } },
  } as unknown as FirmlyExport & Record<string, unknown>;
  patch(f);
  return f;
}

function problemsOf(raw: unknown) {
  const res = validateExport(raw, options);
  if (res.ok) throw new Error('expected the file to be refused');
  return res;
}

describe('validateExport', () => {
  it('accepts a good file and outputs records and settings as their schemas do', () => {
    const res = validateExport(file(), options);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.counts).toEqual({
      clients: 1,
      invoices: 1,
      events: 1,
      followups: 0,
      summaries: 0,
      // The file has no replyCorrections (written before v5): read as none.
      replyCorrections: 0,
    });
    // Defaults are filled in (theme was absent in the file).
    expect(res.value.settings.uiSettings).toMatchObject({ uiLanguage: 'pl', theme: 'auto' });
  });

  it('refuses text that is not JSON, saying so', () => {
    const res = parseExportText('{"format": "firmly-export",', options);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]?.code).toBe('not-json');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseExportText(`\uFEFF${JSON.stringify(file())}`, options).ok).toBe(true);
  });

  it.each([
    ['an array', []],
    ['another app’s JSON', { format: 'other', data: {} }],
    ['null', null],
  ])('refuses %s as not a Firmly export', (_label, raw) => {
    expect(problemsOf(raw).problems).toEqual([{ code: 'not-an-export' }]);
  });

  it('refuses an unknown envelope version and a newer database schema', () => {
    expect(problemsOf(file((f) => (f.version = 7 as 1))).problems[0]).toEqual({
      code: 'unsupported-version',
      found: '7',
    });
    expect(problemsOf(file((f) => (f.schemaVersion = 3))).problems[0]).toEqual({
      code: 'newer-schema',
      found: 3,
      supported: 2,
    });
  });

  it('names the store, the record, its id and the field that is wrong', () => {
    const res = problemsOf(
      file((f) => {
        (f.stores.invoices[0] as unknown as Record<string, unknown>).amountMinor = 12.5;
        (f.stores.events[0] as unknown as { data: Record<string, unknown> }).data.currency = 'usd';
      }),
    );
    expect(res.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-record',
        store: 'invoices',
        index: 0,
        id: 'i1',
        field: 'amountMinor',
      }),
      expect.objectContaining({
        code: 'invalid-record',
        store: 'events',
        index: 0,
        id: 'e1',
        field: 'data.currency',
      }),
    ]);
    expect(describeProblem(res.problems[0]!)).toMatch(
      /^invoices record 1 \(id i1\), field "amountMinor": /,
    );
  });

  it('reports a missing store and missing settings', () => {
    const res = problemsOf(
      file((f) => {
        delete (f.stores as Partial<FirmlyExport['stores']>).followups;
        delete f.settings.extra;
      }),
    );
    expect(res.problems).toEqual([
      { code: 'missing-section', section: 'stores.followups' },
      { code: 'missing-section', section: 'settings.extra' },
    ]);
  });

  it('reports settings that fail their schema', () => {
    const res = problemsOf(file((f) => (f.settings.uiSettings = { uiLanguage: 'klingon' })));
    expect(res.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-settings',
        item: 'uiSettings',
        field: 'uiLanguage',
      }),
    ]);
  });

  it('refuses duplicate ids, duplicate idempotency keys and records of clients not in the file', () => {
    const res = problemsOf(
      file((f) => {
        f.stores.clients.push(structuredClone(f.stores.clients[0]!));
        f.stores.events.push({ ...structuredClone(f.stores.events[0]!), id: 'e2' });
        f.stores.invoices.push({
          ...structuredClone(f.stores.invoices[0]!),
          id: 'i2',
          clientId: 'ghost',
        });
      }),
    );
    expect(res.problems).toEqual([
      { code: 'duplicate-id', store: 'clients', index: 1, id: 'c1' },
      { code: 'duplicate-key', store: 'events', index: 1, id: 'e2', key: 'k1' },
      { code: 'unknown-client', store: 'invoices', index: 1, id: 'i2', clientId: 'ghost' },
    ]);
  });

  it('lists the first problems and counts them all', () => {
    const res = problemsOf(
      file((f) => {
        f.stores.clients = Array.from(
          { length: 50 },
          (_, i) => ({ ...client, id: `c${i}`, createdAt: 'yesterday' }) as never,
        );
      }),
    );
    expect(res.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(res.total).toBe(50);
  });
});
