import htmlEncodingSniffer from 'html-encoding-sniffer';

/**
 * A saved page's bytes as text, decoded as a browser opening the file decodes them: by its byte
 * order mark, else by the `<meta charset>` (or `http-equiv="Content-Type"`) in its first 1,024
 * bytes, the HTML standard's prescan. Read as UTF-8 regardless, a windows-1251 or ISO-8859-2
 * page (many Russian, Bulgarian, Polish and Hungarian sites) came out as replacement characters,
 * its title and every phrase unreadable. With no declaration: UTF-8, where a browser would guess
 * windows-1252, since pages saved without one today are UTF-8 far more often.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const encoding = htmlEncodingSniffer(bytes, { defaultEncoding: 'UTF-8' });
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    // An encoding this Node cannot decode (one built without full ICU, or "replacement"): UTF-8, as before.
    return new TextDecoder().decode(bytes);
  }
}
