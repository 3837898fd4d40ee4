/**
 * Reading the content an author writes inside one of our tags. The host wrote that
 * markup, so we reuse its nodes (deep clones), never strings parsed as HTML, and we
 * ignore what editors add on their own: empty paragraphs, and `<br>` at the ends of an
 * item or a heading.
 */

/** What is never the author's content, nor copied with it. */
const SKIP = 'script,style,template,noscript,link,meta';
export const HEADINGS = 'h1,h2,h3,h4,h5,h6';
/** Elements that show something without any text inside (a `<picture>` shows its `<img>`). */
const EMBEDDED = 'img,svg,video,audio,iframe,object,embed,canvas,hr,input,select,textarea,button';

/** Children that belong to the author's content (not the footer slot, not scripts). */
const authored = (node: Node): boolean => (node instanceof Element ? !node.matches(`${SKIP},[slot]`) : node instanceof Text);

/** True when the node holds something a reader would see (not whitespace, `<br>` or empty `<p>`). */
export const visible = (node: Node): boolean =>
  // (`\S` and `trim()` know the same white space, `&nbsp;` included; a `<br>` has no children.)
  authored(node) && (node instanceof Element ? node.matches(EMBEDDED) || [...node.childNodes].some(visible) : /\S/.test((node as Text).data));

/** A deep copy of `node` without scripts, styles or ids (ids would repeat the page's). */
export const copy = (node: Node): Node => {
  const clone = node.cloneNode(true);
  if (clone instanceof Element) {
    clone.removeAttribute('id');
    clone.querySelectorAll(SKIP).forEach(el => el.remove());
    clone.querySelectorAll('[id]').forEach(el => el.removeAttribute('id'));
  }
  return clone;
};

/** Copies of `nodes`, trimmed of leading and trailing `<br>` and blank text. */
const trimmedCopies = (list: Iterable<Node>): Node[] => {
  const nodes = [...list].filter(authored);
  const shown = nodes.map(visible);
  // none shown: slice(-1, 0), nothing
  return nodes.slice(shown.indexOf(true), shown.lastIndexOf(true) + 1).map(copy);
};

/** Copies of `parent`'s child nodes, trimmed of leading and trailing `<br>` and blank text. */
export const copyChildren = (parent: Node): Node[] => trimmedCopies(parent.childNodes);

/** Copies of a heading's content; none for a heading that shows nothing (`<h3><br></h3>`: editor debris). */
export const headingCopy = (heading: Element | null): Node[] | undefined =>
  heading && visible(heading) ? copyChildren(heading) : undefined;

/** Whether `el` or an ancestor below `host` matches `selector` (the page around the host doesn't count). */
export const inside = (host: Element, el: Element, selector: string): boolean =>
  // the match's parent is in the host (or is it) only when the match is below the host
  host.contains(el.closest(selector)?.parentNode ?? null);

/** The first element matching `selector` in the author's content (outside the footer slot). */
export const find = (host: Element, selector: string): Element | null =>
  [...host.querySelectorAll(selector)].find(el => !inside(host, el, '[slot]')) ?? null;

/** Text with runs of white space folded, as a reader sees it. */
export const plainText = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The author's content in order, as copies: without `skip` (the node used as the heading; a
 * wrapper around it is opened up), scripts, or the empty paragraphs editors leave. Everything
 * else (loose text, a `<br>`) stays as written.
 */
export const blocks = (host: Element, skip: Node | null): Node[] =>
  [...host.childNodes].flatMap(node =>
    node === skip || !authored(node) || ((node as Element).localName === 'p' && !visible(node)) ? [] : node.contains(skip) ? blocks(node as Element, skip) : [copy(node)],
  );
