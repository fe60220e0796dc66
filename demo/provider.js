// The clinic's theme switch: one attribute on the provider re-themes every widget.
const provider = document.getElementById('settings');
for (const radio of document.querySelectorAll('input[name=theme]')) {
  radio.addEventListener('change', () => provider.setAttribute('theme', radio.value));
}
