// Applying edits to a module's source, with a source map, for our rollup plugins: the map has
// one segment per output character, so every later tool (esbuild, terser) keeps pointing at the
// right line and column of our sources.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const vlq = n => {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    out += B64[digit];
  } while (v);
  return out;
};

/**
 * `code` with each `[start, end, replacement]` applied (sorted, not overlapping), and its source
 * map: kept characters map to themselves, a replacement's characters to the start of what it replaced.
 */
export const applyEdits = (code, edits, id) => {
  let out = '';
  const origin = [];
  let at = 0;
  for (const [start, end, replacement] of edits) {
    out += code.slice(at, start) + replacement;
    for (let i = at; i < start; i++) origin.push(i);
    for (let i = 0; i < replacement.length; i++) origin.push(start);
    at = end;
  }
  out += code.slice(at);
  for (let i = at; i < code.length; i++) origin.push(i);
  // Line and column of each input offset.
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const position = offset => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - lineStarts[lo]];
  };
  const lines = [];
  let segments = [];
  let last = [0, 0];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') {
      lines.push(segments.join(','));
      segments = [];
      continue;
    }
    // generated column: relative to the previous segment on the line (one character on)
    const [line, col] = position(origin[i]);
    segments.push(vlq(segments.length ? 1 : 0) + 'A' + vlq(line - last[0]) + vlq(col - last[1]));
    last = [line, col];
  }
  lines.push(segments.join(','));
  return { code: out, map: { version: 3, sources: [id], names: [], mappings: lines.join(';') } };
};
