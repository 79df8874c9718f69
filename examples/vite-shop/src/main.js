/* global document */
import './style.css';

// The one script of the shop's pages: marks the current year in the footer.
for (const node of document.querySelectorAll('[data-year]')) node.textContent = String(new Date().getFullYear());
