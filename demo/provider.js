// The clinic's colours switch sets the page's own color-scheme; every widget
// follows it, as it follows any page's.
for (const radio of document.querySelectorAll('input[name=scheme]')) {
  radio.addEventListener('change', () => {
    document.documentElement.style.colorScheme = radio.value;
  });
}
