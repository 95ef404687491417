// Portcullis pages: small progressive enhancements; every page works without them.
(function () {
  'use strict';

  // A form marked data-submit-once is sent once: its submit buttons are disabled while the page is leaving,
  // so a double click cannot send the decision twice (the server refuses a second one anyway).
  function submitOnce(form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.submitted === 'true') {
        event.preventDefault();
        return;
      }
      form.dataset.submitted = 'true';
      form.setAttribute('aria-busy', 'true');
      form.querySelectorAll('button[type="submit"]').forEach(function (button) {
        window.setTimeout(function () {
          button.disabled = true;
          if (button.dataset.busyText) {
            button.textContent = button.dataset.busyText;
          }
        }, 0);
      });
    });
  }

  // Coming back to a page from the browser's cache (back button) makes its forms usable again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.querySelectorAll('form[data-submit-once]').forEach(function (form) {
        form.dataset.submitted = 'false';
        form.removeAttribute('aria-busy');
        form.querySelectorAll('button[type="submit"]').forEach(function (button) { button.disabled = false; });
      });
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-submit-once]').forEach(submitOnce);
    // After a failed submission the keyboard lands on the first field to correct.
    var invalid = document.querySelector('form .is-invalid');
    if (invalid) {
      invalid.focus();
    }
  });
}());
