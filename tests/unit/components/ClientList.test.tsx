// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClientList } from '@/components/ClientList';
import type { ClientListItem } from '@/utils/ledger/queries';
import { emptySummary } from '@/utils/ledger/summary';

function item(id: string, name: string, balances: Record<string, number>, daysOverdue = 0): ClientListItem {
  return {
    client: { id, name, emails: [`${id}@x.example`], language: null },
    summary: { ...emptySummary(id, '2026-01-01T00:00:00.000Z'), balances },
    overdue: { overdue: {}, daysOverdue },
  };
}

function mount(ui: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ClientList', () => {
  it('explains how Firmly finds invoices when empty', () => {
    const root = mount(<ClientList clients={[]} locale="en" />);
    expect(root.textContent).toMatch(/Open an invoice e-mail in Gmail/);
  });

  it('shows each client with what they owe per currency, formatted for the locale', () => {
    const root = mount(
      <ClientList clients={[item('a', 'ACME', { USD: 125000, EUR: 5000 }, 12), item('b', 'Kowalski', { PLN: 123456 })]} locale="pl" />,
    );
    const rows = root.querySelectorAll('.client-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('ACME');
    expect(rows[0]?.textContent).toContain('1250,00\u00a0USD');
    expect(rows[0]?.textContent).toContain('12 d late');
    expect(rows[1]?.textContent).toContain('1234,56\u00a0zł');
  });

  it('renders a hostile client name as text', () => {
    const root = mount(<ClientList clients={[item('x', '<img src=x onerror=alert(1)>', { USD: 1 })]} locale="en" />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('reports the selected client', () => {
    const onSelect = vi.fn();
    const root = mount(<ClientList clients={[item('a', 'ACME', { USD: 1 })]} locale="en" onSelect={onSelect} />);
    act(() => (root.querySelector('button') as HTMLButtonElement).click());
    expect(onSelect).toHaveBeenCalledWith('a');
  });
});
