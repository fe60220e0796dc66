// The clinic's colours switch sets the page's own color-scheme; every widget
// follows it, as it follows any page's.
for (const radio of document.querySelectorAll('input[name=scheme]')) {
  radio.addEventListener('change', () => {
    document.documentElement.style.colorScheme = radio.value;
  });
}

// The demo has no clinic server: show what the form would post instead.
const intake = document.getElementById('intake');
intake.addEventListener('submit', (event) => {
  event.preventDefault();
  document.getElementById('sent').textContent = new URLSearchParams(new FormData(intake)).toString();
});
