// Shows rich-text segments in wagtail-localize's translation editor with their formatting (bold, italic, links)
// instead of raw <b>…</b> marks. The editor is React's: its paragraphs are left in place, only hidden, and a
// formatted copy is shown after each; the copy is rebuilt whenever React changes the text.
(() => {
  const MARK = /<\/?(b|i|strong|em|a)\b[^>]*>/i;
  const INLINE = { B: "strong", STRONG: "strong", I: "em", EM: "em", A: "span" };

  function formatted(html) {
    const source = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body.firstChild;
    const copy = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
      const tag = INLINE[node.nodeName];
      const element = tag ? document.createElement(tag) : document.createDocumentFragment();
      if (node.nodeName === "A") element.className = "caucus-segment-link";
      node.childNodes.forEach((child) => element.appendChild(copy(child)));
      return element;
    };
    const paragraph = document.createElement("p");
    paragraph.className = "caucus-formatted-segment";
    source.childNodes.forEach((child) => paragraph.appendChild(copy(child)));
    return paragraph;
  }

  function refresh(editor) {
    editor.querySelectorAll("p:not(.caucus-formatted-segment)").forEach((raw) => {
      const next = raw.nextElementSibling;
      const shown = next && next.classList.contains("caucus-formatted-segment") ? next : null;
      const text = raw.textContent;
      if (!MARK.test(text)) {
        if (shown) shown.remove();
        raw.hidden = false;
        return;
      }
      if (shown && shown.dataset.source === text) return;
      const copy = formatted(text);
      copy.dataset.source = text;
      if (shown) shown.replaceWith(copy);
      else raw.after(copy);
      raw.hidden = true;
    });
  }

  document.querySelectorAll(".js-translation-editor").forEach((editor) => {
    let scheduled = false;
    new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        refresh(editor);
      });
    }).observe(editor, { childList: true, subtree: true, characterData: true });
    refresh(editor);
  });
})();
