// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClientList } from '@/components/popup/ClientList';
import { PopupContext, type PopupEnv } from '@/components/popup/context';
import { createPopupT } from '@/utils/i18n/popup-strings';
import type { UiLanguage } from '@/utils/i18n';
import type { ClientListItem } from '@/utils/ledger/queries';
import { emptySummary } from '@/utils/ledger/summary';

const TODAY = '2026-06-15';

function item(
  id: string,
  name: string,
  balances: Record<string, number>,
  daysOverdue = 0,
  dueDate: string | null = null,
): ClientListItem {
  const open = Object.entries(balances)
    .filter(([, v]) => v > 0)
    .map(([currency, remainingMinor], i) => ({
      invoiceId: `${id}-${i}`,
      number: `${i}`,
      currency,
      remainingMinor,
      dueDate,
      disputed: false,
    }));
  return {
    client: { id, name, emails: [`${id}@x.example`], language: null },
    summary: { ...emptySummary(id, '2026-01-01T00:00:00.000Z'), balances, open },
    overdue: { overdue: {}, daysOverdue },
  };
}

function mount(
  clients: ClientListItem[],
  lang: UiLanguage = 'en',
  onSelect = vi.fn(),
): HTMLElement {
  const env: PopupEnv = {
    send: vi.fn(),
    platform: {
      openTab: vi.fn(),
      copy: vi.fn(),
      openSettings: vi.fn(),
      now: () => new Date(`${TODAY}T10:00:00`),
    },
    t: createPopupT(lang),
    locale: lang,
    today: TODAY,
    announce: vi.fn(),
  };
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <PopupContext.Provider value={env}>
        <ClientList clients={clients} onSelect={onSelect} label="Clients" />
      </PopupContext.Provider>,
      root,
    ),
  );
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ClientList', () => {
  it('shows each client with what they owe per currency, formatted for the locale', () => {
    const root = mount(
      [
        item('a', 'ACME', { USD: 125000, EUR: 5000 }, 12, '2026-06-03'),
        item('b', 'Kowalski', { PLN: 123456 }, 0, '2026-06-17'),
      ],
      'pl',
    );
    const rows = root.querySelectorAll('.client-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('ACME');
    expect(rows[0]?.textContent).toContain('1250,00\u00a0USD');
    expect(rows[0]?.textContent).toContain('12 dni po terminie');
    expect(rows[1]?.textContent).toContain('1234,56\u00a0zł');
    expect(rows[1]?.textContent).toContain('termin za 2 dni');
  });

  it('counts days with the plural form of each language', () => {
    const text = (lang: UiLanguage, days: number) =>
      mount([item('a', 'A', { EUR: 1 }, days, '2026-01-01')], lang).querySelector('.when')
        ?.textContent;
    expect(text('en', 1)).toBe('1 day late');
    expect(text('en', 5)).toBe('5 days late');
    expect(text('ru', 1)).toBe('просрочка 1 день');
    expect(text('ru', 3)).toBe('просрочка 3 дня');
    expect(text('ru', 11)).toBe('просрочка 11 дней');
    expect(text('ru', 21)).toBe('просрочка 21 день');
    expect(text('pl', 22)).toBe('22 dni po terminie');
    expect(text('pl', 1)).toBe('1 dzień po terminie');
    expect(text('he', 2)).toBe('באיחור של יומיים');
    expect(text('he', 7)).toBe('באיחור של 7 ימים');
  });

  it('says when nothing is owed or the client is in credit', () => {
    const root = mount([item('a', 'Paid', {}), item('b', 'Credit', { EUR: -2500 })]);
    expect(root.querySelectorAll('.when')[0]?.textContent).toBe('nothing owed');
    expect(root.querySelectorAll('.when')[1]?.textContent).toBe('in credit €25.00');
  });

  it('renders a hostile client name as text', () => {
    const root = mount([item('x', '<img src=x onerror=alert(1)>', { USD: 1 })]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('reports the selected client and moves between rows with the arrow keys', () => {
    const onSelect = vi.fn();
    const root = mount(
      [
        item('a', 'ACME', { USD: 1 }),
        item('b', 'Beta', { USD: 1 }),
        item('c', 'Gamma', { USD: 1 }),
      ],
      'en',
      onSelect,
    );
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.client-open')];
    act(() => buttons[0]!.click());
    expect(onSelect).toHaveBeenCalledWith('a');
    buttons[0]!.focus();
    const list = root.querySelector('ul')!;
    act(() => {
      buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(buttons[1]);
    act(() => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(document.activeElement).toBe(buttons[2]);
  });
});
