/**
 * What a terminal would show for a stream of output: enough of a VT100 to follow readline (cursor
 * to a column, up, down, left, right, erase to the end of the line or the screen), so tests can
 * assert on the screen rather than on escape sequences. `\n` also returns the carriage, as a
 * terminal's output processing does. Colours and other sequences are dropped. Columns are code
 * points; combining marks join the character before them, as readline counts them.
 */
const ESC = String.fromCharCode(0x1b);
/** A control sequence: ESC [, parameters, one final character. */
const CSI = new RegExp(`^${ESC}\\[([0-9;?]*)([@-~])`);
/** The start of one, cut off at the end of a write. */
const CSI_START = new RegExp(`^${ESC}\\[[0-9;?]*$`);

export class Screen {
  readonly #rows: string[][] = [[]];
  #row = 0;
  #col = 0;
  #pending = '';

  /** Feeds output to the screen; an escape sequence split across writes is kept for the next one. */
  write(chunk: string): void {
    const data = this.#pending + chunk;
    this.#pending = '';
    const chars = [...data];
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i] as string;
      if (char === '\u001b') {
        const rest = chars.slice(i).join('');
        const csi = CSI.exec(rest);
        if (csi) {
          this.#control(csi[2] as string, csi[1] as string);
          i += [...csi[0]].length - 1;
        } else if (rest.length < 2 || CSI_START.test(rest)) {
          this.#pending = rest;
          return;
        } else {
          i++; // A two-character escape (ESC 7, ESC =): nothing to draw.
        }
      } else if (char === '\r') this.#col = 0;
      else if (char === '\n') this.#moveTo(this.#row + 1, 0);
      else if (char === '\b') this.#col = Math.max(0, this.#col - 1);
      else if (char === '\u0007') continue;
      else if (/\p{M}/u.test(char) && this.#col > 0) {
        const line = this.#line();
        line[this.#col - 1] = (line[this.#col - 1] ?? ' ') + char;
      } else {
        const line = this.#line();
        while (line.length < this.#col) line.push(' ');
        line[this.#col] = char;
        this.#col++;
      }
    }
  }

  /** The screen as text, one line per row, trailing spaces trimmed. */
  text(): string {
    return this.#rows.map((row) => row.join('').trimEnd()).join('\n');
  }

  /** The row the cursor is on, trimmed. */
  currentLine(): string {
    return (this.#rows[this.#row] ?? []).join('').trimEnd();
  }

  #line(): string[] {
    while (this.#rows.length <= this.#row) this.#rows.push([]);
    return this.#rows[this.#row] as string[];
  }

  #moveTo(row: number, col: number): void {
    this.#row = Math.max(0, row);
    this.#col = Math.max(0, col);
    this.#line();
  }

  #control(final: string, params: string): void {
    const n = Number.parseInt(params || '1', 10) || 1;
    const line = this.#line();
    switch (final) {
      case 'G':
        this.#col = n - 1;
        break;
      case 'A':
        this.#moveTo(this.#row - n, this.#col);
        break;
      case 'B':
        this.#moveTo(this.#row + n, this.#col);
        break;
      case 'C':
        this.#col += n;
        break;
      case 'D':
        this.#col = Math.max(0, this.#col - n);
        break;
      case 'K':
        // 0 (or none): to the end of the line; 1: to the cursor; 2: the whole line.
        if (params === '' || params === '0') line.length = Math.min(line.length, this.#col);
        else if (params === '2') line.length = 0;
        else for (let c = 0; c <= this.#col && c < line.length; c++) line[c] = ' ';
        break;
      case 'J':
        if (params === '' || params === '0') {
          line.length = Math.min(line.length, this.#col);
          this.#rows.length = this.#row + 1;
        } else if (params === '2') {
          this.#rows.length = 0;
          this.#moveTo(0, 0);
        }
        break;
      default:
        // Colours (m) and modes (h, l) change nothing on the text.
        break;
    }
  }
}
