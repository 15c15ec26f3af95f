// Lets a translator write a rich-text segment with formatting (bold, italic, the source's links) in
// wagtail-localize's translation editor, instead of typing <b>…</b> and <a id="a1">…</a> marks.
// React owns the editor's textarea: it stays in place, hidden, and receives the marked-up text of the formatted
// box on every change (through the native value setter and an input event, which React listens to), so
// wagtail-localize's own Save sends exactly what it always sends.
(() => {
  const MARK = /<\/?(b|i|strong|em|a)\b[^>]*>/i;
  const STRINGS = JSON.parse(document.getElementById("caucus-formatted-input-strings").textContent);
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;

  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  // An href makes Chromium treat it as a link, so typing just after it does not extend it.
  function linkElement(id) {
    const link = document.createElement("a");
    link.href = `#${id}`;
    link.dataset.linkId = id;
    link.className = "caucus-segment-link";
    return link;
  }

  // Marked-up text (wagtail-localize's) → nodes for the formatted box; unknown tags keep only their text.
  function toNodes(html, target) {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
    const copy = (node, parent) => {
      if (node.nodeType === Node.TEXT_NODE) {
        parent.appendChild(document.createTextNode(node.textContent));
        return;
      }
      let element = parent;
      if (node.nodeName === "B" || node.nodeName === "STRONG") element = document.createElement("b");
      if (node.nodeName === "I" || node.nodeName === "EM") element = document.createElement("i");
      if (node.nodeName === "A" && node.id) {
        element = linkElement(node.id);
      }
      node.childNodes.forEach((child) => copy(child, element));
      if (element !== parent) parent.appendChild(element);
    };
    parsed.childNodes.forEach((child) => copy(child, target));
  }

  // The formatted box → marked-up text: <b>, <i> and <a id>, everything else as text.
  function toMarkup(node) {
    let out = "";
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) {
        out += escape(child.textContent.replace(/\n/g, " "));
        return;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) return;
      const inner = toMarkup(child);
      const bold = child.nodeName === "B" || child.nodeName === "STRONG" || /bold|[6-9]00/.test(child.style.fontWeight);
      const italic = child.nodeName === "I" || child.nodeName === "EM" || child.style.fontStyle === "italic";
      let wrapped = inner;
      if (child.nodeName === "A" && child.dataset.linkId) wrapped = `<a id="${child.dataset.linkId}">${wrapped}</a>`;
      if (italic && inner) wrapped = `<i>${wrapped}</i>`;
      if (bold && inner) wrapped = `<b>${wrapped}</b>`;
      out += wrapped;
    });
    return out;
  }

  // The source's links, [id, text], so the translator can link her own words to the same targets.
  function sourceLinks(sourceMarkup) {
    const parsed = new DOMParser().parseFromString(`<p>${sourceMarkup}</p>`, "text/html");
    return [...parsed.querySelectorAll("a[id]")].map((a) => [a.id, a.textContent]);
  }

  function button(label, onClick) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "button button-small button-secondary";
    element.textContent = label;
    element.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection in the box
    element.addEventListener("click", onClick);
    return element;
  }

  function linkSelection(box, id) {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed || !box.contains(selection.anchorNode)) return false;
    const link = linkElement(id);
    link.appendChild(selection.getRangeAt(0).extractContents());
    selection.getRangeAt(0).insertNode(link);
    return true;
  }

  function enhance(textarea, segment, sourceMarkup) {
    const wrapper = document.createElement("div");
    wrapper.className = "caucus-formatted-input";
    const toolbar = document.createElement("div");
    toolbar.className = "caucus-formatted-input__toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", STRINGS.toolbar);
    const box = document.createElement("div");
    box.contentEditable = "true";
    box.className = "caucus-formatted-input__box";
    box.setAttribute("role", "textbox");
    box.setAttribute("aria-label", STRINGS.box);
    toNodes(textarea.value, box);

    const changed = () => {
      setValue.call(textarea, toMarkup(box));
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    };
    toolbar.appendChild(button(STRINGS.bold, () => document.execCommand("bold") && changed()));
    toolbar.appendChild(button(STRINGS.italic, () => document.execCommand("italic") && changed()));
    sourceLinks(sourceMarkup).forEach(([id, text]) => {
      toolbar.appendChild(
        button(STRINGS.link.replace("%s", text), () => {
          if (linkSelection(box, id)) changed();
          else box.focus();
        }),
      );
    });
    box.addEventListener("input", changed);
    box.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault(); // one line, like wagtail-localize's own field: Enter saves
      const actions = segment.querySelectorAll(":scope > ul button"); // wagtail-localize's Cancel, Save
      if (actions.length) actions[actions.length - 1].click();
    });

    wrapper.append(toolbar, box);
    textarea.after(wrapper);
    textarea.hidden = true;
    wrapper.textareaElement = textarea;
    box.focus();
  }

  function refresh(editor) {
    editor.querySelectorAll(".caucus-formatted-input").forEach((wrapper) => {
      if (!wrapper.textareaElement.isConnected) wrapper.remove();
    });
    editor.querySelectorAll("li textarea:not([hidden])").forEach((textarea) => {
      const segment = textarea.closest("li");
      const source = segment.querySelector(":scope > p:not(.caucus-formatted-segment)");
      if (source && MARK.test(source.textContent)) enhance(textarea, segment, source.textContent);
    });
  }

  document.querySelectorAll(".js-translation-editor").forEach((editor) => {
    new MutationObserver(() => refresh(editor)).observe(editor, { childList: true, subtree: true });
    refresh(editor);
  });
})();
