/**
 * rebuild-trust: importing this module registers the four tags. The classes are also
 * exported, and importable from their own modules without registering anything.
 */
import { define } from './define.js';
import { KeyPoints } from './key-points/key-points.js';
import { ReflectionCard } from './reflection-card/reflection-card.js';
import { TrustChecklist } from './trust-checklist/trust-checklist.js';
import { TrustProvider } from './trust-provider/trust-provider.js';
import { upgradeWhenReady } from './upgrade.js';

// The provider first, so that elements already in the page find it as they upgrade.
define('trust-provider', TrustProvider);
define('key-points', KeyPoints);
define('trust-checklist', TrustChecklist);
define('reflection-card', ReflectionCard);
// Marked <div data-rebuild-trust="…"> blocks (from CMS snippets) become elements.
upgradeWhenReady();

export { KeyPoints, ReflectionCard, TrustChecklist, TrustProvider };
export { define, VERSION } from './define.js';
export { upgradeBlocks } from './upgrade.js';
export { article } from './content.js';
export type { Article, ChecklistItem, ContentOverride, Section } from './content.js';
export type { Theme } from './context.js';
export type { Strings } from './strings.js';
export type { TrustChecklistChangeDetail } from './trust-checklist/trust-checklist.js';
export type { CardVariant } from './reflection-card/reflection-card.js';
