/**
 * Every piece of interface text the elements show (not the article's words), in one place.
 * A clinic can replace any of them through `<trust-provider>` to translate the interface;
 * `lang` and `dir` say which language the strings are written in.
 *
 * The tone (README, “Tone, for translators”): a reader may be anxious. Plain, calm sentences; say who can
 * see the ticks; never count them, judge them or sound like a form error.
 */
export const defaultStrings = {
  lang: 'en-GB',
  dir: 'ltr',
  /** The button that clears the ticks. */
  clear: 'Clear my ticks',
  /** Status, straight after the reader clears their ticks (or resets the form they are in). */
  cleared: 'Your ticks have been cleared.',
  /** Status, once, when the browser refuses to save a tick the reader just made. */
  notSaved: 'This browser couldn’t save that tick. It stays on this page until you leave.',
  /** Hint before the boxes when nothing is stored or sent. */
  privateNote: 'Only you can see your ticks. They are not saved or sent to anyone, and they go when you leave this page.',
  /** Hint when `persist` is on. */
  savedNote: 'Your ticks are kept in this browser, on this device, until you clear them: anyone using this browser could see them. They are not sent to anyone.',
  /** Hint when the checklist is part of the site’s form (`name`). */
  formNote: 'If you submit this form, your ticks are sent with it to the people who run this website. Until then, only you can see them.',
  /** Hint when the checklist is part of the site’s form and `persist` is on. */
  savedFormNote: 'Your ticks are kept in this browser, on this device, until you clear them: anyone using this browser could see them. If you submit this form, they are sent with it to the people who run this website.',
  /** Hint when `persist` is on but the browser refused to save the latest ticks. */
  unsavedNote: 'This browser can’t save your ticks, so they go when you leave this page. Any it saved before stay until you clear them. They are not sent to anyone.',
  /** The same, when the checklist is part of the site’s form. */
  unsavedFormNote: 'This browser can’t save your ticks. If you submit this form, they are sent with it to the people who run this website. Any it saved before stay until you clear them.',
  /** Printed where the hint is, before a line to write on. */
  date: 'Date:',
  /** A pull quote’s source: `{section}` is the section’s heading, `{title}` the article’s title. */
  citation: '— {section}, {title}',
};

export type Strings = typeof defaultStrings;
/** The keys of the strings themselves (not their `lang` and `dir`). */
export type StringKey = Exclude<keyof Strings, 'lang' | 'dir'>;
