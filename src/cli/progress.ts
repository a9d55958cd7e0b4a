/**
 * The progress bar `rech analyze` draws on a terminal's stderr over a batch of inputs:
 *
 *     [########------------] 12/40 files · 1.3 MB · 2.1 MB/s · ETA 0:14
 *
 * one line, redrawn in place (`\r`, then erase to the end of the line) at most every
 * {@link REDRAW_INTERVAL} ms, and left on screen with `done in` instead of the ETA when the
 * batch ends. The caller decides whether to show it; this module only draws, with the clock
 * injected so that tests control time.
 */

/** Milliseconds between two redraws at most, so that a batch of tiny files does not flood the terminal. */
export const REDRAW_INTERVAL = 100;

export interface ProgressOptions {
  /** The number of files in the batch. */
  files: number;
  /** Their total size in bytes; the bar fills by bytes done, the ETA assumes the rate so far. */
  bytes: number;
  /** Where the bar goes: the terminal's stderr. */
  write: (chunk: string) => unknown;
  /** The time in milliseconds, `performance.now` by default. */
  now?: () => number;
  /** The terminal's width in columns, 80 when not given or 0 (unknown); the bar narrows to fit. */
  columns?: number;
}

/** A progress bar over a batch of files: {@link ProgressBar.advance} after each, {@link ProgressBar.finish} at the end. */
export class ProgressBar {
  readonly #options: ProgressOptions;
  readonly #now: () => number;
  readonly #started: number;
  #files = 0;
  #bytes = 0;
  #drawnAt = -Infinity;
  #finished = false;

  /** Starts the clock and draws the empty bar at once. */
  constructor(options: ProgressOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#started = this.#now();
    this.#draw(this.#started);
  }

  /** One more file done, of `bytes` bytes; redraws unless the last drawing is too recent. */
  advance(bytes: number): void {
    this.#files++;
    this.#bytes += bytes;
    const now = this.#now();
    if (now - this.#drawnAt >= REDRAW_INTERVAL) this.#draw(now);
  }

  /** Draws the last state, `done in` when every file is done, and ends the line. Later calls do nothing. */
  finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#draw(this.#now());
    this.#options.write('\n');
  }

  #draw(now: number): void {
    this.#drawnAt = now;
    const { files, bytes } = this.#options;
    const columns = this.#options.columns || 80;
    const seconds = (now - this.#started) / 1000;
    const rate = seconds > 0 ? this.#bytes / seconds : 0;
    let status = `${this.#files}/${files} files · ${size(this.#bytes)}`;
    if (this.#files === files) status += ` · ${size(rate)}/s · done in ${duration(seconds)}`;
    else if (rate > 0) status += ` · ${size(rate)}/s · ETA ${duration((bytes - this.#bytes) / rate)}`;
    // '[', ']', the space after it, and one column spare so that the line never wraps.
    const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, columns - status.length - 4));
    const share = bytes > 0 ? this.#bytes / bytes : this.#files / Math.max(files, 1);
    const filled = Math.min(width, Math.floor(share * width));
    this.#options.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${status}${ERASE_TO_END}`);
  }
}

const MIN_WIDTH = 10;
const MAX_WIDTH = 30;
/** ANSI "erase in line" from the cursor to its end: what a shorter line leaves of a longer one. */
const ERASE_TO_END = '\x1b[K';

/** `812 B`, `12.3 kB`, `1.3 MB`: decimal units, as file sizes are usually shown. */
export function size(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** `0:14`, `12:05`, `1:02:03`: whole seconds, rounded up so that an ETA never reads 0:00 before the end. */
export function duration(seconds: number): string {
  const total = Math.ceil(seconds);
  const s = String(total % 60).padStart(2, '0');
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
