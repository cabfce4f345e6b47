import type { PhraseBook } from './types.js';

export const en: PhraseBook = {
  donationAsk: [
    'donate', 'make a donation', 'mak* a gift', 'mak* a tax-deductible', 'give now',
    'support us', 'support our journalism', 'support our work', 'support independent journalism',
    'support today', 'ready to support', 'become a supporter', 'become a member', 'become a patron',
    'every contribution', 'contribute now', 'contribute today', 'a contribution', 'funded by readers', 'reader-funded', 'reader-supported', 'paying member', 'favour to ask', 'favor to ask', 'from as little as', 'for as little as', 'sustaining member', 'support the journalism',
    'reader funded', 'chip in', 'tax-deductible', 'monthly gift', 'one-time gift', 'recurring donation', 'your donation',
    'your contribution', 'please support', 'please donate', 'consider supporting', 'consider a donation',
    'we rely on your support', 'rely on readers', 'rely on our readers', 'we need your help', 'we need your support',
    'with your help', 'help us keep', 'help fund', 'help us fund', 'fund our journalism', 'our journalism free', 'patreon',
    'by supporting', 'starting from just', 'by becoming a member', 'consider becoming a member', 'support our newsroom', 'your gift', 'give what you can',
    'help keep it free', 'will you support', 'with a donation', 'give today', 'give monthly',
    'makes our journalism possible', 'make our journalism possible', 'makes our work possible', 'make our work possible',
  ],
  donationSupport: [
    'independent journalism', 'support', 'supporting', 'contribution', 'contributions', 'donation',
    'donations', 'readers like you', 'free for everyone', 'available for everyone', 'paywall-free', 'no paywall',
    'nonprofit newsroom', 'non-profit newsroom', 'nonprofit news', 'non-profit news', 'thank you for standing with us', 'our journalism', 'our reporting', 'our staff',
    'our work', 'silence', 'makes a world of difference', 'not free to', 'free for all readers', 'help keep', 'makes a difference',
  ],
  appealOpener: [
    'a message from', 'dear readers', 'dear reader', 'dear friend', 'a note to readers', 'before you go', 'before you move on',
    // The question that opens a one-line appeal after the article: "Enjoyed this story? Support …"
    'enjoyed this', 'did you enjoy', 'i hope you appreciated', 'i hope you enjoyed', 'we hope you enjoyed', 'we hope you appreciated', 'did you find this', 'like this story', 'want more stories like this', 'if you value', 'if you appreciate',
    // A post's sign-off: "Thanks for reading …! Subscribe for free …".
    'thanks for reading', 'thank you for reading',
  ],
  appealCloser: [
    'remind me', 'not ready to support', 'not now', 'maybe later', 'no thanks', 'no, thanks',
    'payment methods', 'i already support', 'already a supporter',
    'continue', 'support now', 'give once', 'monthly', 'annual', 'one-time', 'other amount',
  ],
  subscriptionOffer: [
    'subscribe now', 'subscribe today', 'subscribe for', 'subscribe to', 'start your free trial', 'free trial',
    'start your subscription', 'get unlimited access', 'unlimited access', 'unlimited digital access', 'digital subscription',
    'digital access', 'become a subscriber', 'subscribers get', 'subscriber-only', 'subscriber only', 'for subscribers',
    'subscriber exclusive', 'gift subscription', 'give a gift',
    'cancel anytime', 'cancel any time', 'special offer', 'limited time offer', 'save #%', 'premium', 'go premium',
    'join now', 'join today', 'upgrade', 'all access', 'already a subscriber', 'already subscribed', 'subscribe', 'click here to subscribe',
  ],
  subscriptionWord: ['subscription', 'subscriptions', 'subscriber', 'subscribers', 'membership', 'member benefits', 'sign in to comment', 'per month', 'per week', '/month', '/mo'],
  paywallWall: [
    'subscribe to continue reading', 'subscribe to read', 'to continue reading', 'continue reading with', 'keep reading with',
    'this article is for subscribers', 'this content is for subscribers', 'exclusive to subscribers', 'this article is reserved',
    'subscribers only', 'subscriber-only content', 'you have reached the end of your free',
    'to read the full article', 'to read this article', 'unlock this article', 'unlock full access', 'read the full story with',
    'subscribe to keep reading', 'exclusively to subscribers', 'exclusively for subscribers', 'only subscribers can', 'this article is only available', 'this story is only available', 'only to our subscribers', 'unlock this story',
  ],
  paywallMeter: [
    'free articles', 'free article', 'articles remaining', 'article limit', 'you have read #', "you've read #", 'you have read all', "you've read all", 'you have read your', "you've read your",
    'free stories', 'stories remaining', 'reached your limit', 'reached the limit', 'this is your last free',
    'articles left', 'article left', 'monthly limit', 'free this month',
  ],
  paywallRegistration: [
    'register to continue', 'register for free to continue', 'create a free account', 'sign up for free to continue',
    'log in or register to continue', 'register to read', 'free account to continue', 'registration required',
    'sign up for free to keep reading', 'sign up to keep reading', 'sign up to continue reading', 'register to keep reading', 'register for free to keep reading', 'free account to keep reading',
  ],
  newsletter: [
    'newsletter', 'newsletters', 'sign up', 'sign up here', 'signup', 'in your inbox', 'to your inbox',
    'email address', 'your email', 'e-mail address',
    'daily briefing', 'morning briefing', 'weekly roundup', 'unsubscribe at any time', 'you can unsubscribe',
    'by signing up', 'by subscribing, you agree', 'by submitting your email', 'privacy policy', 'privacy notice', 'thanks for signing up', 'get the latest', 'daily newsletter', 'weekly newsletter',
  ],
  related: [
    'read more', 'read also', 'also read', 'see also', 'related', 'more from',
    'more on this', 'more stories', 'recommended', 'most read',
    'trending', "don't miss", 'you may also like', 'you might also like', 'further reading', 'latest news', 'top stories',
    'up next', 'what to read next', 'read next', 'keep reading', 'more coverage', 'recent in', 'more in', 'most popular', 'popular now', 'editor\'s picks', 'photos:', 'video:', 'watch:', 'gallery:',
  ],
  readMoreLink: [
    'read entire article', 'read the entire article', 'read full article', 'read the full article', 'read full story',
    'read the full story', 'continue reading', 'read more', 'read original article', 'view original article', 'source article',
  ],
  comments: [
    'comments', 'comment', 'join the conversation', 'join the discussion',
    'reply', 'replies', 'commenting', 'community guidelines', 'have your say',
    'comments are closed', 'leave a comment', 'leave a reply',
      ],
  cookie: [
    'cookies', 'cookie policy', 'cookie settings', 'cookie preferences',
    'accept all', 'reject all', 'manage preferences', 'consent', 'your privacy', 'personal data', 'partners',
  ],
  ad: ['advertisement', 'advertising', 'sponsored', 'paid content', 'paid post', 'partner content', 'promoted', 'ad', 'ads', 'presented by', 'sponsor message', 'article continues below', 'story continues below', 'scroll to continue'],
  social: [
    'share', 'share on facebook', 'share on twitter', 'share via email',
    'share on linkedin', 'share on whatsapp', 'share this', 'share this article', 'share this story', 'follow us', 'tweet', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'email', 'copy link', 'print',
  ],
  other: [
    'log in', 'login', 'sign in', 'my account', 'already have an account', 'already a member', 'create an account', 'register', 'notifications',
    'all rights reserved', 'copyright', 'terms of use', 'terms of service', 'contact us', 'about us', 'tip', 'tips',
    'listen to this article', 'listen to this story', 'reading time', 'min read', 'gift this article', 'gift article',
    'email us', 'write to us', 'send us', 'hear from you', 'feedback', 'save', 'bookmark', 'republish',
  ],
  fundingNote: [
    'solely responsible for all content', 'solely responsible for this content', 'receives support from', 'receives financial support from',
    'with funding from', 'in partnership with', 'with support from', 'supported by', 'funded by', 'made possible by', 'a commission', 'affiliate commission', 'affiliate link', 'affiliate links',
  ],
  speechVerb: ['said', 'says', 'told', 'added', 'stated', 'announced', 'wrote', 'writes', 'argued', 'urged', 'warned', 'explained', 'insisted', 'claimed', 'noted', 'according to', 'recommended', 'recommends', 'advised', 'advises', 'pleaded', 'asked', 'asks', 'promised', 'promises', 'claims', 'urges', 'warns', 'insists'],
  firstPersonPlural: ['we', 'our', 'us', 'ours', 'ourselves'],
  secondPerson: ['you', 'your', 'yours', 'yourself'],
};
