<?php
// WordPress's own wptexturize() and wpautop(), from Debian's `wordpress` package (not copied here),
// in the order its `the_content` filter runs them: reads HTML on standard input and prints what the
// classic editor makes of it at render time (curly quotes and dashes, then paragraphs).
function apply_filters($tag, $value) { return $value; }
function _x($text) { return $text; }
$shortcode_tags = array(); // (no shortcodes registered)
require '/usr/share/wordpress/wp-includes/formatting.php';
echo wpautop(wptexturize(stream_get_contents(STDIN)));
