/** Reads the whole debt log into an export file (see format.ts). */
import type { FirmlyDB } from '@/utils/db/database';
import { EXPORT_FORMAT, EXPORT_VERSION, type FirmlyExport, type StoreContents } from './format';

/** Reads every store in one read transaction, so the snapshot is consistent. */
export async function readAllStores(db: FirmlyDB): Promise<StoreContents> {
  return db.transaction(
    'r',
    [db.clients, db.invoices, db.events, db.followups, db.summaries, db.replyCorrections],
    async () => ({
      clients: await db.clients.toArray(),
      invoices: await db.invoices.toArray(),
      events: await db.events.toArray(),
      followups: await db.followups.toArray(),
      summaries: await db.summaries.toArray(),
      replyCorrections: await db.replyCorrections.toArray(),
    }),
  );
}

export interface ExportMeta {
  /** Each settings item's current value by name. */
  settings: Record<string, unknown>;
  exportedAt: string;
  appVersion?: string | null;
}

/**
 * The complete export: every store as stored (not re-validated, so nothing is silently left out)
 * plus the settings, the envelope version and the database schema version.
 */
export async function buildExport(db: FirmlyDB, meta: ExportMeta): Promise<FirmlyExport> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: db.verno,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion ?? null,
    stores: await readAllStores(db),
    settings: { ...meta.settings },
  };
}

/** The file text: stable two-space JSON, readable and diffable. */
export function serializeExport(data: FirmlyExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** `firmly-export-2026-11-23.json`, from the export's own date. */
export function exportFileName(
  kind: 'export' | 'invoices' | 'payments',
  isoDateTime: string,
): string {
  const ext = kind === 'export' ? 'json' : 'csv';
  return `firmly-${kind}-${isoDateTime.slice(0, 10)}.${ext}`;
}
