/**
 * The JSON export file: every object store of the `firmly` database plus the settings items,
 * wrapped in an envelope that says what the file is and which versions wrote it.
 */
import type { z } from 'zod';
import {
  clientRecord,
  eventRecord,
  followupRecord,
  invoiceRecord,
  replyCorrectionRecord,
  summaryRecord,
  type ClientRecord,
  type EventRecord,
  type FollowupRecord,
  type InvoiceRecord,
  type ReplyCorrectionRecord,
  type SummaryRecord,
} from '@/utils/db/records';

/** The `format` field: a file without it is not a Firmly export. */
export const EXPORT_FORMAT = 'firmly-export';
/** Version of the envelope layout (not of the database schema, which is `schemaVersion`). */
export const EXPORT_VERSION = 1;

/** Each object store with the schema its records must satisfy, in restore order. */
export const STORE_SCHEMAS = {
  clients: clientRecord,
  invoices: invoiceRecord,
  events: eventRecord,
  followups: followupRecord,
  summaries: summaryRecord,
  replyCorrections: replyCorrectionRecord,
} as const;

export type StoreName = keyof typeof STORE_SCHEMAS;

/** Stores added after the first exports: a file without them restores them empty. */
export const OPTIONAL_STORES: readonly StoreName[] = ['replyCorrections'];
export const STORE_NAMES = Object.keys(STORE_SCHEMAS) as StoreName[];

/**
 * Stores that are caches derived from the others (utils/db/totals.ts): an export leaves them
 * out, erase and import empty them, and the next read rebuilds them.
 */
export const DERIVED_STORES: readonly string[] = [
  'totals',
  // The address → client key of utils/db/addresses.ts, rebuilt from the clients as they are used.
  'addresses',
  // Trust-model suggestions awaiting the user: reading the message or page again re-asks.
  'pending',
];

/** The contents of every store. */
export interface StoreContents {
  clients: ClientRecord[];
  invoices: InvoiceRecord[];
  events: EventRecord[];
  followups: FollowupRecord[];
  summaries: SummaryRecord[];
  replyCorrections: ReplyCorrectionRecord[];
}

/** Primary key field of each store (summaries are keyed by their client). */
export const PRIMARY_KEY: Record<StoreName, 'id' | 'clientId'> = {
  clients: 'id',
  invoices: 'id',
  events: 'id',
  followups: 'id',
  summaries: 'clientId',
  replyCorrections: 'id',
};

/** The settings items an export carries, by name, with the schema each must satisfy. */
export type SettingsSchemas = Record<string, z.ZodType>;

/** A complete export file. */
export interface FirmlyExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** The Dexie schema version (`db.verno`) of the database the records were read from. */
  schemaVersion: number;
  /** When the file was made (ISO date-time). */
  exportedAt: string;
  /** The extension version that made it, when known. */
  appVersion: string | null;
  stores: StoreContents;
  /** Each settings item's value by name (`uiSettings`, `advisorSettings`). */
  settings: Record<string, unknown>;
}

/** How many records of each store. */
export type StoreCounts = Record<StoreName, number>;

/** Counts the records of each store. */
export function countRecords(stores: StoreContents): StoreCounts {
  return {
    clients: stores.clients.length,
    invoices: stores.invoices.length,
    events: stores.events.length,
    followups: stores.followups.length,
    summaries: stores.summaries.length,
    replyCorrections: stores.replyCorrections.length,
  };
}
