/* global document, window */
// "Print or save as PDF" on dossier pages: the button stays hidden without JavaScript (the
// browser's own print command works anyway), and prints the page with the print stylesheet.
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
