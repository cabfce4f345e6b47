/**
 * Phrase lists, one file per language. Each entry is a lower-case phrase matched on word
 * boundaries, case-insensitively; a `*` ending a word matches any word ending ("spende*" matches
 * "spenden"), and `#` matches a number. Lists are data: the rules name a list, never a phrase.
 */
export const PHRASE_LISTS = [
  /** Explicit requests for voluntary money. */
  'donationAsk',
  /** Softer funding language: "support", "independent journalism". */
  'donationSupport',
  /** Lines that open an appeal: "A message from …", "Dear readers". */
  'appealOpener',
  /** Buttons and lines that close an appeal: "Remind me later", "Not now". */
  'appealCloser',
  /** Offers to buy or try a subscription. */
  'subscriptionOffer',
  /**
   * Subscriber-only extras and subscription vocabulary, and a price's period ("per month"): words a
   * report of a service's subscribers and prices says as often as an offer does, so no offer alone.
   */
  'subscriptionWord',
  /** The wall itself: "subscribe to continue reading". */
  'paywallWall',
  /** Metered access: "free articles left". */
  'paywallMeter',
  /** Registration walls: "register to continue reading". */
  'paywallRegistration',
  /** Newsletter sign-up boxes and their consent text. */
  'newsletter',
  /** Headings of related-link teasers: "Read also", "More on this story". */
  'related',
  /** A line that only links to the full article elsewhere. */
  'readMoreLink',
  /** Comment threads and forms. */
  'comments',
  /** Cookie and consent notices. */
  'cookie',
  /** Advertising labels. */
  'ad',
  /** Share and follow buttons. */
  'social',
  /** Log-in prompts, push prompts, print buttons, legal lines. */
  'other',
  /** Notes on who funds or partners in the coverage: "solely responsible for all content". */
  'fundingNote',
  /** Verbs that name who said something: "said", "sagte", "a déclaré", "according to". */
  'speechVerb',
  /** Words of a publisher speaking about itself: "we", "our". */
  'firstPersonPlural',
  /** Words addressing the reader: "you", "your". */
  'secondPerson',
] as const;

export type PhraseListName = (typeof PHRASE_LISTS)[number];
export type PhraseBook = Partial<Record<PhraseListName, readonly string[]>>;
