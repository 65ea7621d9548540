/**
 * Turns a file's bytes into text that later stages can trust: UTF-8 only, no NUL bytes,
 * no byte-order mark, LF line ends. Pure: the caller does the reading.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';

export interface SourceText {
  /** Repository-relative path with forward slashes, as diagnostics print it. */
  file: string;
  text: string;
}

export interface Decoded {
  source: SourceText | null;
  diagnostics: Diagnostic[];
}

/** 512 KiB: the longest real entry is ~20 KB; anything near this is a mistake or an attack. */
export const MAX_SOURCE_BYTES = 512 * 1024;

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

// ignoreBOM: keep a BOM in the text so it can be reported, not silently dropped.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function tooLarge(file: string, size: number, maxBytes: number): Decoded {
  return {
    source: null,
    diagnostics: [diagnostic(file, { line: 1, column: 1 }, 'error', 'file-too-large', '',
      `file is ${size} bytes, over the ${maxBytes}-byte limit for an entry`,
      'An entry is a few kilobytes of Markdown; check that no data, image or generated text was pasted in.')],
  };
}

export function decodeSource(file: string, bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): Decoded {
  const at1 = { line: 1, column: 1 };
  if (bytes.length > maxBytes) return tooLarge(file, bytes.length, maxBytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      source: null,
      diagnostics: [diagnostic(file, { line: lineOf(bytes, nul), column: 1 }, 'error', 'file-binary', '',
        'file contains a NUL byte: it looks like binary data, not Markdown or YAML',
        'Save the file as plain UTF-8 text.')],
    };
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    return {
      source: null,
      diagnostics: [diagnostic(file, { line: lineOf(bytes, bad), column: 1 }, 'error', 'file-encoding', '',
        `file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})`,
        'Re-save the file as UTF-8; Latin-1 or Windows-1252 text must be converted.')],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    diagnostics.push(diagnostic(file, at1, 'warning', 'file-bom', '',
      'file starts with a byte-order mark (BOM); it was ignored',
      'Save the file as UTF-8 without BOM.'));
  }
  // CRLF (Windows) and lone CR both count as one line end, so line numbers match an editor's.
  text = text.replace(/\r\n?/g, '\n');
  return { source: { file, text }, diagnostics };
}
