/**
 * Downloads text (or a Blob built from chunks) as a file from the options page: a Blob behind an object URL and a temporary
 * `<a download>` link, so Firmly needs no `downloads` permission.
 */
import type { Downloader } from './port';

/** CSV gets a byte-order mark so Excel reads UTF-8 names (Łódź, שלום) correctly. */
export const downloadText: Downloader = (fileName, mimeType, content) => {
  const parts = mimeType.startsWith('text/csv') ? ['\uFEFF', content] : [content];
  const url = URL.createObjectURL(new Blob(parts, { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
