// @vitest-environment happy-dom
/** Issue 14 / 16: the client form edits the contact person, and messages greet that person. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@/utils/db/repository';
import { contactFromForm } from '@/utils/popup/contact';
import { popupSuggestion } from '@/utils/background/suggest';
import { addInvoice } from '@/utils/db/repository';
import {
  button,
  click,
  eventually,
  mountApp,
  preloadViews,
  rig,
  submit,
  type,
  unmountAll,
} from './harness';

beforeAll(preloadViews, 30_000);
afterEach(unmountAll);

describe('contact person', () => {
  it('splits the name for the greeting; a middle patronymic is kept apart', () => {
    expect(contactFromForm('  Sarah   Collins ', 'female')).toEqual({
      name: 'Sarah Collins',
      givenName: 'Sarah',
      familyName: 'Collins',
      patronymic: null,
      gender: 'female',
    });
    expect(contactFromForm('Анна Сергеевна Ковальчук', 'female')).toMatchObject({
      givenName: 'Анна',
      patronymic: 'Сергеевна',
      familyName: 'Ковальчук',
    });
    expect(contactFromForm('   ', 'male')).toBeNull();
  });

  it('is edited in the client form and greets that person in the next message', async () => {
    const base = rig();
    const c = await createClient(base.db, { name: 'Collins Ltd', emails: ['ap@collins.example'] });
    await addInvoice(
      base.db,
      {
        clientId: c.id,
        number: 'C-1',
        amountMinor: 500_00,
        currency: 'GBP',
        issueDate: '2026-01-01',
        dueDate: '2026-02-01',
        source: { kind: 'manual', url: null, messageId: null },
      },
      { idempotencyKey: 'c-1', at: '2026-01-01T09:00:00.000Z', eventType: 'invoice_added' },
    );
    const r = mountApp(base, 'en', ['en'], c.id);
    await eventually(() => expect(button(r.root, 'Edit client')).toBeTruthy());
    click(button(r.root, 'Edit client'));
    await eventually(() => expect(r.root.querySelector('#client-contact')).not.toBeNull());
    type(r.root.querySelector('#client-contact'), 'Sarah Collins');
    type(r.root.querySelector('#client-salutation'), 'female');
    submit(r.root.querySelector('form.entry-form'));
    await eventually(async () =>
      expect((await base.db.clients.get(c.id))?.contact).toMatchObject({
        name: 'Sarah Collins',
        familyName: 'Collins',
        gender: 'female',
      }),
    );
    const s = await popupSuggestion(base.db, c.id, new Date('2026-03-01T10:00:00Z'));
    expect(s?.body).toMatch(/Ms Collins/);
  });
});
