// Issue 11, finding 12: a due date like 9999-99-99 stored before dates were checked (older
// versions, raw writes) no longer makes ui-bg:suggest or cs-bg:threadContext throw.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import { freshDb, invoiceObservation, knowTheUser } from '../helpers';

const gmail = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const ui = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

describe('stored impossible dates', () => {
  it('suggest and threadContext answer instead of throwing', async () => {
    const db = freshDb();
    const handlers = createHandlers(db);
    await knowTheUser();
    await dispatch('cs-bg:observe', { observations: [invoiceObservation()] }, gmail, handlers);
    const client = (await db.clients.toArray())[0]!;
    // Written past the schemas, as an older version could have.
    await db.invoices.toCollection().modify({ dueDate: '9999-99-99' });
    await db.summaries.toCollection().modify((s) => {
      s.oldestDueDate = '9999-99-99';
      s.open = s.open.map((o) => ({ ...o, dueDate: '9999-99-99' }));
    });
    await expect(
      dispatch('ui-bg:suggest', { clientId: client.id }, ui, handlers),
    ).resolves.toBeDefined();
    await expect(
      dispatch('cs-bg:threadContext', { emails: client.emails }, gmail, handlers),
    ).resolves.toBeDefined();
  });
});
