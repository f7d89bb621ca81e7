/**
 * Keeps each client's `searchTokens` (the multi-entry index search uses, see
 * utils/ledger/search-tokens.ts) in step with its name. A Dexie middleware sets them on every
 * client written, whichever path writes it (create, rename, merge, import, restore), so no caller
 * can forget; reads drop them again, so records, exports and the zod schemas never see them.
 */
import type { DBCore, Middleware } from 'dexie';
import { clientSearchTokens } from '@/utils/ledger/search-tokens';

const CLIENTS_STORE = 'clients';

type Tokenised = { name?: unknown; searchTokens?: string[] };

/** `client` with the tokens of its current name. */
function withTokens<T extends Tokenised>(client: T): T {
  if (typeof client !== 'object' || client === null) return client;
  const name = typeof client.name === 'string' ? client.name : '';
  return { ...client, searchTokens: clientSearchTokens(name) };
}

/** Dexie `reading` hook: the record as the rest of the code knows it, without its tokens. */
export function withoutSearchTokens<T extends Tokenised>(client: T): T {
  if (!client || !('searchTokens' in client)) return client;
  const { searchTokens: _tokens, ...record } = client;
  return record as T;
}

/** Dexie middleware: every add and put of a client stores the tokens of its name. */
export const searchTokensMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FirmlySearchTokens',
  create(down) {
    const indexed = down.schema.tables
      .find((t) => t.name === CLIENTS_STORE)
      ?.indexes.some((i) => i.name === 'searchTokens');
    if (!indexed) return {};
    return {
      table(name) {
        const table = down.table(name);
        if (name !== CLIENTS_STORE) return table;
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            return table.mutate({ ...req, values: req.values.map(withTokens) });
          },
        };
      },
    };
  },
};
