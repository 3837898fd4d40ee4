/**
 * Reading the content an author writes inside one of our tags. The elements show the author's
 * own nodes through their slots (never copies, never strings parsed as HTML); this module decides
 * which of them go where, and leaves out what editors add on their own: empty paragraphs and
 * headings, and the scripts and styles that are never content.
 */

/** What is never the author's content. */
const SKIP = 'script,style,template,noscript,link,meta';
export const HEADINGS = 'h1,h2,h3,h4,h5,h6';
/** Elements that show something without any text inside (a `<picture>` shows its `<img>`). */
const EMBEDDED = 'img,svg,video,audio,iframe,object,embed,canvas,hr,input,select,textarea,button';

/** Nodes that may be the author's content: text, and elements other than scripts and styles. */
const authored = (node: Node): node is Element | Text => (node instanceof Element ? !node.matches(SKIP) : node instanceof Text);

/** True when the node holds something a reader would see (not whitespace, `<br>` or an empty `<p>`). */
export const visible = (node: Node): boolean =>
  // (`\S` and `trim()` know the same white space, `&nbsp;` included; a `<br>` has no children.)
  authored(node) && (node instanceof Element ? node.matches(EMBEDDED) || [...node.childNodes].some(visible) : /\S/.test((node as Text).data));

/** Whether `el` or an ancestor below `host` matches `selector` (the page around the host doesn't count). */
export const inside = (host: Element, el: Element, selector: string): boolean =>
  // the match's parent is in the host (or is it) only when the match is below the host
  host.contains(el.closest(selector)?.parentNode ?? null);

/**
 * What is seen but not heard, or heard but not seen: hidden, hidden from screen readers, or hidden
 * from sight by one of the usual "visually hidden" classes. (A page's CSS can't be asked: the
 * browser computes no style for authored nodes that no slot shows.)
 */
export const UNSHARED = '[hidden],[aria-hidden=true],.sr-only,.screen-reader-text,[class*=visually-hidden],[class*=visuallyhidden]';

const words = (node: Node): string => {
  if (node instanceof Text) return node.data;
  if (!(node instanceof Element) || node.matches(`${SKIP},${UNSHARED},ul,ol`)) return '';
  // An image says its text alternative; a line break parts the words on either side.
  if (node.matches('img,br')) return ` ${node.getAttribute('alt') ?? ''} `;
  return [...node.childNodes].map(words).join('');
};

/**
 * The words of an authored heading or item, as a label: what a reader both sees and hears, with
 * white space folded. Scripts, styles and text hidden from sight or from screen readers are left
 * out, an image gives its `alt`, and a nested list's items are not part of their parent's words.
 */
export const plainText = (node: Node): string => words(node).replace(/\s+/g, ' ').trim();

/** The author's content, as the host's own child nodes sorted by the slot that shows them. */
export interface Authored {
  /** The first heading among the children, if it shows anything. */
  heading?: Element;
  /** Every other child in order (loose text and `<br>` too), without empty paragraphs and headings. */
  body: (Element | Text)[];
  /** Children marked `slot="footer"`, and a trailing `<footer>`. */
  footer: Element[];
}

/** No authored content: shared by every element the page left empty (most of them); never changed. */
export const NOTHING_AUTHORED: Readonly<Authored> = { body: [], footer: [] };

/** Sorts `host`'s children into heading, body and footer. Children with another `slot` go nowhere. */
export const authoredContent = (host: Element): Authored => {
  if (!host.hasChildNodes()) return NOTHING_AUTHORED;
  const children = [...host.childNodes].filter(authored);
  // The last thing a reader would see, if it is a <footer>: editors leave empty paragraphs and <br> after it.
  const last = children.filter(visible).at(-1);
  const isFooter = (node: Node): node is Element =>
    node instanceof Element && (node.slot === 'footer' || (node === last && node.localName === 'footer' && !node.slot));
  const footer = children.filter(isFooter);
  const rest = children.filter(node => !isFooter(node) && !(node instanceof Element && node.slot));
  // (A heading may already be named for its slot: in a server-rendered element, slots go by name.)
  const heading =
    children.find((node): node is Element => node instanceof Element && node.slot === 'heading') ??
    rest.find((node): node is Element => node instanceof Element && node.matches(HEADINGS) && visible(node));
  const debris = (node: Node) => node instanceof Element && node.matches(`p,${HEADINGS}`) && !visible(node);
  return { heading, body: rest.filter(node => node !== heading && !debris(node)), footer };
};
