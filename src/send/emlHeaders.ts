// Splits a message (newsletter.eml) into its header fields and its body, keeping the bytes of both,
// so a proof can replace a few header fields and send everything else exactly as written.

export interface HeaderField {
  /** As written, e.g. "Subject". */
  name: string;
  /** The field as it stands in the file, folded lines and all, without the final line break. */
  raw: string;
  /** The value unfolded (continuation lines joined), still MIME-encoded. */
  value: string;
}

export interface SplitMessage {
  fields: HeaderField[];
  /** Everything after the blank line that ends the header, byte for byte. */
  body: Buffer;
}

/** Undefined when the bytes hold no header block (not a message). */
export function splitMessage(eml: Buffer): SplitMessage | undefined {
  const crlf = eml.indexOf('\r\n\r\n');
  const lf = eml.indexOf('\n\n');
  let end: number;
  let gap: number;
  if (crlf >= 0 && (lf < 0 || crlf < lf)) [end, gap] = [crlf, 4];
  else if (lf >= 0) [end, gap] = [lf, 2];
  else return undefined;
  // Headers are 7-bit (nodemailer encodes everything else); latin1 keeps any stray byte as it is.
  const lines = eml.subarray(0, end).toString('latin1').split(/\r?\n/);
  const fields: HeaderField[] = [];
  for (const line of lines) {
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last.raw += `\r\n${line}`;
      last.value += line.replace(/^[ \t]+/, ' ');
      continue;
    }
    const match = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!match) return undefined;
    fields.push({ name: match[1]!, raw: line, value: match[2]! });
  }
  if (fields.length === 0) return undefined;
  return { fields, body: eml.subarray(end + gap) };
}

/** The unfolded value of the first field with this name (case-insensitive). */
export function headerValue(fields: HeaderField[], name: string): string | undefined {
  return fields.find((f) => f.name.toLowerCase() === name.toLowerCase())?.value;
}
