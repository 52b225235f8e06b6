// The section editor: a toolbar that inserts the builder's markup at the cursor, a live word
// count (counted as the server counts: runs of non-whitespace), and the citation search fetched
// into the page with "Insert" buttons that put the citation at the cursor. Without this script
// the page still works: the count updates on save, the search opens its own page, and "Insert"
// adds the citation to the saved text.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) return;

  function countWords(s) {
    var runs = s.match(/\S+/g);
    return runs ? runs.length : 0;
  }

  // The server's figures are for the saved text; typing moves them by the difference.
  var start = countWords(text.value);
  var sectionWords = Number(text.dataset.sectionWords || 0);
  var totalWords = Number(text.dataset.totalWords || 0);
  var limit = Number(text.dataset.limit || 0);
  var budget = text.dataset.budget ? Number(text.dataset.budget) : null;
  var sectionOut = document.getElementById("section-count");
  var totalOut = document.getElementById("total-count");
  var format = new Intl.NumberFormat(document.documentElement.lang || "en");

  function recount() {
    var delta = countWords(text.value) - start;
    var section = Math.max(0, sectionWords + delta);
    var total = Math.max(0, totalWords + delta);
    sectionOut.textContent = format.format(section);
    totalOut.textContent = format.format(total);
    sectionOut.classList.toggle("over", budget !== null && section > budget);
    totalOut.classList.toggle("over", limit > 0 && total > limit);
  }
  text.addEventListener("input", recount);

  function insert(before, after, placeholder) {
    var s = text.selectionStart, e = text.selectionEnd, v = text.value;
    var chosen = v.slice(s, e) || placeholder || "";
    text.value = v.slice(0, s) + before + chosen + after + v.slice(e);
    text.focus();
    text.selectionStart = s + before.length;
    text.selectionEnd = s + before.length + chosen.length;
    recount();
  }

  var tools = {
    bold: function () { insert("**", "**", ""); },
    italic: function () { insert("*", "*", ""); },
    list: function () {
      // A list line starts a line: at the start of one, or on a new line after the cursor.
      var s = text.selectionStart;
      insert(s === 0 || text.value[s - 1] === "\n" ? "- " : "\n- ", "", "");
    },
    link: function () { insert("[", "](https://)", ""); },
    footnote: function () { insert("^[", "]", ""); }
  };
  var toolbar = document.querySelector(".builder-toolbar");
  if (toolbar) {
    toolbar.hidden = false;
    toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-markup]");
      if (button && tools[button.dataset.markup]) tools[button.dataset.markup]();
    });
  }

  // The cursor where the writer left it, for citations inserted from the search panel.
  var cursor = { start: text.value.length, end: text.value.length };
  function remember() { cursor = { start: text.selectionStart, end: text.selectionEnd }; }
  ["keyup", "click", "select", "input", "blur"].forEach(function (n) { text.addEventListener(n, remember); });

  var form = document.getElementById("cite-form");
  var results = document.getElementById("cite-results");
  if (form && results) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var q = new URLSearchParams(new FormData(form));
      q.set("fragment", "1");
      fetch(form.action + "?" + q.toString(), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { results.innerHTML = html; })
        .catch(function () { form.submit(); });
    });
    results.addEventListener("submit", function (event) {
      var insertForm = event.target.closest("form.cite-insert");
      if (!insertForm) return;
      event.preventDefault();
      text.focus();
      text.selectionStart = cursor.start;
      text.selectionEnd = cursor.end;
      var before = text.value.slice(0, cursor.start);
      var space = before && !/\s$/.test(before) ? " " : "";
      insert(space + insertForm.dataset.markup, "", "");
      var end = cursor.start + space.length + insertForm.dataset.markup.length;
      text.selectionStart = text.selectionEnd = end;
      cursor = { start: end, end: end };
    });
  }
})();
