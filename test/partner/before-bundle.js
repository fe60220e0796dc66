// Runs before dist/embed.js: the elements exist but are not yet defined.
document.getElementById('early-checklist').checked = ['thyroid', 'sleep-hormones'];
document.getElementById('early-articles').articles = [
  {title: 'Set before the bundle', url: '/before'},
  {title: 'Also early', url: '/also'},
];
const card = document.createElement('nutrient-card');
card.setAttribute('nutrient', 'vitamin-a');
card.id = 'created-early';
document.getElementById('first-parent').append(card);
