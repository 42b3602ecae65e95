import type { ClutterRule } from '../rule';
import { whole, startsWith, leadIn, colonLeadIn, opening, bio } from '../patterns';

/**
 * Clutter rules for pages in English ('en'), by kind in the order of `RULE_KINDS`; within a kind, the
 * first rule that matches names the removal. `tests/rules.test.ts` lints them: every example
 * must match, no counter-example may.
 */
export const EN_RULES: readonly ClutterRule[] = [
  // ── ad-label ──
  // "Sponsored" labels and "story continues below" breaks.
  {
    id: 'ad-label/en/advertisement-continue',
    kind: 'ad-label',
    lang: 'en',
    patterns: [
      whole(/(?:advertisement|advert|ad)(?: ?[-–—:·|] ?| )(?:scroll (?:down )?to continue(?: reading| with content)?|continue reading(?: below| the main story)?|(?:story|article|content) continues below)|sponsored/iu),
    ],
    examples: [
      'Advertisement - scroll to continue',
      'ADVERTISEMENT - CONTINUE READING BELOW',
      'Advertisement · Scroll to continue',
      'Sponsored',
      'SPONSORED',
    ],
    counterExamples: [
      'Sponsored by the city council, the festival drew 20,000 visitors.',
      'Sponsored content is labelled under the new rules.',
      'Advertisement spending continues below forecasts, analysts said.',
    ],
  },
  {
    id: 'ad-label/en/continues-below',
    kind: 'ad-label',
    lang: 'en',
    patterns: [
      whole(/(?:the )?(?:story|article|content|text|post|report) continues (?:below|after|under|beneath)(?: (?:this|the|these))?(?: (?:advertisement|advert|ads?|sponsored (?:content|message)|message))?/iu),
      whole(/continue reading(?: (?:below|the (?:main )?story|after (?:the|this) (?:ad|advertisement)|article below))/iu),
      whole(/scroll (?:down )?to continue(?: reading| with (?:the )?(?:content|article|story))?/iu),
    ],
    examples: [
      'Story continues below advertisement',
      'Article continues below',
      'Continue reading below',
      'Continue reading the main story',
      'Scroll to continue with content',
      'STORY CONTINUES BELOW THIS AD',
      'The article continues after this advertisement',
    ],
    counterExamples: [
      'The story continues below the surface: investors expect more cuts.',
      'Continue reading the fine print before you sign anything.',
      'Scroll to continue the tutorial, then tap Save to keep your work.',
    ],
  },

  // ── promo-link ──
  {
    id: 'promo-link/en/read-more',
    kind: 'promo-link',
    lang: 'en',
    patterns: [
      leadIn(/read (?:more|also|next|this)|also read|(?:keep|continue) reading|must[- ]read|further reading/iu),
      startsWith(/click (?:here|this link) to (?:read|see|view|watch|find out|learn)|(?:read|see|watch) (?:the )?(?:full|whole|complete) (?:story|article|report|coverage|interview|video)/iu),
    ],
    examples: [
      'Read more: The hidden cost of cheap flights',
      'READ MORE: Inside the race to build AI chips',
      'Read also | Why rents keep rising',
      'Also read: Five things to know about the budget',
      'Read more',
      'Click here to read the full report',
      'Must-read: the week in review',
    ],
    counterExamples: [
      'Read more books, the doctor told her.',
      'Continue reading habits vary by age, the survey found.',
      'Read this morning, the statement was brief.',
    ],
  },
  {
    id: 'promo-link/en/related',
    kind: 'promo-link',
    lang: 'en',
    patterns: [
      leadIn(/related(?: (?:stories|story|articles?|coverage|content|links?|reading|news|posts?))?|see also|more (?:on this (?:story|topic)|coverage|news|stories)|don['’]t miss(?: this)?|do not miss|recommended(?: (?:reading|stories|for you))?|you (?:might|may) also (?:like|enjoy)|editor['’]s picks?|top stories|trending/iu),
      colonLeadIn(/more|plus/iu),
    ],
    examples: [
      'Related: How the Fed sets rates',
      'RELATED: Storm leaves thousands without power',
      'See also: Our guide to the election',
      'SEE ALSO: The best laptops of the year',
      'MORE: Five things to know',
      "Don't miss: the best deals this week",
      'Recommended: Our pick of the week',
      'You might also like: The 10 best hiking trails',
    ],
    counterExamples: [
      'Related costs rose sharply in the second half.',
      'More than 40 people were injured in the blast.',
      'See also how the policy changed in 2019.',
      "Don't miss the deadline on Friday, officials warned.",
      'Recommended daily intake varies by age.',
    ],
  },

  // ── trailing-heading ──
  {
    id: 'trailing-heading/en/related',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/related(?: (?:articles?|stories|story|posts?|content|coverage|news|links|reading|topics|videos?))?|similar (?:articles|stories|posts)|more (?:like this|stories|articles|news|headlines|to (?:read|explore)|on this (?:story|topic)|(?:from|in|on) [^:?!;,]{1,40})|other (?:stories|news|articles)|see also|you (?:may|might) also (?:like|enjoy|be interested in)|we recommend|recommended(?: (?:for you|stories|articles|reading|videos))?|editor['’]s picks?|(?:don['’]t|do not) miss|read (?:next|more)|up next|what to read next|keep reading|further reading|explore (?:more|further)|around the web|from (?:the web|our partners|around the web)|(?:sponsored|promoted) (?:stories|content|links)|you may have missed|in case you missed it/iu),
    ],
    examples: [
      'Related',
      'Related articles',
      'RELATED STORIES',
      'More from BBC News',
      'More on this story',
      'You may also like',
      'Recommended for you',
      'Read next',
    ],
    counterExamples: [
      'Related costs rose sharply',
      "More from less: how farms cut water use",
      'Other stories told by survivors',
      'Up next for the council: a vote on housing',
    ],
  },
  {
    id: 'trailing-heading/en/most-read',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/most (?:read|popular|viewed|shared|commented|emailed|watched|recent)(?: (?:articles|stories|news|now|today|this week|on [^:?!;,]{1,40}))?|popular(?: (?:now|today|stories|articles|posts|on [^:?!;,]{1,40}))?|trending(?: (?:now|stories|news|topics|today|on [^:?!;,]{1,40}))?|what['’]s (?:popular|trending|hot)|latest(?: (?:news|stories|articles|posts|headlines|videos|from [^:?!;,]{1,40}|in [^:?!;,]{1,40}))?|the latest|top (?:stories|news|headlines|picks)|more (?:top )?stories|more news|recent (?:posts|articles|stories|news)/iu),
    ],
    examples: ['Most read', 'Most Popular', 'MOST VIEWED', 'Trending', 'Trending now', 'Popular now', 'Latest news', 'Latest'],
    counterExamples: [
      'Most read books of 2024 explained by age',
      'Popular uprisings in the Arab world',
      'Trending downward: what the data shows',
      'Latest figures from the ONS show a rise',
    ],
  },
  {
    id: 'trailing-heading/en/tags',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/tags?|tagged(?: with| in)?|topics?|keywords?|categor(?:y|ies)|filed (?:under|in)(?: ?:? [^:?!;,]{1,40})?|posted in(?: ?:? [^:?!;,]{1,40})?|related topics|more topics|subjects?|labels?|about(?: (?:the )?(?:authors?|writer|reporter|contributors?))?|about us|authors?|written by/iu),
    ],
    examples: ['Tags', 'Topics', 'Keywords:', 'Filed under', 'Filed under: Politics', 'About the author', 'About', 'Posted in News'],
    counterExamples: [
      'Tags and labels in the EU regulation',
      'Topics for the next summit',
      'About 40 people attended',
      'Filed under seal, the documents remain secret',
    ],
  },
  {
    id: 'trailing-heading/en/comments-share',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/(?:reader )?comments|\d{1,5} comments?|leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion|debate)|have your say|share(?: this)?(?: (?:article|story|post|page))?|share on social media|newsletters?|sign up for (?:our|the) newsletter|subscribe|follow us(?: on [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Comments',
      'Leave a comment',
      'Leave a Reply',
      'Join the conversation',
      'Share this',
      'Share this article',
      'Newsletter',
      'Follow us on Twitter',
    ],
    counterExamples: [
      'Comments from the minister drew criticism',
      'Share prices fell sharply',
      'Newsletter publishers face new rules',
      'Subscribe or cancel: the new rules explained',
    ],
  },

  // ── share ──
  {
    id: 'share/en/share',
    kind: 'share',
    lang: 'en',
    patterns: [
      whole(/share(?: (?:this|it|now|article|story|post|page|via|on|to))?|share this (?:article|story|post|page|video|link)|share (?:on|via|to|with) [^:?!;,]{1,30}|(?:\d[\d.,]{0,8}[km]? )?shares?|tweet(?: this)?|pin it|copy(?: the)? link|copy (?:article )?url|link copied|print(?: this)?(?: (?:article|page|story|recipe))?|e-?mail(?: this)?(?: (?:article|story|link|to a friend))?|send to a friend|gift (?:this )?article|save(?: (?:article|story|for later))?|bookmark|follow us(?: on [^:?!;,]{1,30})?/iu),
    ],
    examples: [
      'Share',
      'Share this article',
      'Share on Facebook',
      'Tweet',
      'Pin it',
      'Copy link',
      'Print',
      'Follow us on Instagram',
    ],
    counterExamples: [
      'Shares in Apple fell 3% on Monday.',
      'Share prices slumped after the announcement.',
      'Print circulation has halved since 2010.',
      'Save the date: the festival returns in June',
    ],
  },

  // ── newsletter ──
  {
    id: 'newsletter/en/sign-up',
    kind: 'newsletter',
    lang: 'en',
    patterns: [
      opening(/(?:sign(?:ing)? up|sign me up|subscribe|register|join|opt in)(?: now| today| here| free| for free)?(?: (?:to|for|and))? [^.!?]{0,80}?(?<!\p{L})(?:newsletters?|briefings?|digest|bulletins?|e-?mails?|inbox|mailing list|alerts|updates)(?!\p{L})/iu),
      opening(/(?:get|receive)(?: (?:our|the))?(?: (?:free|daily|weekly|best|latest|top))? [^.!?]{0,80}?(?<!\p{L})(?:newsletters?|briefing|digest|(?:in|to|into) your inbox)(?!\p{L})/iu),
      opening(/(?:enter|type) your e-?mail(?: address)?|(?:never|don['’]t) miss (?:a|an|another) (?:story|update|thing|beat|headline)|(?:stay|keep) (?:up[- ]to[- ]date|informed|in the loop|updated)[^.!?]{0,80}?(?<!\p{L})(?:newsletter|e-?mail|inbox|sign up|subscribe)|no spam[,.!]|(?:you can )?unsubscribe (?:at any time|anytime)/iu),
    ],
    examples: [
      'Sign up for our newsletter',
      'Subscribe to our newsletter',
      'Get our free newsletter',
      'Sign up to First Edition, our free daily newsletter',
      'SIGN UP FOR THE MORNING BRIEFING',
      'Enter your email address to subscribe',
      'Get the latest news delivered to your inbox',
      'Never miss a story: sign up for alerts',
    ],
    counterExamples: [
      'The company launched a newsletter for investors last year.',
      'Subscribers to the newsletter rose by 20% in 2023.',
      'Register to vote by emailing your local council before May 3.',
      'Getting the briefing right took months, officials said.',
    ],
  },

  // ── comments ──
  {
    id: 'comments/en/comment-count',
    kind: 'comments',
    lang: 'en',
    patterns: [
      whole(/\d[\d.,]{0,6}k? (?:comments?|responses?|replies|reply)|comments? ?[([]?\d[\d.,]{0,6}[)\]]?|comments|(?:view|show|see|read|load|hide|open|close|display)(?: all| more)?(?: \d[\d.,]{0,6})?(?: reader)? comments(?: \(\d{1,6}\))?|(?:leave|add|post|write|submit) (?:a|your) (?:comment|reply|response)|(?:join|start) the (?:discussion|conversation|debate)|be the first to comment|no comments(?: yet)?|comment(?: on this (?:story|article|post))?|comments (?:are )?closed|reply|have your say|notify me of (?:follow-up comments|new (?:comments|posts))(?: by e-?mail)?/iu),
    ],
    examples: [
      '42 comments',
      '1 comment',
      'Comments (12)',
      'View comments',
      'Show comments',
      'Leave a comment',
      'Add a comment',
      'Join the discussion',
    ],
    counterExamples: [
      'Comments from the minister drew criticism.',
      '3 comments by the judge were struck from the record.',
      'Leave a comment on the consultation by March 3, the agency said.',
      'Reply to the letter within 14 days.',
    ],
  },

  // ── image-credit ──
  {
    id: 'image-credit/en/photo-credit',
    kind: 'image-credit',
    lang: 'en',
    patterns: [
      whole(/(?:photo(?:graph)?s?|pictures?|image|illustration|photo illustration|(?:main|top|header|featured|lead|cover|hero) (?:image|photo)|(?:photo|image|picture) credits?|credits?|photography)(?: ?[:：|] ?| by | courtesy(?: of)? | ?\/ ?| [–—-] )(?! ).{1,100}|(?:photo|image|picture) credits?|credits? ?[:：]/iu),
    ],
    examples: [
      'Photo: Jane Doe/Agency',
      'Photo credit: Jane Doe',
      'Image: NASA',
      'Image credit: ESA/Hubble',
      'Credit: John Smith for The Example Times',
      'Photograph: Jane Doe/The Guardian',
      'Photo by Jane Doe on Unsplash',
      '(Photo: AP)',
    ],
    counterExamples: [
      'Photographs of the crash scene circulated widely on social media within minutes.',
      'Firefighters battle the blaze in Los Angeles on Tuesday. Photo: Jane Doe/AP',
      'Credit card debt rose 5% in 2024.',
      'Image credit checks are often skipped by aggregators.',
    ],
  },

  // ── author-bio ──
  {
    id: 'author-bio/en/about-the-author',
    kind: 'author-bio',
    lang: 'en',
    patterns: [leadIn(/about the (?:authors?|writer|reporter|contributors?)|meet the (?:author|writer|reporter)/iu)],
    examples: [
      'About the author',
      'ABOUT THE AUTHOR',
      'About the author: Jane Smith is a senior reporter at the Daily Example.',
      'About the writer',
    ],
    counterExamples: [
      "About the authority's decision, little is known.",
      "About the authors' claims, the court was sceptical.",
      'About the author of the report, little is known.',
    ],
  },
  {
    id: 'author-bio/en/name-is-a-reporter',
    kind: 'author-bio',
    lang: 'en',
    patterns: [
      bio(/(?:is|was) (?:a|an|the) (?:[\p{L}'’-]{1,25} ){0,3}(?:reporter|writer|journalist|editor|correspondent|columnist|contributor|critic|producer|photographer|blogger|freelancer|analyst|intern)s?|(?:covers|writes about|reports on) [^.]{1,60}? (?:for|at)(?: the)?(?= \p{Lu})/u),
    ],
    examples: [
      'Jane Smith is a senior reporter at the Daily Example.',
      'John McDonald is a staff writer covering technology.',
      "Maria Gonzalez is the Guardian's technology editor.",
      "Sam O'Neill covers energy and climate for The Example Post.",
      'Maria Delgado covers city hall and neighborhoods for the Lakeshore Tribune. Reach her at mdelgado@example.com.',
      'Ana de la Cruz is an award-winning journalist based in Madrid.',
    ],
    counterExamples: [
      'Joe Biden is a former senator from Delaware.',
      'Jane Smith, a reporter at the Times, said the story was accurate.',
      'The reporter is a key witness in the trial.',
      'Elon Musk covers the cost of the trip for his staff.',
      "Jane Smith is a reporter's worst nightmare, colleagues joked.",
    ],
  },
];
