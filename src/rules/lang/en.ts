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
  // Sponsorship labels standing alone over a paid slot ("Sponsored content", "Paid post").
  {
    id: 'ad-label/en/sponsored-label',
    kind: 'ad-label',
    lang: 'en',
    patterns: [
      whole(/(?:sponsored|paid|partner|promoted|branded|advertiser|commercial) (?:content|post|story|stories|article|feature|message|links?|partnership)|advertisement feature|advertising feature|advertorial|paid promotion|sponsored by [^.!?,;:]{1,40}/iu),
    ],
    examples: ['Sponsored content', 'SPONSORED CONTENT', 'Paid post', 'Partner content', 'Advertisement feature', 'Advertorial', 'Promoted stories', 'Sponsored by Acme Bank'],
    counterExamples: [
      'Sponsored content is labelled under the new rules.',
      'Paid content now makes up a third of revenue.',
      'Promoted to captain in 2021, she led the side to the title.',
      'Sponsored by the city council, the festival drew 20,000 visitors.',
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
  // Media and "more stories" pointers: "Watch: …", "PICTURES: …", "For more stories like this, check our news page."
  {
    id: 'promo-link/en/watch-listen',
    kind: 'promo-link',
    lang: 'en',
    patterns: [
      colonLeadIn(/watch|listen|read|video|videos|photos|pictures|in pictures|podcast|quiz|live updates|related video|related podcast|related audio|opinion/iu),
      startsWith(/for (?:more|the latest|all the latest) (?:stories|news|articles|coverage|updates|videos)(?: like this| on this (?:story|topic))?,? (?:visit|check(?: out)?|go to|head to|see|click|read|follow) (?:our|the)/iu),
    ],
    examples: [
      'Watch: The moment the bridge collapsed',
      'WATCH: Storm batters the coast',
      'PICTURES: The best of the festival',
      'Listen: This week in politics',
      'Video: Firefighters tackle the blaze',
      'For more stories like this, check our news page.',
      'For the latest news, visit our homepage',
    ],
    counterExamples: [
      'Watch the video below to see the moment the bridge gave way.',
      'Listen carefully to the advice, the doctor said.',
      'For more than a decade, the site stood empty.',
      'For more news, the mayor suggested residents check the council website.',
      'Analysis of the data took the researchers two years.',
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
  {
    id: 'promo-link/en/back-to-overview',
    kind: 'promo-link',
    lang: 'en',
    patterns: [startsWith(/back to (?:(?:the |all )?(?:news|overview|list|articles|stories|blog|press releases|homepage|top))(?= ?[»›>]?$)/iu)],
    examples: ['Back to news', 'Back to the overview', 'Back to all articles', 'Back to top'],
    counterExamples: ['Back to the news from the council: the budget passed by nine votes.', 'Back to top form, the striker scored twice.'],
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
  // Section titles over teaser lists and partner widgets after the article.
  {
    id: 'trailing-heading/en/more-like-this',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/(?:want )?more(?: (?:stories|articles|news|content))? like this\??|(?:more )?stories like this|(?:people|readers) (?:also|are) (?:read(?:ing)?|viewed|watching|liked)|(?:you might|you may|we think you['’]ll) (?:have missed|find this interesting|also want to read)|picked for you|top picks(?: for you)?|(?:most|top) (?:read|popular|viewed|shared) in [^:?!;,]{1,30}|what everyone['’]s (?:reading|watching|talking about)|(?:today['’]s|this week['’]s) (?:top|most read|most popular|biggest) (?:stories|articles|news|reads)|popular (?:this week|this month|right now)|must[- ]reads?|elsewhere on [^:?!;,]{1,30}|around the network|also (?:on|from) [^:?!;,]{1,30}|in other news|related (?:podcasts?|galleries|audio|listening)|recommended (?:videos?|podcasts?)|(?:explore )?more on (?:these|this) topics?|explore (?:these|this) topics?|(?:paid|partner) content|(?:content )?from our (?:partners|sponsors)|promoted (?:stories|links|content)|sponsored (?:articles|links)|more from (?:the )?(?:author|writer|columnist|reporter)|more by (?:this )?(?:author|writer)|other articles you (?:may|might) like/iu),
    ],
    examples: [
      'More like this',
      'Want more stories like this?',
      'People also read',
      'Most read in Football',
      "What everyone's reading",
      'Must reads',
      'In other news',
      'Explore more on these topics',
      'From our partners',
      'More from the author',
    ],
    counterExamples: [
      'Stories like this one are rare, the judge said',
      'In other news outlets, the claim was repeated',
      'Must read the terms before signing',
      'Popular this week with commuters: the new bus',
    ],
  },
  {
    id: 'trailing-heading/en/tags',
    kind: 'trailing-heading',
    lang: 'en',
    patterns: [
      whole(/tags?|tagged(?: with| in)?|topics?|keywords?|categor(?:y|ies)|filed (?:under|in)(?: ?:? [^:?!;,]{1,40})?|(?:posted|published) (?:in|under)(?: ?:? [^:?!;,]{1,40})?|related topics|more topics|subjects?|labels?|about(?: (?:the )?(?:authors?|writer|reporter|contributors?))?|about us|authors?|written by/iu),
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

  {
    id: 'trailing-heading/en/press-contact',
    kind: 'trailing-heading',
    lang: 'en',
    // A press release's contact box after the text: a heading, then a name, a phone, an address.
    patterns: [whole(/(?:press|media) (?:contacts?|enquiries|inquiries)|contacts?|contact (?:details|information)|for (?:further|more) information,? (?:please )?contact/iu)],
    examples: ['Contact', 'Press contact:', 'Media enquiries'],
    counterExamples: ['Contact with the crew was lost at 3 am.', 'Contacts between the two sides resumed on Monday.'],
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
  // The rest of an article toolbar: e-mail, text size, listen, save, gift.
  {
    id: 'share/en/toolbar',
    kind: 'share',
    lang: 'en',
    patterns: [
      whole(/(?:send|share) (?:by|via) e-?mail|e-?mail (?:this|the) (?:article|story|page|link)|e-?mail to a friend|printer[- ]friendly(?: version)?|print (?:this )?(?:article|page|story)|(?:text|font) size|(?:increase|decrease|reset|change|adjust) (?:the )?(?:text|font)(?: size)?|a ?[-−–] ?a ?\+|a ?\+ ?a ?[-−–]|a ?[-−–+]|[-−–+] ?a|a a a|aa|listen(?: now)?|listen to (?:this|the) (?:article|story)(?: \d{1,3} min(?:s|utes)?)?|(?:play|pause) (?:audio|article|story)|save(?: (?:this )?(?:article|story|for later))?|saved(?: articles?)?|bookmark(?: this)?(?: (?:article|story))?|read later|gift(?: (?:this|the))? (?:article|story)|give (?:this )?(?:article|story)|share full article|link copied(?: to clipboard)?|copied!?|more sharing options|share options|reprints?(?: (?:and|&) permissions)?/iu),
    ],
    examples: ['Send by email', 'Email this article', 'Text size', 'A- A+', 'A+', 'Listen to this article', 'Save article', 'Gift this article', 'Share full article', 'Bookmark'],
    counterExamples: [
      'Print circulation has halved since 2010.',
      'Listen to the full interview on our podcast feed from Monday.',
      'Save money on energy bills with these ten tips',
      'A+ students were offered places.',
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
  // The other lines of a sign-up box: the pitch, the field, the button, the legal small print.
  {
    id: 'newsletter/en/sign-up-box',
    kind: 'newsletter',
    lang: 'en',
    patterns: [
      opening(/[^.!?]{0,100}?(?:straight (?:to|into) your inbox|direct(?:ly)? (?:to|into) your inbox (?:every|each))/iu),
      opening(/our (?:free )?(?:daily|weekly|monthly|morning|evening|weekday|weekend|fortnightly|free) (?:newsletter|e-?mail|briefing|digest|bulletin|round-?up)(?= (?:with|featuring|bringing|delivering|of|for) | ?[:–—-]| ?$)/iu),
      opening(/newsletters?(?: ?[:|–—-] ?| )[^.!?]{0,100}?(?<!\p{L})(?:sign[- ]?up|sign me up|subscribe|e-?mail address|enter your e-?mail|your inbox)(?!\p{L})/iu),
      opening(/(?:you can |you may |you['’]re free to )?(?:unsubscribe|opt[- ]out)(?: from (?:these|this|our) (?:e-?mails?|newsletters?))? (?:at any time|anytime|whenever you (?:like|want))/iu),
      opening(/by (?:signing up|subscribing|registering|submitting|clicking|entering)[^.!?]{0,60}? you (?:agree|accept|consent|acknowledge|confirm)(?: to)? (?:receive|our|that)/iu),
      opening(/we use your sign-?up|this (?:site|form|page) is protected by recaptcha|(?:thanks|thank you) for (?:signing up|subscribing|registering)(?:[!.,]|$)|check your (?:inbox|e-?mail) to confirm|(?:explore|see|browse|view|manage|discover) (?:all )?(?:of )?(?:our|your|more) newsletters|(?:skip (?:past|over)|after|end of) (?:the )?newsletter (?:promotion|sign-?up|promo)/iu),
      opening(/(?:your )?e-?mail(?: address)?(?: ?\*)? ?:?$|(?:sign me up|sign up now|sign up here|subscribe here|sign up|get the newsletter|get our newsletter)[.!]?$/iu),
    ],
    examples: [
      'The biggest stories from across the district, straight to your inbox every morning at 7am.',
      "Our weekly email with one how-to, one review and the week's cycling news.",
      'Newsletter: sign up for the morning briefing',
      'You can unsubscribe at any time.',
      'By signing up you consent to receive the above newsletter from Example Media Inc.',
      'By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
      'Thanks for signing up!',
      'skip past newsletter promotion',
      'Email address',
      'Sign me up',
    ],
    counterExamples: [
      "The council's own newsletter, which goes to 38,000 homes, will carry the new timetable.",
      'More than 2,000 parents signed up for the trial before it closed in March.',
      "She said she had unsubscribed from the party's mailing list after the vote.",
      'By signing up to the scheme, farmers agree to keep hedges uncut until August.',
      'Our weekly newsletter now reaches 20,000 readers, the charity said.',
      'Email addresses of two million customers were stolen.',
    ],
  },

  {
    id: 'newsletter/en/become-a-member',
    kind: 'newsletter',
    lang: 'en',
    // A membership pitch: "Become a member of … and get exclusive offers!"
    patterns: [opening(/(?:become|join us as) a (?:member|subscriber)(?: (?:of|at) [^.!?]{1,30})? (?:and|to) (?:get|enjoy|receive|unlock)/iu)],
    examples: ['Become a member and get exclusive offers!', 'Become a member of the Club to unlock every story.'],
    counterExamples: ['Become a member of the board, she was told, and the job was hers.', 'He became a member and got a card.'],
  },

  // ── paywall ──
  {
    id: 'paywall/en/subscribe-to-read',
    kind: 'paywall',
    lang: 'en',
    patterns: [
      opening(/(?:subscribe|sign up|register|join|log ?in|sign ?in)(?: now| today| for free| free)?(?: (?:or|and) (?:log|sign) ?in)? to (?:continue reading|keep reading|read (?:on|more|this|the (?:full|whole|rest|complete) (?:article|story))|unlock|get (?:full|unlimited) access|see the (?:full|rest))/iu),
      opening(/subscribe(?: now| today)?(?: to [^.!?]{1,60}?)? for (?:the )?(?:full|whole|complete|rest of the) (?:story|article)/iu),
      opening(/(?:subscribe|join|sign up)(?: now| today)?(?: for| from)? (?:just |only )?(?:[£$€]|us\$|a\$|c\$|n\$|r\$)\s?\d|(?:subscribe|join) (?:now|today)[.!]?$/iu),
      opening(/to (?:read|continue reading|keep reading|view|access|unlock|see) (?:the (?:full|whole|complete|rest of (?:the|this)) |this (?:full )?)(?:story|article|content|piece|report|feature)[^.!?]{0,20}?,? (?:please )?(?:subscribe|log in|sign in|register|become a|create an? (?:free )?account)/iu),
      opening(/(?:create|register for) an? (?:free )?account(?: or (?:sign|log) ?in)? to (?:continue|keep reading|read|unlock)|(?:sign|log) ?in or (?:create|register) an? (?:free )?account[.!]?$/iu),
    ],
    examples: [
      'Subscribe to read the full article',
      'Subscribe to continue reading',
      'Register for free to keep reading',
      'Subscribe now to our print edition for the full story.',
      'Subscribe for just £1',
      'Subscribe Now!',
      'To view the full story, please subscribe to The Example Times.',
      'Create an account or sign in to continue with your reading experience.',
      'Sign In or Create an Account',
    ],
    counterExamples: [
      'Swimmers who subscribe before the end of June will be offered a 20 per cent discount.',
      'Subscribe to the idea that growth will return, and you will be disappointed.',
      'Register to vote by emailing your local council before May 3.',
      'To read the full report, visit the council website.',
    ],
  },
  {
    id: 'paywall/en/subscribers-only',
    kind: 'paywall',
    lang: 'en',
    patterns: [
      opening(/(?:this|the) (?:article|story|content|piece|post|report|page|feature) is (?:only )?(?:available )?(?:for|to|exclusive(?:ly)? (?:for|to)|reserved for) (?:paying |paid |digital |our )?(?:subscribers|members)|this is an? (?:subscriber|member|premium)[- ](?:only|exclusive) (?:article|story)/iu),
      opening(/(?:subscriber|member)s?[- ](?:only|exclusive)(?: (?:content|article|story|feature))?(?=$|[.:!|])|(?:exclusive (?:to|for) (?:subscribers|members)|for (?:subscribers|members) only)(?=$|[.:!|])|premium (?:content|article|story)[.!]?$/iu),
      opening(/already (?:a |an )?(?:[\p{L}-]{1,15} )?(?:subscriber|member)\?|already (?:have an account|subscribed|registered|have a subscription)\?|already (?:a |an )?(?:[\p{L}-]{1,15} )?(?:subscriber|member)[,.]? (?:please )?(?:log|sign) ?in/iu),
      opening(/if you(?:['’]re| are) already (?:a |an )?(?:[\p{L}-]{1,15} )?subscriber|if you(?:['’]re| are) already a member[^.!?]{0,30}?(?:log|sign) ?in|if you['’]re seeing this message[^.!?]{0,40}?(?:subscriber|log in|sign in)/iu),
    ],
    examples: [
      'This article is for subscribers only',
      'This is a subscriber-only article',
      'Subscribers only',
      'Exclusive to subscribers',
      'Already a subscriber?',
      'Already a subscriber? Log in',
      'Already have an account? Sign in',
      "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.",
    ],
    counterExamples: [
      'The paper said it passed 100,000 digital subscribers last year.',
      'Subscribers to the water service will see the rebate on their next bill.',
      'Already a member of the board, she voted against the plan.',
      'Members only pay half price at the pool, the council said.',
    ],
  },
  {
    id: 'paywall/en/limit-reached',
    kind: 'paywall',
    lang: 'en',
    patterns: [
      opening(/you(?:['’]ve| have) (?:reached|hit) (?:your|the) (?:monthly |weekly )?(?:free )?(?:article|story|page ?view) (?:limit|allowance)|you(?:['’]ve| have) (?:reached|hit|used up) (?:your|the) (?:monthly |weekly )?(?:limit|maximum|quota|allowance) (?:of|for) (?:free |complimentary )?(?:articles|stories)/iu),
      opening(/you(?:['’]ve| have) (?:read|used(?: up)?|enjoyed) (?:all )?(?:of )?(?:your|the)(?: \d{1,2}| free| complimentary| monthly){1,3} (?:articles?|stories)|you (?:have|['’]ve got) (?:\d{1,2}|one|two|three|four|five) (?:free |more |complimentary )?(?:articles?|stories) (?:left|remaining)|this is your (?:last|final) (?:free )?(?:article|story)/iu),
      opening(/(?:get|unlock|gain|enjoy) unlimited (?:digital |online )?access|unlock (?:this|the full) (?:article|story)|continue reading (?:your article )?with (?:a|an|your) [^.!?]{0,40}?(?:subscription|membership|account)|keep reading for (?:just|only)|try (?:\d{1,2}|one|a) (?:months?|weeks?|days?) (?:for (?:just |only )?[£$€]|free[.!]?$)|become a (?:member|subscriber|supporter) to (?:read|continue|keep|unlock|access)|cancel (?:any ?time|at any time)[.!]?$/iu),
      opening(/support (?:our|independent|local|quality) journalism[^.!?]{0,40}?[.!,:–—-] ?(?:subscribe|become a|donate|join)/iu),
    ],
    examples: [
      "You've reached your limit of free articles this month",
      'You have reached your free article limit',
      "You've read all your free articles this month",
      'You have 2 free articles left',
      'This is your last free article',
      'Get unlimited digital access',
      'Try 1 month for £1',
      'Cancel anytime.',
      'Support local journalism. Subscribe today.',
    ],
    counterExamples: [
      'You have reached the limit of what the council can spend, the auditor told members.',
      'You have two options left, the adviser said.',
      'Try two weeks of the diet before judging it, the nutritionist says.',
      'Support for local journalism has grown, the survey found.',
    ],
  },
  {
    id: 'paywall/en/support-journalism',
    kind: 'paywall',
    lang: 'en',
    patterns: [opening(/(?:please )?support (?:our|independent|local|quality) (?:journalism|reporting|newsroom)|if you (?:value|enjoy|appreciate) (?:our|this|the) (?:journalism|reporting|work)|become a (?:supporter|member) (?:of|and support)|(?:donate|contribute) (?:to|and) (?:support|keep) (?:our|independent)/iu)],
    examples: ['Support our journalism', 'If you value our journalism, please consider a donation.', 'Please support independent journalism today.'],
    counterExamples: ['Support for independent journalism grew among readers, the survey found.', 'If you value the park, come to the meeting, the mayor said.'],
  },

  // ── consent ──
  {
    id: 'consent/en/cookies',
    kind: 'consent',
    lang: 'en',
    patterns: [
      opening(/we(?: and our (?:\d{1,4} )?(?:[\p{L}]{1,15} )?(?:partners|vendors))? (?:use|store|place|set|may use) (?:cookies|tracking technologies|technologies(?:,)? such as cookies)(?= (?:and|to|on|for|so|in order|that|which|when|from)(?!\p{L})|[.,;]|$)|(?:this|our) (?:web ?site|site|page|app) (?:uses|is using|may use) cookies(?!\p{L})/iu),
      opening(/we (?:value|care about|respect) your privacy|your privacy (?:choices|preferences|settings|options)|(?:manage|change|update|review|adjust|customi[sz]e)(?: my| your)? (?:cookie|privacy|consent)(?: and (?:privacy|cookie))? (?:choices|preferences|settings|options)/iu),
      opening(/cookie (?:settings|preferences|policy|notice|consent|declaration|banner)[.!]?$|(?:strictly necessary|functional|functionality|performance|targeting|analytics?|analytical|advertising|marketing|essential|social media|statistics?|preference|personali[sz]ation) cookies$|always active$|(?:accept|allow|reject|decline|refuse|deny) (?:all(?: cookies)?|cookies|and (?:continue|close)|all and (?:continue|close))[.!]?$|(?:i agree|i accept|agree and (?:close|continue|proceed))[.!]?$|accept (?:all )?cookies (?:to|and|in order to)(?!\p{L})/iu),
      opening(/these cookies (?:are (?:necessary|essential|required|used|set|strictly)|enable|allow|help us|may be set|collect|do not store|track)|if you have enabled privacy controls|(?:ccpa )?right to opt[- ]out of the sale|do not sell (?:or share )?my personal (?:information|data)|by (?:continuing to (?:use|browse)|using|browsing) (?:this|our) (?:web ?site|site)[^.!?]{0,40}?you (?:agree|accept|consent)/iu),
    ],
    examples: [
      'We use cookies to improve your experience on our site.',
      'We and our partners use cookies and similar technologies to personalise content.',
      'This website uses cookies',
      'We value your privacy',
      'Manage my cookie choices',
      'Manage Consent Preferences',
      'Strictly Necessary Cookies',
      'Always Active',
      'Accept all cookies',
      'These cookies enable the website to provide enhanced functionality and personalisation.',
      'If you have enabled privacy controls on your browser (such as a plugin), we have to take that as a valid request to opt-out.',
    ],
    counterExamples: [
      'The bakery sold 3,000 cookies at the fair.',
      'The council will accept applications until the end of May.',
      'We use drones to survey the coastline, the agency said.',
      'We use cookies as rewards for the dogs, the trainer said.',
      'These cookies are baked by pupils at the primary school.',
      'Accept all the help you can get, the coach advised.',
    ],
  },
  {
    id: 'consent/en/blocked-embed',
    kind: 'consent',
    lang: 'en',
    patterns: [
      opening(/this (?:content|embed|video|post|element|media|tweet|map|iframe|podcast|audio|widget|graphic)(?: is| has been| cannot be| can['’]?t be| could not be| is not| isn['’]t)(?: not)? (?:available|blocked|displayed|shown|loaded|unavailable|visible)[^.!?]{0,80}?(?:privacy|cookie|consent|tracking)/iu),
      opening(/to (?:view|see|watch|display|load|show|play|access) this (?:content|video|post|embed|media|element|tweet|map|podcast|audio|graphic|poll|widget|quiz)[^.!?]{0,40}?(?:allow|accept|enable|consent|agree|update your|change your|manage your)(?!\p{L})/iu),
      opening(/this (?:content|embed|video|post|iframe) is (?:provided|hosted|served) by [^.!?]{1,60}?(?:cookies|other technologies)|update your (?:settings|preferences|cookie settings|privacy settings) (?:here )?to (?:see|view|watch)|we need your (?:consent|permission) to (?:load|show|display|use)|please enable javascript|javascript is (?:disabled|required|not enabled)|your browser does not support (?:the )?(?:video|audio|iframes?|html5 video)/iu),
    ],
    examples: [
      'This content is not available due to your privacy preferences.',
      'To view this content, please allow cookies.',
      'To see this post, you need to accept cookies.',
      'This content is provided by Instagram, which may be using cookies and other technologies.',
      'Update your settings here to see it.',
      'We need your consent to load this YouTube video.',
      'Please enable JavaScript to view the comments.',
    ],
    counterExamples: [
      'To watch this video, visit our YouTube channel.',
      'This video has been viewed more than a million times.',
      'This content is not available in your country, the broadcaster said.',
      'To see this play, book early: the run ends in May.',
    ],
  },

  // ── feedback ──
  {
    id: 'feedback/en/was-this-helpful',
    kind: 'feedback',
    lang: 'en',
    patterns: [
      opening(/(?:was|is) this (?:article|story|page|post|information|content|answer|guide|piece|review|recipe) (?:helpful|useful|interesting|informative)|was this (?:helpful|useful)\?|did you find (?:this|the) (?:article|story|page|post|information|guide|content) (?:helpful|useful|interesting|informative)|did you (?:like|enjoy) (?:this|the) (?:article|story|post|piece)\?/iu),
      opening(/how (?:useful|helpful|interesting) (?:was|is|did you find) (?:this|the) (?:article|story|page|post)|how would you rate (?:this|the) (?:article|story|page|post|recipe)|rate this (?:article|story|post|recipe|page)|what did you think (?:of|about) (?:this|the) (?:article|story|piece|post)\?/iu),
      opening(/(?:thanks|thank you)(?: so much| very much)? for (?:your|the) (?:feedback|rating|vote|input)|(?:thanks|thank you) for (?:rating|voting)(?!\p{L})/iu),
      opening(/tell us what you think(?=$|[.!:?]| (?:about|of) (?:this|the) (?:article|story))|(?:give|send|leave|share) (?:us )?(?:your )?feedback(?=$|[.!:?]| (?:on|about) this (?:article|story|page))|help us improve(?: (?:this|our) (?:page|site|website|article|content|journalism|coverage))?(?=$|[.!:?])/iu),
    ],
    examples: [
      'Was this article helpful?',
      'Was this article helpful? Yes No',
      'Did you find this article useful?',
      'Thanks for your feedback.',
      'Thank you for your feedback!',
      'How would you rate this article?',
      'Rate this article',
      'Tell us what you think',
      'Give feedback',
      'Help us improve',
    ],
    counterExamples: [
      'Most residents found the new timetable helpful, the survey showed.',
      'Feedback from parents was overwhelmingly positive, the head teacher said.',
      'Help us improve the park, the council urged residents at the meeting.',
      'Tell us what you think about the plans by 5 May, the council said.',
      'Thanks to the feedback from residents, the plan was changed.',
    ],
  },
  {
    id: 'feedback/en/report-error',
    kind: 'feedback',
    lang: 'en',
    patterns: [
      opening(/(?:spotted|spot|found|see|noticed?) (?:an?|any) (?:error|mistake|typo|problem)(?: in this (?:article|story))?\?|report (?:an?|any) (?:error|mistake|typo|correction|issue|problem)(?: (?:in|on|with) (?:this|the) (?:article|story|page))?(?=$|[.!:?|])|(?:submit|suggest|request) a correction|did we get (?:something|anything) wrong\?|is there (?:anything|something) wrong with this (?:page|article|story)\?/iu),
      opening(/(?:got|have|do you have) (?:a|an) (?:story|news tip|tip|tip-off|story idea)(?: (?:for us|to share))?\?|get in touch with (?:our|the) (?:news ?(?:team|desk)|newsroom|editors?|reporters)|(?:submit|send|write) (?:us )?(?:your|a) letter to the editor/iu),
    ],
    examples: [
      'Spotted an error? Let us know',
      'Report an error',
      'Report a correction',
      'Did we get something wrong?',
      'Is there anything wrong with this page?',
      'Got a story? Get in touch with our news team by emailing us at news@example.com.',
      'Submit your letter to the editor via this form',
    ],
    counterExamples: [
      'Report an error in your tax return within 30 days, HMRC advises.',
      'Spotted an error in the accounts, the auditor alerted the board.',
      'Have a story ready before the meeting, the editor told trainees.',
    ],
  },

  // ── follow-us ──
  {
    id: 'follow-us/en/follow-us',
    kind: 'follow-us',
    lang: 'en',
    patterns: [
      opening(/follow (?:[^.!?,:;]|\.(?=\S)){1,40}? (?:on|via) (?:facebook|x\b|twitter|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|whatsapp|telegram|snapchat|google news|social media|flipboard|pinterest|apple news)/iu),
      opening(/(?:like|find|join|connect with|stay connected with) us on (?:facebook|x\b|twitter|instagram|linkedin|tiktok|youtube|threads|whatsapp|telegram|social media)|join (?:our (?:[^.!?,]{1,30}? )?(?:whatsapp|telegram|facebook|discord|signal|viber|reddit) (?:channel|community|group|page)|the (?:[^.!?,]{1,30}? )?(?:whatsapp|telegram|discord|signal|viber) (?:channel|community))/iu),
      opening(/(?:get|receive) (?:the )?(?:top|latest|biggest|breaking|best|most important)[^.!?]{0,40}? (?:sent |delivered )?(?:straight |direct(?:ly)? )?(?:to|on) your (?:phone|mobile|device|smartphone)(?= ?(?:[.!,]|$| with | via | from | and | every | each | for free))/iu),
      opening(/download our (?:free |new |official )?(?:[\p{L}-]{1,20} )?apps?(?!\p{L})|(?:click|tap) here to (?:get|download|install) (?:our|the) [^.!?]{0,40}?apps?(?!\p{L})|get (?:our|the) (?:free )?(?:news )?app(?=$|[.!:])|for (?:the latest|breaking|more|all the latest)[^.!?]{0,60}? (?:download|get) (?:our|the) [^.!?]{0,40}?apps?(?!\p{L})/iu),
      opening(/(?:turn on|enable|allow|switch on) (?:push |breaking news |browser |our )?(?:notifications|alerts)(?=$|[.!:]| from us| for (?:breaking|the latest))|subscribe to our (?:youtube|podcast|telegram|whatsapp|tiktok)|(?:add|make) (?:us|[^.!?,]{1,40}?) (?:as )?(?:a |your )?(?:preferred|trusted) source/iu),
      opening(/want (?:more|to read more) (?:stories|articles|news|content|coverage|updates)(?: like this)?\?|follow (?:this|the) (?:topic|author|writer|reporter|journalist)(?=$|[.!:]| (?:to|and|for) )|follow [^.!?,]{1,40}? to (?:get|receive) (?:an? )?(?:alerts?|notifications?|updates|e-?mails?)(?!\p{L})|stay connected(?=$|[.!:])/iu),
    ],
    examples: [
      'Follow us on Facebook, X and Instagram',
      'Follow Example.co.uk on Twitter and Facebook for the latest news updates.',
      'Like us on Facebook',
      'Join our WhatsApp channel',
      'Get the top stories sent straight to your phone',
      'Get breaking news on your phone with the Example app.',
      'Download our app',
      'CLICK HERE TO GET THE EXAMPLE NEWS APP',
      'Add us as a preferred source on Google',
      'Want more stories like this?',
      'Follow Harlow to get an alert every time we publish a story about your area.',
      'For the latest stories and breaking news updates download the Example apps for iOS and Android.',
    ],
    counterExamples: [
      'The club posted the video on Facebook and Instagram on Sunday night.',
      'Police urged drivers to follow the diversion signs.',
      'Download the NHS app to book appointments, the health service advises.',
      'Join the Facebook group of parents who campaigned for the crossing, she said.',
      'Turn on notifications in the settings menu to get the alerts.',
      'Follow the river to get to the village, walkers are told.',
    ],
  },

  // ── sponsored ──
  {
    id: 'sponsored/en/sponsored',
    kind: 'sponsored',
    lang: 'en',
    patterns: [
      leadIn(/(?:sponsored|partner|paid|promoted|branded|advertiser|commercial) (?:content|post|story|stories|article|feature|message|partnership|links?)|sponsored|advertorial|advertisement feature|advertising feature|paid promotion|(?:content )?from our (?:partners|sponsors|advertisers)|in (?:paid )?(?:partnership|association) with [^.!?,;:]{1,40}|(?:presented|brought to you|supported|paid for|promoted|sponsored) by [^.!?,;:]{1,40}|recommended by [^.!?,;:]{1,30}/iu),
      opening(/(?:this|the following) (?:content|article|story|feature|post|page|series|guide|advertorial|supplement|podcast|video) (?:was|is|has been) (?:(?:produced|created|written|made|brought to you) (?:in (?:paid )?(?:partnership|association|collaboration) with|on behalf of|by (?:our|a) (?:sponsor|partner|advertiser|commercial))|(?:paid for|sponsored|funded|underwritten) by)/iu),
    ],
    examples: [
      'Sponsored content',
      'Sponsored content: Five ways to cut your energy bills',
      'In partnership with Brightvale Energy',
      'Paid post',
      'From our partners',
      'Presented by Example Bank',
      'This content was produced in partnership with Example Energy.',
      'This article is sponsored by Example Travel.',
    ],
    counterExamples: [
      'The extra running costs would be covered by a sponsorship deal with a local brewery.',
      'The bill was sponsored by two backbench MPs.',
      'Sponsored by the city council, the festival drew 20,000 visitors.',
      'In partnership with the university, the council will open a research centre next year.',
      'Sponsored content is labelled under the new rules, the regulator said.',
    ],
  },
  {
    id: 'sponsored/en/affiliate',
    kind: 'sponsored',
    lang: 'en',
    patterns: [
      opening(/(?:(?:note|disclosure|please note) ?: ?)?(?:we (?:may |might |could )?(?:earn|receive|get|make) (?:a )?(?:small |small affiliate |affiliate )?(?:commission|compensation|money|revenue|a share of (?:sales|revenue)|fees?)(?!\p{L})|(?:this|our) (?:article|post|page|story|content|site|guide|review) (?:may )?contains? affiliate links|(?:affiliate|advertising|advertiser|editorial|commerce) (?:disclosure|disclaimer)|the advertising disclaimer)/iu),
      opening(/(?:if|when) you (?:buy|purchase|click|shop|make a purchase|sign up)[^.!?]{0,60}?,? (?:we|our (?:site|website|publisher|company)) (?:may |might |could )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|compensation|money|share|fee)|(?:every|each|all) (?:products?|items?)[^.!?]{0,40}?(?:is|are|was|were) independently (?:selected|chosen|reviewed|vetted)|(?:products|items) (?:are|were) independently selected/iu),
    ],
    examples: [
      'We may earn a commission from links on this page.',
      'This article contains affiliate links.',
      'Advertising disclosure: We may receive compensation for some of the links in our stories.',
      'NOTE: The advertising disclaimer below does not apply to this article.',
      'If you buy something using links in our stories, we may earn a commission.',
      'Every product is independently selected by our editors.',
    ],
    counterExamples: [
      'We earn less than our parents did at our age, a new study finds.',
      'The broker may earn a commission on each sale, regulators found.',
      'If you buy a house through an agent, they may earn a commission of 1%.',
      'If you buy a house this year, expect higher rates.',
      'Advertising revenue fell sharply in 2024.',
    ],
  },

  // ── disclaimer ──
  {
    id: 'disclaimer/en/views-expressed',
    kind: 'disclaimer',
    lang: 'en',
    patterns: [
      opening(/(?:the )?(?:views|opinions) expressed (?:in this (?:article|column|piece|post) )?are (?:those of the author|the author'?s? own|solely those of)|[\p{L}\p{N}&.' -]{2,40} (?:is|are) not responsible for the (?:opinions|views|content)|this (?:article|piece|column) (?:is|was) (?:an opinion piece|a guest post|submitted by)|disclaimer:/iu),
    ],
    examples: ["The views expressed in this article are the author's own.", 'Opinions expressed are those of the author.', 'GIS NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.', 'Disclaimer: this article is for information only.'],
    counterExamples: ['The views expressed at the meeting were largely critical of the plan.', 'The council is not responsible for the road, the minister said.'],
  },

  // ── gallery ──
  {
    id: 'gallery/en/photo-counter',
    kind: 'gallery',
    lang: 'en',
    patterns: [
      whole(/(?:photo|image|picture|slide|pic|graphic) \d{1,3} (?:of|\/) \d{1,3}|(?:view|open|see|browse|launch|show|enter|start|explore)(?: the| our| full| this)? (?:photo |picture |image )?(?:gallery|slideshow|slide show)|(?:view|see|show|browse|open)(?: all)?(?: \d{1,3})? (?:photos|images|pictures|pics|slides)|\d{1,3} (?:photos|images|pictures|pics|slides)|(?:photo |picture |image )?gallery(?: ?\(\d{1,3}\))?|close (?:gallery|slideshow)|(?:next|previous|prev)(?: (?:image|photo|picture|slide))?|(?:enlarge|expand)(?: this)?(?: image| photo)?|(?:view )?full ?screen|swipe (?:for more(?: photos)?|left|right|to see more)|in pictures/iu),
    ],
    examples: ['Photo 3 of 8', 'Image 3 of 8', 'View gallery', 'Open gallery', 'View all 12 photos', '12 photos', 'Gallery (12)', 'Next', 'Enlarge this image', 'In pictures'],
    counterExamples: [
      'Photos of the damage were shared with insurers.',
      'One in 12 households in the district has no car.',
      'Next year the council will vote again.',
      'Gallery owners reported record sales this year.',
    ],
  },
  {
    id: 'gallery/en/click-to-enlarge',
    kind: 'gallery',
    lang: 'en',
    patterns: [whole(/(?:click|tap) (?:on )?(?:the )?(?:image|picture|photo|graphic|chart)? ?(?:to|for) (?:enlarge|zoom|a larger (?:view|version)|full size)|enlarge (?:this )?(?:image|picture|photo)/iu)],
    examples: ['Click to enlarge', 'Click image to enlarge', 'Tap to zoom', 'Enlarge this image'],
    counterExamples: ['Click to enlarge your savings, the advert promised.', 'Enlarge the image of the town, the mayor urged.'],
  },

  // ── tags ──
  {
    id: 'tags/en/tags',
    kind: 'tags',
    lang: 'en',
    patterns: [
      leadIn(/tags?|tagged(?: with| in| as)?|topics?|related topics|more topics|keywords?|key ?words|filed (?:under|in)|(?:posted|published) (?:in|under)|categor(?:y|ies)|subjects?|labels|more on|more about|explore more on these topics|see more on|in this (?:article|story)/iu),
    ],
    examples: [
      'Tags: Energy, Transport',
      'Topics:',
      'Topics: Harlow Outdoor swimming Westmoor District Council',
      'Keywords: budget, tax',
      'Filed under: Politics, Economy',
      'Tagged: maintenance, winter, commuting',
      'Published under: 2024 Election , Bailout , Montana',
      'More on: Harlow',
    ],
    counterExamples: [
      'Researchers fitted GPS tags to 40 swifts nesting under the bridge.',
      'Topics raised at the meeting included parking, litter and bin collections.',
      'Filed under seal, the documents remain secret.',
      'Keywords matter for search, the consultant said.',
      'More on this later in the week, the minister promised.',
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
  // Calls to join the discussion, and the notices of a closed or log-in-only comment section.
  {
    id: 'comments/en/invitation',
    kind: 'comments',
    lang: 'en',
    patterns: [
      whole(/(?:what do you think\? )?(?:let us know|tell us|share your (?:thoughts|views|opinions?)) (?:what you think )?(?:in the comments?(?: (?:below|section))?|below)|(?:react|respond) to this (?:article|story|post)|comment(?:ing)? (?:has been|is|was) (?:disabled|closed|turned off|switched off)(?: (?:for|on) this (?:article|story|post))?|comments (?:are|have been|were) (?:disabled|turned off|switched off|closed)(?: (?:for|on) this (?:article|story|post))?|(?:log|sign) ?in(?: or (?:register|sign up|create an account|subscribe))? to (?:comment|post (?:a )?comments?|reply|join the (?:conversation|discussion|debate)|leave a comment)|you must be (?:logged|signed) in to (?:post a )?(?:comment|reply)|comments are (?:subject to|moderated)[^.!?]{0,50}|jump to comments|cancel reply|comment now|add your (?:comment|voice|thoughts)|discuss this (?:article|story)|be the first to (?:comment|reply|share your thoughts)|join the (?:conversation|discussion|debate)(?: in the comments)?/iu),
    ],
    examples: [
      'Join the conversation',
      'Discuss this article',
      'Be the first to comment',
      'React to this article',
      'Comments are closed',
      'Commenting has been disabled for this article',
      'Log in to comment',
      'Sign in to join the conversation',
      'Let us know in the comments below.',
      'Comments are subject to our community guidelines',
    ],
    counterExamples: [
      'The minister declined to comment on the conversation with the union.',
      'The consultation received 412 comments from residents.',
      'Comments are closed to the public on Sundays.',
      'Let us know by Friday, the council said.',
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
  // Agency archive credits standing alone: "Reuters files", "(File photo)".
  {
    id: 'image-credit/en/file-photo',
    kind: 'image-credit',
    lang: 'en',
    patterns: [
      whole(/(?:[\p{L}.'’ -]{2,40} ?\/ ?)?(?:reuters|afp|ap|getty images|bloomberg|postmedia(?: news)?|(?:the )?canadian press|pa(?: wire)?|epa) files|\(?file (?:photo|image|picture|pic)\)?(?: ?[:：|/–—-] ?.{1,80})?/iu),
    ],
    examples: ['Reuters files', 'Mike Blake/Reuters files', 'File photo', '(File photo)', 'FILE PHOTO: Jane Doe/AP'],
    counterExamples: ['The Epstein files', 'File photos show the bridge before the collapse, the report says.'],
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
  {
    id: 'author-bio/en/can-be-reached',
    kind: 'author-bio',
    lang: 'en',
    patterns: [bio(/(?:can|may) be (?:reached|contacted|emailed) (?:at|by|on|via)/u)],
    examples: ['Jane Smith can be reached at jsmith@example.com.', 'Sam O’Neill may be contacted at 555-0100 or on X @samoneill.'],
    counterExamples: ['The mayor can be reached at city hall most mornings.', 'Jane Smith said she could be reached at home.'],
  },

  // ── error-page ──
  {
    id: 'error-page/en/page-not-found',
    kind: 'error-page',
    lang: 'en',
    patterns: [
      whole(/(?:(?:sorry|oops)[,!.]? )?(?:(?:the |this )?page (?:was )?not found|(?:we )?(?:can(?:no|')t|could ?n[o']t) find (?:that|this|the) page|(?:the |this )?page (?:you (?:were|are) looking for )?(?:can(?:no|')t be found|(?:does ?n[o']t|does not) exist|(?:is|was|has been) (?:removed|moved|deleted))|(?:page|content) (?:unavailable|no longer available)|not found|something went wrong|page gone)/iu),
    ],
    examples: ['Page not found', 'Sorry, we can\'t find that page', 'This page doesn\'t exist', 'The page you were looking for cannot be found', 'Not Found', 'Something went wrong'],
    counterExamples: ['Page not found: how a typo cost a bank $1 million', 'Not found guilty, the mayor returns to office'],
  },

  // ── log-in ──
  {
    id: 'log-in/en/sign-in',
    kind: 'log-in',
    lang: 'en',
    patterns: [
      whole(/(?:please )?(?:sign|log) ?in(?: to continue)?|(?:sign|log) ?in (?:to|into) (?:your|my) (?:[\p{L}]{1,20} )?account|(?:sign|log) ?in (?:or|\/|&|and) (?:register|sign up|create an? (?:free )?account|join|subscribe)|(?:register|sign up|create an account) (?:or|\/|&) (?:sign|log) ?in|(?:account|member|members|subscriber|user|customer|reader) (?:sign|log) ?in|welcome back|login(?: required)?|my account|(?:access|manage) your account/iu),
    ],
    examples: ['Sign in', 'Log in', 'Login', 'Log in to your account', 'Sign in or create an account', 'Sign in / Register', 'Member login', 'Welcome back'],
    counterExamples: ['Sign in to vote: how the new ID rules work', 'Log in problems hit bank customers', 'Welcome back to the Premier League, Leeds'],
  },
];

/**
 * Common words of the language that the other languages Épure cleans do not share (words such as
 * "de", "en", "la", "in", "die", "que" are left out, so each one points one way): they tell the
 * article's language when the page does not say it, or says another one.
 */
export const EN_STOP_WORDS: readonly string[] = ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'this', 'are', 'was', 'from', 'have', 'which', 'it', 'be', 'by', 'they', 'you', 'not'];
