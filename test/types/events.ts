// A consumer's plain TypeScript: tags, properties and events are typed.
import '@innateheal/widgets';
import type {GutChecklistChangeDetail} from '@innateheal/widgets';

const checklist = document.querySelector('gut-checklist')!;
checklist.addEventListener('gut-checklist-change', (event) => {
  const ticked: string[] = event.detail.checked;
  const total: number = event.detail.total;
  console.log(ticked, total);
});
document.querySelector('hot-articles')!.addEventListener('hot-articles-select', (event) => {
  const index: number = event.detail.index;
  event.preventDefault();
  console.log(index);
});
const card = document.createElement('nutrient-card');
card.variant = 'compact';
// @ts-expect-error: not a variant
card.variant = 'huge';
checklist.checked = ['bloating'];
// @ts-expect-error: checked is a list of ids
checklist.checked = 'bloating';
const detail: GutChecklistChangeDetail = {article: 'leaky-gut', list: 'symptoms', checked: [], total: 4};
console.log(detail);
