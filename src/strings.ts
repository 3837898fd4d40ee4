/**
 * Every piece of interface text the elements show (not the article's words).
 * A clinic can replace any of them through `<trust-provider>` to translate the interface;
 * `lang` and `dir` say which language the strings are written in.
 */
export const defaultStrings = {
  lang: 'en-GB',
  dir: 'ltr',
  /** Live status when nothing is ticked. */
  noticedNone: 'Nothing ticked.',
  /**
   * Live status when some items are ticked; `{count}` is the number. One wording for every
   * number: a translation words it so that it reads right for 1 as for 5.
   */
  noticed: 'You’ve noticed {count} of these.',
  /** Live status straight after the reader clears their ticks. */
  cleared: 'Your ticks have been cleared.',
  /** The button that clears the ticks. */
  clear: 'Clear my ticks',
  /** Note under the checklist when nothing is stored or sent. */
  privateNote: 'Your ticks stay on this page. They are not saved or sent anywhere.',
  /** Note when `persist` is on. */
  savedNote: 'Your ticks are saved in this browser, on this device, until you clear them. They are not sent anywhere by this checklist.',
  /** Note when the checklist is part of the site’s form (`name`). */
  formNote: 'Your ticks will be sent with this form when you submit it.',
  /** Note when the checklist is part of the site’s form and `persist` is on. */
  savedFormNote: 'Your ticks are saved in this browser until you clear them, and will be sent with this form when you submit it.',
  /** Note when `persist` is on but the browser refused to save the latest ticks, and older ones are still saved. */
  unsavedNote: 'Your latest ticks couldn’t be saved. Ticks saved in this browser before stay until you clear them.',
  /** The same, when the checklist is part of the site’s form. */
  unsavedFormNote: 'Your latest ticks couldn’t be saved, but will be sent with this form when you submit it. Ticks saved in this browser before stay until you clear them.',
};

export type Strings = typeof defaultStrings;
/** The keys of the strings themselves (not their `lang` and `dir`). */
export type StringKey = Exclude<keyof Strings, 'lang' | 'dir'>;
