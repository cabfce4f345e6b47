import { buttonLine, hasQuotationMark, isHeadingTag, type BlockFeatures } from '../features.js';
import { askLine } from '../ask-line.js';
import { rulesFor, tokenHint } from './types.js';

const COMMENTS_HINT = tokenHint('*comments?*|disqus*|discussion|replies|respond|coral*|talk-?back|reactions|kommentare?*|commentaires?|comentarios?|commenti');

/** Named as the comment section by the page, not as a comment count or a link to the comments. */
const namedAsComments = (b: BlockFeatures): boolean => COMMENTS_HINT.test(b.hints) && !/comment-?count|commentcount|comments?-?link|kommentar-?count/.test(b.hints);

export const commentsRules = rulesFor('comments', [
  {
    id: 'comments-hint',
    weight: 1,
    reason: 'Named as the comment section by the page.',
    test: namedAsComments,
    fixture: { html: '<section id="comments"><h2>3 comments</h2><p>Great article, thanks!</p></section>', where: 'page' },
  },
  {
    id: 'comments-policy',
    weight: 0.8,
    reason: 'Part of the comment section by its name, and it speaks of comments.',
    test: (b) => b.words < 120 && b.count('comments') >= 2 && namedAsComments(b),
    fixture: { html: '<p class="comments__disclaimer">We welcome a lively but civil discussion. Please keep comments on topic, and read our community guidelines before you reply, as every comment is read by a moderator before it appears.</p>', where: 'article' },
  },
  {
    id: 'comments-form',
    weight: 1,
    reason: 'A form for writing a comment.',
    test: (b) => b.stats.textareas > 0 && b.count('comments') > 0,
    fixture: { html: '<form><h3>Leave a comment</h3><textarea name="comment"></textarea><button>Post</button></form>', where: 'page' },
  },
  {
    id: 'comments-heading',
    weight: 1,
    reason: 'A heading that names the comment section ("Comments (2)", "Kommentare").',
    test: (b) => isHeadingTag(b.tag) && b.words <= 4 && b.count('comments') > 0 && (!b.inside || b.afterArticle),
    fixture: { html: '<h2>Comments (12)</h2>', where: 'page' },
  },
  {
    id: 'comments-prompt',
    weight: 1,
    reason: 'Asks the reader to comment ("What do you think? Tell us in the comments below.").',
    // Speaks to the reader and points to the comments, below or "in the comments"; not a quotation
    // ("Do you have a comment below?" she asked), not a question a writer puts ("What do you mean
    // we?" readers may reply), not a report that somebody declined to comment. "In the comments"
    // in each language: a preposition, then the word ("in den Kommentaren", "nei commenti").
    test: (b) =>
      b.inside &&
      b.words <= 20 &&
      b.count('comments') > 0 &&
      b.count('secondPerson') > 0 &&
      /\bbelow\b|\bunten\b|ci-dessous|abajo|qui sotto|\b(in the|in den|dans les|en los|nei|nos|i) [ck]omm?ent|в коммент/.test(b.lower) &&
      !hasQuotationMark(b),
    fixture: { html: '<p>What do you think? Tell us in the comments below.</p>', where: 'article' },
  },
  {
    id: 'comments-link',
    weight: 1,
    reason: 'A button that leads to the comments ("Leave a comment", "12 comments").',
    test: (b) => b.inside && buttonLine(b) && b.count('comments') > 0,
    fixture: { html: '<p><a href="/p/story/comments">Leave a comment</a></p>', where: 'article' },
  },
  {
    id: 'comments-notice',
    weight: 1,
    reason: 'About the comment section: its rules, or that it is closed.',
    test: (b) => b.words < 70 && b.count('comments') >= 2 && (!b.inside || b.afterArticle),
    fixture: { html: '<p>Comments are closed. Please read our comment policy before you reply.</p>', where: 'page' },
  },
  {
    id: 'comments-ask-line',
    weight: 1,
    reason: 'A short line made of nothing but a comment prompt or notice ("Leave a comment", "Comments are closed").',
    test: (b) => askLine(b) === 'comments',
    fixture: { html: '<p>Comments are closed.</p>', where: 'article' },
  },
]);
