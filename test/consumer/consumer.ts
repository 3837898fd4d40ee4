// Compiled (never run) by `npm test`: the package's declarations as an app that installed it sees them.
import 'rebuild-trust';
import { KeyPoints, TrustChecklist, type TrustChecklistChangeDetail } from 'rebuild-trust';
import { ReflectionCard } from 'rebuild-trust/reflection-card.js';
import { define } from 'rebuild-trust/define.js';

const checklist = document.createElement('trust-checklist');
checklist.persist = '';
checklist.storageKey = 'clinic-reflection';
checklist.headingLevel = 3;
checklist.theme = 'dark';
const ids: string[] = checklist.checked;
checklist.clear();
checklist.addEventListener('trust-checklist-change', event => {
  const detail: TrustChecklistChangeDetail = event.detail;
  console.log(detail.checked.length, detail.total, ids);
});

const card = document.querySelector('reflection-card');
if (card) {
  card.section = 'rupture-and-repair';
  card.variant = 'quote';
}
const points: KeyPoints | null = document.querySelector('key-points');
points?.setAttribute('heading', 'In short');
const provider = document.createElement('trust-provider');
provider.strings = { lang: 'cy', clear: 'Clirio' };
provider.content = { lang: 'cy', keyPoints: { heading: 'Yn gryno', items: ['Un'] } };

// Registering the classes under other names, e.g. where the page already uses ours.
define('clinic-card', class extends ReflectionCard {});
const same: typeof TrustChecklist = TrustChecklist;
console.log(same);
