import { KeyPoints } from './key-points/key-points.js';
import { define } from './define.js';

define('key-points', KeyPoints);

export { KeyPoints };
