// Crosscheck UI: a little progressive enhancement; every page works without it.
(function () {
  "use strict";

  // Marks every piece of text that belongs to the record named in the URL fragment (#f3, #s12, #cite).
  function focusFragment() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    document.querySelectorAll(".hl.focus").forEach(function (el) { el.classList.remove("focus"); });
    if (!id) { return; }
    var pieces = Array.prototype.filter.call(document.querySelectorAll(".hl[data-ids]"), function (el) {
      return el.getAttribute("data-ids").split(" ").indexOf(id) >= 0;
    });
    pieces.forEach(function (el) { el.classList.add("focus"); });
    if (pieces.length) {
      pieces[0].setAttribute("tabindex", "-1");
      pieces[0].focus({ preventScroll: true });
      pieces[0].scrollIntoView({ block: "center" });
    }
  }

  // "/" jumps to the search box, as on many sites; Escape leaves it.
  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("q") || document.getElementById("qs");
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test((document.activeElement || {}).tagName || "");
    if (e.key === "/" && !typing && box) { e.preventDefault(); box.focus(); box.select(); }
    if (e.key === "Escape" && typing) { document.activeElement.blur(); }
  });

  window.addEventListener("hashchange", focusFragment);
  document.addEventListener("DOMContentLoaded", focusFragment);
})();
