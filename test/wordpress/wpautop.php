<?php
// WordPress's own wpautop(), from Debian's `wordpress` package (not copied here): reads HTML on
// standard input and prints what the classic editor makes of it at render time.
function apply_filters($tag, $value) { return $value; }
require '/usr/share/wordpress/wp-includes/formatting.php';
echo wpautop(stream_get_contents(STDIN));
