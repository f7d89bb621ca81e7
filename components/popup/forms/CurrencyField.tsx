/** A currency code input with common codes offered (any ISO 4217 code may be typed). */
import { TextField } from '@/components/ui';
import { usePopup } from '../context';

const COMMON = [
  'EUR',
  'USD',
  'GBP',
  'PLN',
  'UAH',
  'ILS',
  'CHF',
  'CZK',
  'SEK',
  'NOK',
  'DKK',
  'CAD',
  'AUD',
  'JPY',
  'RUB',
];

interface Props {
  id: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | null;
  label?: string;
}

export function CurrencyField({ id, value, onValue, error, label }: Props) {
  const { t } = usePopup();
  return (
    <>
      <TextField
        id={id}
        label={label ?? t('field.currency')}
        hint={t('field.currencyHint')}
        value={value}
        onValue={(v) => onValue(v.toUpperCase())}
        error={error}
        dir="ltr"
        maxLength={3}
        list={`${id}-list`}
      />
      <datalist id={`${id}-list`}>
        {COMMON.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </>
  );
}
