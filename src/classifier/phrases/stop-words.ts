/**
 * Each language's most frequent short words, which tell a page's language (languages.ts). They live
 * apart from the phrase books because every page needs all of them, to guess its language, while it
 * needs the phrases of its own language only: the extension loads a page's phrase book on demand
 * (books.ts), and these words stay in the content script.
 *
 * The order is the languages' order everywhere: the phrase tries list a page's languages in it.
 */
export const STOP_WORDS = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'it', 'said', 'has', 'have', 'from'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'von', 'den', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'auch', 'wird'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'elle'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'que', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'del', 'se', 'al', 'como'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'к', 'из', 'за', 'о', 'от', 'для', 'также', 'был'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'del', 'della', 'non', 'sono', 'gli', 'con', 'nel', 'alla', 'anche', 'è'],
  pt: ['o', 'a', 'os', 'as', 'de', 'e', 'que', 'em', 'um', 'uma', 'do', 'da', 'no', 'na', 'para', 'com', 'não', 'por'],
  no: ['og', 'i', 'det', 'er', 'som', 'på', 'en', 'til', 'av', 'for', 'med', 'har', 'ikke', 'de', 'et', 'han', 'hun', 'å'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Every language Sift has phrases for, by ISO 639-1 code, English first. */
export const LANGUAGES: readonly string[] = Object.keys(STOP_WORDS);
