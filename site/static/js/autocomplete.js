/* Title suggestions for the search box: an ARIA 1.2 combobox with a list popup, fed by the autocomplete endpoint.
   Progressive enhancement: without this script the input stays a plain search field in a GET form.
   Keys: Down/Up move through the suggestions, Enter opens the highlighted page (or submits the search when none is
   highlighted), Escape closes the list, Tab leaves it. */
(function () {
  "use strict";
  if (!window.fetch || !window.JSON) {
    return;
  }
  // The header's search box and the search page's own box are both enhanced.
  document.querySelectorAll("[data-search-autocomplete]").forEach(enhance);

  function enhance(container) {
    var input = container.querySelector("input[type=search]");
    if (!input) {
      return;
    }

    var endpoint = container.getAttribute("data-search-autocomplete");
    var labels = {
      suggestions: container.getAttribute("data-label-suggestions") || "Suggestions",
      one: container.getAttribute("data-label-one") || "1 suggestion.",
      many: container.getAttribute("data-label-many") || "%(count)s suggestions.",
    };
    var DELAY = 200;
    var MIN_LENGTH = 2;

    var listbox = document.createElement("ul");
    listbox.id = input.id + "-suggestions";
    listbox.className = "search-combobox__listbox";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", labels.suggestions);
    listbox.hidden = true;
    container.appendChild(listbox);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    container.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    var suggestions = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = input.value.trim();

    function allLanguages() {
      var scope = input.form && input.form.querySelector("input[name=lang][value=all]");
      return Boolean(scope && scope.checked);
    }

    function options() {
      return listbox.querySelectorAll("[role=option]");
    }

    function setActive(index) {
      var all = options();
      if (all[active]) {
        all[active].setAttribute("aria-selected", "false");
      }
      active = index;
      if (all[index]) {
        all[index].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      setActive(-1);
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function open() {
      if (suggestions.length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function choose(index) {
      var suggestion = suggestions[index];
      if (suggestion) {
        window.location.assign(suggestion.url);
      }
    }

    function render(items) {
      suggestions = items;
      active = -1;
      listbox.textContent = "";
      items.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = listbox.id + "-" + index;
        option.className = "search-combobox__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");

        var title = document.createElement("span");
        title.className = "search-combobox__title";
        title.textContent = item.title;
        if (item.language && item.language.code) {
          title.lang = item.language.code;
        }
        var meta = document.createElement("span");
        meta.className = "search-combobox__meta";
        meta.textContent = item.type + (allLanguages() && item.language ? " · " + item.language.label : "");

        option.appendChild(title);
        option.appendChild(meta);
        // Keep the focus in the input when an option is clicked, so the combobox stays one control.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          choose(index);
        });
        listbox.appendChild(option);
      });
      status.textContent = items.length === 0 ? "" : items.length === 1 ? labels.one : labels.many.replace("%(count)s", items.length);
      if (items.length) {
        open();
      } else {
        close();
      }
    }

    function update() {
      var query = input.value.trim();
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (controller) {
        controller.abort();
        controller = null;
      }
      if (query.length < MIN_LENGTH) {
        render([]);
        return;
      }
      controller = typeof AbortController === "function" ? new AbortController() : null;
      var url = endpoint + "?q=" + encodeURIComponent(query) + (allLanguages() ? "&lang=all" : "");
      fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data.suggestions || []);
          }
        })
        .catch(function () {
          /* Aborted or offline: the plain search still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      var count = suggestions.length;
      if (event.key === "ArrowDown" && count) {
        event.preventDefault();
        open();
        setActive(active + 1 < count ? active + 1 : 0);
      } else if (event.key === "ArrowUp" && count) {
        event.preventDefault();
        open();
        setActive(active > 0 ? active - 1 : count - 1);
      } else if (event.key === "Enter" && !listbox.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape" && !listbox.hidden) {
        event.preventDefault();
        close();
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", close);

    var scope = input.form && input.form.querySelector("input[name=lang]");
    if (scope) {
      scope.addEventListener("change", function () {
        lastQuery = null;
        render([]);
      });
    }
  }
})();
