/**
 * Reads a Blob line by line in fixed-size slices, so a file of any size is never one string.
 * Uses only `Blob.slice` + `arrayBuffer`, which every browser (and Node) has.
 */
const SLICE = 4 * 1024 * 1024;

export class BlobLines {
  private offset = 0;
  private buffered = '';
  /** Where the next line starts in `buffered` (avoids re-copying the slice per line). */
  private pos = 0;
  private readonly decoder = new TextDecoder();
  /** 1-based number of the line last returned. */
  line = 0;

  constructor(private readonly blob: Blob) {}

  /** The next line without its newline, or null at the end of the file. */
  async next(): Promise<string | null> {
    for (;;) {
      const nl = this.buffered.indexOf('\n', this.pos);
      if (nl >= 0) {
        const text = this.buffered.slice(this.pos, nl);
        this.pos = nl + 1;
        this.line += 1;
        return text.endsWith('\r') ? text.slice(0, -1) : text;
      }
      this.buffered = this.buffered.slice(this.pos);
      this.pos = 0;
      if (this.offset >= this.blob.size) {
        this.buffered += this.decoder.decode();
        if (!this.buffered) return null;
        const rest = this.buffered;
        this.buffered = '';
        this.line += 1;
        return rest;
      }
      const bytes = await this.blob.slice(this.offset, this.offset + SLICE).arrayBuffer();
      this.offset += SLICE;
      this.buffered += this.decoder.decode(new Uint8Array(bytes), { stream: true });
    }
  }
}
