// The search page's filter panel, for browsers that run scripts; everything here also works
// without them (a <details> panel, "Show all N" links, the Apply button).
// - Type-to-filter: the box above a long facet hides the values that do not match; accents and
//   case are ignored, and a State matches by any of its names (data-names: UN names in English,
//   French and Spanish, former names, ISO3 code). A list showing only its top values first
//   fetches the whole list, so every value can be found.
// - "Show all N" fetches the whole list in place instead of loading a new page.
// - Across htmx's swaps of the form (ticking a box), the panel stays open or closed, the typed
//   filters stay, and the focus returns to the box that was ticked.
(function () {
  "use strict";
  document.documentElement.classList.add("js-filters");

  // On wide screens the panel stands beside the results: open (the stylesheet shows it even
  // closed where it can, but the open state is what assistive and testing tools read).
  var wide = window.matchMedia("(min-width: 801px)");
  function openOnWideScreens() {
    var panel = document.querySelector("details.filters-panel");
    if (panel && wide.matches) panel.open = true;
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", openOnWideScreens);
  } else {
    openOnWideScreens();
  }

  // As uprkit_core::states::fold_name folds names: no accents, no case, "&" read as "and",
  // apostrophes dropped, other punctuation a space, the word "the" dropped.
  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/&/g, " and ")
      .replace(/['\u2019]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .split(" ")
      .filter(function (w) { return w && w !== "the"; })
      .join(" ");
  }

  function namesOf(label) {
    if (!label.dataset.folded) {
      var shown = label.querySelector(".value-label");
      var names = fold(shown ? shown.textContent : label.textContent);
      if (label.dataset.names) names += "|" + label.dataset.names;
      label.dataset.folded = names;
    }
    return label.dataset.folded;
  }

  // Hides the values of `fieldset` that do not match its filter box; says so when none does.
  function applyFilter(fieldset) {
    var box = fieldset.querySelector(".facet-filter");
    if (!box) return;
    var wanted = fold(box.value);
    var shown = 0;
    fieldset.querySelectorAll(".facet-value").forEach(function (label) {
      var match = !wanted || namesOf(label).indexOf(wanted) !== -1;
      label.hidden = !match;
      if (match) shown += 1;
    });
    var status = fieldset.querySelector(".facet-none");
    if (status) status.textContent = shown === 0 ? status.dataset.none || "" : "";
  }

  // Replaces a facet listing its top values by the whole list, fetched from its "Show all"
  // link; resolves to the fieldset now in the page.
  var loading = {};
  function expand(fieldset) {
    var link = fieldset.querySelector("a.show-all");
    var facet = fieldset.dataset.facet;
    if (!link) return Promise.resolve(fieldset);
    if (loading[facet]) return loading[facet];
    loading[facet] = fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var whole = page.querySelector('fieldset[data-facet="' + facet + '"]');
        var current = document.querySelector('fieldset[data-facet="' + facet + '"]');
        if (!whole || !current) throw new Error("no list");
        var box = current.querySelector(".facet-filter");
        var typed = box ? box.value : "";
        var focused = box && document.activeElement === box;
        current.replaceWith(whole);
        var newBox = whole.querySelector(".facet-filter");
        if (newBox) {
          newBox.value = typed;
          if (focused) {
            newBox.focus();
            newBox.setSelectionRange(typed.length, typed.length);
          }
        }
        applyFilter(whole);
        return whole;
      })
      .catch(function () {
        // The page itself lists every value: go there.
        window.location.href = link.href;
        return fieldset;
      })
      .finally(function () {
        delete loading[facet];
      });
    return loading[facet];
  }

  document.addEventListener("input", function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains("facet-filter")) return;
    var fieldset = box.closest("fieldset");
    if (fieldset.querySelector("a.show-all")) {
      expand(fieldset);
    } else {
      applyFilter(fieldset);
    }
  });

  // The filter box is not part of the search: its changes must not submit the form (htmx
  // listens to "change" on the panel) and Enter in it must not send the search.
  document.addEventListener(
    "change",
    function (event) {
      if (event.target.classList && event.target.classList.contains("facet-filter")) event.stopPropagation();
    },
    true
  );
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.classList && event.target.classList.contains("facet-filter")) {
      event.preventDefault();
    }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.show-all");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    expand(link.closest("fieldset")).then(function (whole) {
      var box = whole.querySelector(".facet-filter") || whole.querySelector("input[type=checkbox]");
      if (box) box.focus();
    });
  });

  // Kept across htmx's swap of the form.
  var kept = null;
  document.addEventListener("htmx:beforeSwap", function () {
    var panel = document.querySelector("details.filters-panel");
    var focused = document.activeElement;
    var typed = {};
    document.querySelectorAll("fieldset[data-facet] .facet-filter").forEach(function (box) {
      if (box.value) typed[box.closest("fieldset").dataset.facet] = box.value;
    });
    kept = {
      open: panel ? panel.open : false,
      typed: typed,
      focus: focused && focused.type === "checkbox" ? { name: focused.name, value: focused.value } : null,
    };
  });
  document.addEventListener("htmx:afterSwap", function () {
    if (!kept) return;
    var panel = document.querySelector("details.filters-panel");
    if (panel && kept.open) panel.open = true;
    openOnWideScreens();
    Object.keys(kept.typed).forEach(function (facet) {
      var fieldset = document.querySelector('fieldset[data-facet="' + facet + '"]');
      var box = fieldset && fieldset.querySelector(".facet-filter");
      if (box) {
        box.value = kept.typed[facet];
        applyFilter(fieldset);
      }
    });
    if (kept.focus) {
      var boxes = document.querySelectorAll('.facets input[type=checkbox][name="' + kept.focus.name + '"]');
      for (var i = 0; i < boxes.length; i += 1) {
        if (boxes[i].value === kept.focus.value) {
          boxes[i].focus();
          break;
        }
      }
    }
    kept = null;
  });
})();
