/** Export, import, erase and CSV over the `firmly` database: pure functions, no extension APIs. */
export * from './format';
export * from './problems';
export {
  buildExport,
  readAllStores,
  serializeExport,
  exportFileName,
  type ExportMeta,
} from './export';
export {
  parseExportText,
  validateExport,
  type ValidateOptions,
  type ValidExport,
  type ValidationResult,
} from './validate';
export { replaceAllData } from './restore';
export { eraseAllData } from './erase';
export { csvCell, toCsv } from './csv';
export { invoicesCsv, paymentsCsv, INVOICE_COLUMNS, PAYMENT_COLUMNS } from './csv-tables';
export {
  streamExport,
  STREAM_BATCH,
  STREAM_EXPORT_VERSION,
  type StreamedExport,
} from './stream-export';
export { importBackup, type StreamImportResult } from './stream-import';
