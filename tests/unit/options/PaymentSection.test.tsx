// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaymentSection } from '@/components/options/payment/PaymentSection';
import { byId, errorOf, mount, submit, type } from './dom';

afterEach(() => document.body.replaceChildren());

function setup(value = '') {
  const onSave = vi.fn(async (_: string) => {});
  const root = mount(<PaymentSection value={value} onSave={onSave} />);
  return { root, onSave, form: root.querySelector('form')! };
}

describe('PaymentSection', () => {
  it('composes the printed payment details from the fields, IBAN in groups of four', async () => {
    const { root, onSave, form } = setup();
    type(byId(root, 'iban'), 'pl61109010140000071219812874');
    type(byId(root, 'account-holder'), 'Ola Nowak, mBank');
    type(byId(root, 'payment-link'), 'https://pay.example.com/ola');
    type(byId(root, 'payment-notes'), 'Tytuł: numer faktury');
    const printed =
      'Ola Nowak, mBank\nIBAN: PL61 1090 1014 0000 0712 1981 2874\nhttps://pay.example.com/ola\nTytuł: numer faktury';
    expect(root.querySelector('.printed pre')?.textContent).toBe(printed);
    await submit(form);
    expect(onSave).toHaveBeenCalledWith(printed);
  });

  it('shows the stored text back in its fields', () => {
    const { root } = setup(
      'Ola Nowak, mBank\nIBAN: PL61 1090 1014 0000 0712 1981 2874\nhttps://pay.example.com/ola',
    );
    expect(byId<HTMLInputElement>(root, 'iban').value).toBe('PL61 1090 1014 0000 0712 1981 2874');
    expect(byId<HTMLInputElement>(root, 'account-holder').value).toBe('Ola Nowak, mBank');
    expect(byId<HTMLInputElement>(root, 'payment-link').value).toBe('https://pay.example.com/ola');
  });

  it.each([
    ['a wrong check digit', 'PL62 1090 1014 0000 0712 1981 2874'],
    ['a wrong length for the country', 'DE89 3704 0044 0532 0130 001'],
    ['not an IBAN', 'account 12345'],
  ])('refuses %s', async (_label, iban) => {
    const { root, onSave, form } = setup();
    type(byId(root, 'iban'), iban);
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf(root, byId(root, 'iban'))).toBe(
      'This IBAN is not valid. Check the country code, the length and the digits.',
    );
  });

  it('accepts IBANs of other countries', async () => {
    const { root, onSave, form } = setup();
    type(byId(root, 'iban'), 'GB82 WEST 1234 5698 7654 32');
    await submit(form);
    expect(onSave).toHaveBeenCalledWith('IBAN: GB82 WEST 1234 5698 7654 32');
  });

  it('wants an https link, and an IBAN for a named account holder', async () => {
    const { root, onSave, form } = setup();
    type(byId(root, 'payment-link'), 'http://pay.example.com');
    type(byId(root, 'account-holder'), 'Ola Nowak');
    await submit(form);
    expect(onSave).not.toHaveBeenCalled();
    expect(errorOf(root, byId(root, 'payment-link'))).toBe(
      'This is not a valid web address. It should start with https://',
    );
    expect(errorOf(root, byId(root, 'account-holder'))).toBe(
      'Add the IBAN of this account, or leave the holder empty.',
    );
  });

  it('lets the user clear everything', async () => {
    const { root, onSave, form } = setup('IBAN: GB82 WEST 1234 5698 7654 32');
    type(byId(root, 'iban'), '');
    expect(root.querySelector('.printed')?.textContent).toContain('Nothing yet');
    await submit(form);
    expect(onSave).toHaveBeenCalledWith('');
  });
});
