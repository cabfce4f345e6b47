import { isUtf8 } from 'node:buffer';
import htmlEncodingSniffer from 'html-encoding-sniffer';

/**
 * A saved page's bytes as text, decoded as a browser opening the file decodes them: by its byte
 * order mark, else by the `<meta charset>` (or `http-equiv="Content-Type"`) in its first 1,024
 * bytes, the HTML standard's prescan. Read as UTF-8 regardless, a windows-1251 or ISO-8859-2
 * page (many Russian, Bulgarian, Polish and Hungarian sites) came out as replacement characters,
 * its title and every phrase unreadable. With no declaration: UTF-8, where a browser would guess
 * windows-1252, since pages saved without one today are UTF-8 far more often.
 *
 * One exception a browser does not make: a file whose bytes are valid UTF-8 is read as UTF-8
 * whatever it declares. Pages kept by scrapers and editors are often re-encoded as UTF-8 with
 * the old `<meta charset="gb2312">` left in place (readability-js's Chinese fixture is one), and
 * read as declared they are mojibake; text truly in a legacy charset is all but never valid UTF-8
 * (a Cyrillic or accented byte there is a lead byte, and the next letter is no continuation byte).
 */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = htmlEncodingSniffer(bytes, { defaultEncoding: 'UTF-8' });
  const encoding = declared.startsWith('UTF-16') || !isUtf8(bytes) ? declared : 'UTF-8';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // An encoding this Node cannot decode (one built without full ICU, or "replacement"): UTF-8, as before.
    return new TextDecoder().decode(bytes);
  }
}
