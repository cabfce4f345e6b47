/** schema.org JSON-LD objects of a page, flattened (@graph and arrays unrolled). Never throws. */
export type JsonObject = Record<string, unknown>;

export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = Array.from(doc.getElementsByTagName('script')).filter((script) => (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json');
  for (const script of scripts.slice(0, 50)) {
    const raw = script.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const stack: unknown[] = [parsed];
    while (stack.length > 0 && out.length < 200) {
      const item = stack.pop();
      if (Array.isArray(item)) {
        for (const child of item) stack.push(child);
      } else if (item && typeof item === 'object') {
        const obj = item as JsonObject;
        out.push(obj);
        if (Array.isArray(obj['@graph'])) stack.push(obj['@graph']);
      }
    }
  }
  return out;
}

export function typesOf(obj: JsonObject): string[] {
  const type = obj['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage|BackgroundNewsArticle|AdvertiserContentArticle|SocialMediaPosting|Review)$/;

/** The JSON-LD objects that describe an article (or the web page), article types first. */
export function articleObjects(objects: JsonObject[]): JsonObject[] {
  const matches = objects.filter((obj) => typesOf(obj).some((type) => ARTICLE_TYPES.test(type)));
  return matches.sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')));
}

/** A readable string from a JSON-LD value; nesting past a few levels is not a name but an attack. */
export function stringOf(value: unknown, depth = 0): string {
  if (depth > 8) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => stringOf(item, depth + 1)).filter(Boolean).join(', ');
  if (value && typeof value === 'object') return stringOf((value as JsonObject).name ?? (value as JsonObject)['@value'], depth + 1);
  return '';
}
