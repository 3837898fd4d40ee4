/**
 * The article “How Therapy Helps Rebuild Trust”, verbatim, as typed data, and the
 * validation of replacement content a site may supply through `<trust-provider>`.
 * This module imports nothing of ours.
 */

/** One section of the article: its heading, every paragraph, and its pull quote. */
export interface Section {
  /** Stable id: the heading, slugified. */
  id: string;
  heading: string;
  paragraphs: string[];
  /** The section's pull quote, a sentence from its paragraphs. */
  quote: string;
}

export interface ChecklistItem {
  /** Stable id; what events, forms and storage carry (never the text). */
  id: string;
  text: string;
}

export interface Article {
  /** BCP 47 language of the words, e.g. `en-GB`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  sections: Section[];
  keyPoints: { heading: string; items: string[] };
  checklist: { heading: string; intro: string; items: ChecklistItem[]; closing: string };
}

/** Replacement content: `lang` plus any of the article's parts. */
export type ContentOverride = Partial<Omit<Article, 'lang'>> & { lang: string };

/** A section: its id is its heading, slugified (“Trust isn’t…” → `trust-isnt-…`). */
const section = (heading: string, paragraphs: string[], quote: string): Section => ({
  id: heading.toLowerCase().replaceAll('’', '').replace(/[^a-z]+/g, '-'),
  heading,
  paragraphs,
  quote,
});

export const article: Article = {
  lang: "en-GB",
  dir: "ltr",
  title: "How Therapy Helps Rebuild Trust",
  sections: [
    section(
      "Why Trust Feels Risky",
      [
        "If safety once came and went without warning, trust can feel like walking a tightrope.",
        "You might crave closeness but fear what happens when it arrives. Or you may keep people at arm’s length to avoid the disappointment of losing them.",
        "Therapy recognises this tug-of-war as a living echo of early attachment. It’s not resistance — it’s self-protection.",
        "Healing doesn’t mean never doubting — it means learning that doubt can coexist with safety.",
      ],
      "Healing doesn’t mean never doubting — it means learning that doubt can coexist with safety.",
    ),
    section(
      "The Therapeutic Frame",
      [
        "Therapy relies on something deceptively simple: consistency. Same person, same day, same time. Those rhythms matter more than insight at first, because they retrain the body to expect stability.",
        "Over time, the session’s predictable edges — beginning, middle, end — help the nervous system trust containment. When that stability holds through emotion, silence, or even disagreement, something begins to shift.",
        "Your system learns that distance doesn’t equal abandonment, and intensity doesn’t equal danger.",
      ],
      "Your system learns that distance doesn’t equal abandonment, and intensity doesn’t equal danger.",
    ),
    section(
      "Rupture and Repair",
      [
        "Even in therapy, misunderstandings happen. You might feel unheard. The therapist might miss something important. These moments aren’t proof that therapy is failing — they’re opportunities for repair.",
        "When rupture is acknowledged, explored, and healed within the relationship, it creates new wiring. The body learns a crucial lesson: connection can survive disruption.",
        "In ordinary life, that skill translates into calmer responses — you stop assuming that disagreement equals disaster.",
      ],
      "The body learns a crucial lesson: connection can survive disruption.",
    ),
    section(
      "Earned Secure Attachment",
      [
        "Through therapy, many people develop what psychologists call earned secure attachment. It means security wasn’t inherited from early life but learned later through consistent, safe connection. The process isn’t fast or linear.",
        "Sometimes trust builds quietly, hidden inside routine — an honest check-in, a boundary respected, a moment of being understood. Each repetition reinforces the message: I can be seen without being hurt.",
      ],
      "Each repetition reinforces the message: I can be seen without being hurt.",
    ),
    section(
      "Dependence, Independence, and Interdependence",
      [
        "People often swing between fearing dependence and fearing rejection. Therapy helps find the middle ground — interdependence. It’s the ability to rely on others while maintaining autonomy.",
        "Being able to say “I need you” and “I need space” without panic on either side is what secure connection looks like. It’s balance, not fusion.",
      ],
      "Being able to say “I need you” and “I need space” without panic on either side is what secure connection looks like.",
    ),
    section(
      "Therapy Beyond the Hour",
      [
        "What happens in the session doesn’t stay locked in it. The nervous system carries those experiences into daily life. You might find yourself calmer after conflict, more able to ask for help, or less reactive when plans change.",
        "Those small differences are attachment healing in real time — the body rehearsing new safety.",
      ],
      "Those small differences are attachment healing in real time — the body rehearsing new safety.",
    ),
    section(
      "Trust isn’t rebuilt by deciding trust",
      [
        "Trust isn’t rebuilt by deciding to trust. It grows when experience starts to contradict fear.",
        "Therapy offers that experience, slowly and predictably, until the system realises: not every ending is loss, and not every silence is danger.",
        "You don’t learn safety from words — you learn it from being met, over and over, until your body believes it.",
      ],
      "You don’t learn safety from words — you learn it from being met, over and over, until your body believes it.",
    ),
  ],
  keyPoints: {
    heading: "At a glance",
    items: [
      "Therapy can model secure attachment through consistency and care.",
      "Rupture and repair teach the body that safety can survive conflict.",
      "Testing boundaries is part of healing, not failure.",
      "Trust is relearned through experience, not instruction.",
    ],
  },
  checklist: {
    heading: "Reflection: When You Feel the Urge to Pull Away",
    intro: "Notice what happens inside when trust feels uncomfortable:",
    items: [
      { id: "test-people", text: "I test people to see if they’ll leave." },
      { id: "hide-needs", text: "I hide needs to appear “low maintenance.”" },
      { id: "over-apologise", text: "I over-apologise to keep the peace." },
      { id: "withdraw", text: "I withdraw when things get too close." },
      { id: "good-moments-wont-last", text: "I worry the good moments won’t last." },
    ],
    closing: "These are familiar attachment defences. Therapy doesn’t demand you stop using them — it invites you to notice them and explore what they’re protecting. That curiosity turns reaction into choice.",
  },
};

/**
 * Checks replacement content. Returns the problem in words (naming the field), or null when
 * `value` is a valid {@link ContentOverride}.
 */
export const contentProblem = (value: unknown): string | null => shapeProblem(value, article) ?? null;

/** Whether `value` is a plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the top-level `lang`, `dir` and `citation` must match, and how to say so; other text must not be blank. */
const patterns = new Map<string, [RegExp, string]>([
  ['lang', [/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as "en-GB"']],
  ['dir', [/^(ltr|rtl)$/, '"ltr" or "rtl"']],
  // (the strings' quote citation: a translation words it, but both names must be in it)
  ['citation', [/^(?=.*\{section\})(?=.*\{title\})/s, 'text with {section} and {title}']],
]);

/**
 * The problem with `value` in words, naming it by `path`; undefined when there is none. `value`
 * must be shaped `like` a part of the built-in article (or strings): text, a non-empty array (of
 * items whose ids differ), an object with all its fields and no others. At the top (`path`
 * empty) all but `lang` are optional.
 */
export const shapeProblem = (value: unknown, like: unknown, path = ''): string | undefined => {
  if (typeof like === 'string') {
    // (a Map: a page's polluted Object.prototype can't answer for a path)
    const [pattern, words] = patterns.get(path) ?? [/\S/, 'non-empty text'];
    return typeof value === 'string' && pattern.test(value) ? undefined : `${path} must be ${words}`;
  }
  if (Array.isArray(like)) {
    if (!Array.isArray(value) || !value.length) return `${path} must be a non-empty array`;
    for (const [i, item] of value.entries()) {
      const found = shapeProblem(item, like[0], `${path}[${i}]`);
      if (found) return found;
      const id: unknown = item.id; // valid by now; items of text have none
      if (id && value.findIndex(other => other.id === id) < i) return `${path} has the id "${id}" twice`;
    }
    return undefined;
  }
  if (!isRecord(value)) return `${path || 'it'} must be an object`;
  const unknown = Object.keys(value).find(key => !Object.hasOwn(like as object, key));
  if (unknown) return `${path || 'it'} has a field "${unknown}" that is not known`;
  for (const [key, part] of Object.entries(like as object)) {
    // (own fields only: a page's polluted Object.prototype is not the value's)
    const field = Object.hasOwn(value, key) ? value[key] : undefined;
    if (path || key === 'lang' || field !== undefined) {
      const found = shapeProblem(field, part, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
};

