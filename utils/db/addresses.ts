/**
 * The `addresses` store: one row per normalised client address, keyed by the address, so an
 * address can belong to one client only (IndexedDB refuses a second row with the same key).
 */
export interface AddressRow {
  /** Trimmed, lower-case. */
  email: string;
  clientId: string;
}

/** The one spelling an address is stored and compared in. */
export const normalizeAddress = (email: string): string => email.trim().toLowerCase();
