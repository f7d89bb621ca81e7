/**
 * How long one PDF may take in the PDF worker before the worker is terminated. pdfText stops
 * itself at 1.8 s when pdf.js yields; this catches a document that blocks the thread outright,
 * so no read lasts over 2 s (issue 13's fuzz target).
 */
export const PDF_BUDGET_MS = 1_950;
