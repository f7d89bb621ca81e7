/**
 * The trust model in the background: every observation is admitted through it (see
 * utils/trust/admit.ts), and the popup confirms or dismisses what it kept pending.
 */
import type { FirmlyDB } from '@/utils/db/database';
import type { Observation } from '@/utils/ledger/observation';
import type { ObservationResult } from '@/utils/ledger/apply-observation';
import { admitObservation, confirmPending, dismissPending, listPending } from '@/utils/trust/admit';
import type { TrustProfile } from '@/utils/trust/model';
import { trustProfileFrom, withApproval } from '@/utils/trust/profile';
import { uiSettings } from '@/utils/settings/store';
import { advisorSettings } from '@/utils/settings/advisor';
import { noHooks, type LedgerHooks } from './hooks';
import type { Handlers } from './router';

type Names = 'ui-bg:listPending' | 'ui-bg:confirmPending' | 'ui-bg:dismissPending';

/** The profile from the settings, plus the account addresses the webmail shows. */
export async function loadTrustProfile(
  accountEmails: readonly string[] = [],
): Promise<TrustProfile> {
  const [ui, advisor] = await Promise.all([uiSettings.get(), advisorSettings.get()]);
  return trustProfileFrom(ui, advisor.businessName, accountEmails);
}

/** Admits a batch of observations; ignored domains never enter; touched clients are refreshed. */
export function makeObserver(db: FirmlyDB, hooks: LedgerHooks = noHooks) {
  return async (
    observations: Observation[],
    accountEmails: readonly string[] = [],
  ): Promise<{ results: ObservationResult[] }> => {
    const { ignoredDomains } = await uiSettings.get();
    const profile = await loadTrustProfile(accountEmails);
    const ignored = new Set(ignoredDomains);
    const results: ObservationResult[] = [];
    for (const obs of observations) {
      const domain = obs.counterparty.email?.split('@')[1] ?? '';
      // "Not a client" for a whole domain: its mail never enters the debt log.
      if (ignored.has(domain)) results.push({ key: obs.key, status: 'ignored', clientId: null });
      else results.push(await admitObservation(db, obs, profile));
    }
    const touched = new Set(results.filter((r) => r.status === 'applied').map((r) => r.clientId));
    for (const id of touched) if (id) await hooks.afterChange(id, []);
    return { results };
  };
}

export function trustHandlers(db: FirmlyDB, hooks: LedgerHooks = noHooks): Pick<Handlers, Names> {
  return {
    'ui-bg:listPending': async ({ limit }) => listPending(db, limit),
    'ui-bg:confirmPending': async ({ key, remember }) => {
      const row = await db.pending.get(key);
      const result = await confirmPending(db, key);
      if (remember && row?.approve) {
        const current = await uiSettings.get();
        await uiSettings.set(withApproval(current, row.approve));
      }
      if (result.status === 'applied' && result.clientId)
        await hooks.afterChange(result.clientId, []);
      return result;
    },
    'ui-bg:dismissPending': async ({ key }) => {
      await dismissPending(db, key);
      return { dismissed: true };
    },
  };
}
