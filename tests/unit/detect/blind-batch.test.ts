/**
 * The blind detector batch of 2026-12-02 (issue 15's detection target: kind ≥ 97 %, fields
 * ≥ 95 %, 0 non-invoices flagged). Written before the detector was run on it; see the fixture's
 * header for the systems imitated.
 *
 * First score, before any change made for it: kind 100 % (32/32); number, amount, currency and
 * issue date 100 %; due date 87 % (13/15: Ukrainian "мав бути сплачений до", Hebrew "תאריך
 * לתשלום" were not due labels); 1 unstated field filled; 0 non-invoices flagged. After adding those
 * two labels: every field 100 %. Caveat: the batch was written by the same team that wrote the
 * detector, so it is blind to the code's output, not to its authors' habits.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_BATCH } from '../../fixtures/detect-blind/batch-2026-12';
import { FIELDS, formatScores, scoreCorpus, type Tally } from './corpus-score';

describe('blind batch 2026-12 (billing systems not used anywhere else)', () => {
  const result = scoreCorpus(BLIND_BATCH);

  it('prints its scores', () => {
    console.log(formatScores(`Blind batch 2026-12, ${BLIND_BATCH.length} e-mails`, result));
    expect(BLIND_BATCH.length).toBeGreaterThanOrEqual(32);
  });

  it('reads the kind of at least 97% of the e-mails', () => {
    const t = result.byField.get('kind') as Tally;
    expect(t.hit / t.total).toBeGreaterThanOrEqual(0.97);
  });

  it.each(FIELDS.filter((f) => f !== 'kind'))('%s: at least 95% where stated', (field) => {
    const t = result.byField.get(field) as Tally;
    expect(t.hit / t.total).toBeGreaterThanOrEqual(0.95);
  });

  it('flags no non-invoice', () => {
    expect(result.falseAlarms).toEqual([]);
  });
});
