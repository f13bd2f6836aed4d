/* global document, window, fetch, history, location, DOMParser, AbortController, FormData, URLSearchParams, setTimeout, clearTimeout */
// Live library and search pages. Without this script the facet form is a plain GET form with an
// "Apply" button and every chip and page link is a normal link; with it, ticking a box, removing
// a chip, paging or typing a search fetches the same URL, swaps the results in place, keeps the
// URL in step (history.replaceState) and announces the new count in the live region.
(function () {
  'use strict';
  var container = document.querySelector('[data-library]');
  var status = document.getElementById('library-status');
  if (!container || !status || !window.fetch || !window.DOMParser) return;

  var controller = null;
  var narrow = window.matchMedia && window.matchMedia('(max-width: 47.99em)').matches;

  function panel() {
    return container.querySelector('[data-filter-panel]');
  }

  function prepare() {
    var form = container.querySelector('[data-library-form]');
    if (form) form.classList.add('is-live');
  }

  function announce(message) {
    // Cleared first so that the same count twice in a row is announced again.
    status.textContent = '';
    setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function openState() {
    var state = { panel: panel() ? panel().open : true, facets: {} };
    container.querySelectorAll('[data-facet-details]').forEach(function (d) {
      state.facets[d.getAttribute('data-facet-details')] = d.open;
    });
    return state;
  }

  function restore(state, focusId) {
    if (panel()) panel().open = state.panel;
    container.querySelectorAll('[data-facet-details]').forEach(function (d) {
      var name = d.getAttribute('data-facet-details');
      if (state.facets[name] || d.querySelector('input:checked')) d.open = true;
    });
    if (focusId) {
      var target = document.getElementById(focusId);
      if (target) target.focus();
    }
  }

  function load(url, options) {
    if (controller) controller.abort();
    controller = new AbortController();
    var state = openState();
    var active = document.activeElement;
    var focusId = active && container.contains(active) && active.id ? active.id : null;
    container.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal: controller.signal })
      .then(function (response) {
        return response.text().then(function (text) {
          return { ok: response.ok || response.status === 404, text: text };
        });
      })
      .then(function (result) {
        var doc = new DOMParser().parseFromString(result.text, 'text/html');
        var fresh = doc.querySelector('[data-library]');
        if (!result.ok || !fresh) {
          location.assign(url);
          return;
        }
        container.innerHTML = fresh.innerHTML;
        container.className = fresh.className;
        container.removeAttribute('aria-busy');
        prepare();
        restore(state, focusId);
        history.replaceState(null, '', url);
        document.title = doc.title;
        var heading = container.querySelector('[data-result-count]');
        announce(heading ? heading.getAttribute('data-result-count') : doc.title);
        if (options && options.focusHeading && heading) {
          // The link that was used is gone after the swap; keep keyboard users in the results.
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
      })
      .catch(function (error) {
        if (error && error.name === 'AbortError') return;
        location.assign(url);
      });
  }

  function formUrl(form) {
    var url = new URL(form.getAttribute('action'), location.href);
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (key !== 'page') params.append(key, String(value));
    });
    url.search = params.toString();
    return url.toString();
  }

  container.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('[data-library-form]');
    if (form && event.target.type === 'checkbox') load(formUrl(form));
  });

  container.addEventListener('submit', function (event) {
    var form = event.target.closest && event.target.closest('[data-library-form]');
    if (!form) return;
    event.preventDefault();
    load(formUrl(form));
  });

  container.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('.active-filters a, .pagination a');
    if (
      !link ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    var url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    load(url.toString(), { focusHeading: true });
  });

  // Search as you type, on the search page only (its box posts to the page itself).
  var searchForm = document.querySelector('[data-search-form]');
  var searchInput = searchForm && searchForm.querySelector('input[name="q"]');
  if (
    searchInput &&
    new URL(searchForm.getAttribute('action'), location.href).pathname === location.pathname
  ) {
    var timer = null;
    var last = searchInput.value.trim();
    searchInput.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = searchInput.value.trim();
        if (q === last || q.length === 1) return;
        last = q;
        var url = new URL(searchForm.getAttribute('action'), location.href);
        if (q) url.search = new URLSearchParams({ q: q }).toString();
        load(url.toString());
      }, 350);
    });
  }

  prepare();
  if (narrow && panel() && !container.querySelector('[data-library-form] input:checked'))
    panel().open = false;
})();
