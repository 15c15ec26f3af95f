/* Collapses the main menu behind a toggle button on small screens.
   Progressive enhancement: without this script the button stays hidden and the menu stays open. */
(function () {
  "use strict";
  var nav = document.querySelector(".site-nav");
  var button = nav && nav.querySelector(".site-nav__toggle");
  if (!button) {
    return;
  }

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.setAttribute("data-menu", open ? "open" : "closed");
  }

  button.hidden = false;
  setOpen(false);

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });

  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
})();
