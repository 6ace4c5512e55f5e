// Progressive enhancement only: every form works without this file.
(function () {
  "use strict";
  // Acute danger: show "Bel 112" as soon as "Ja" is chosen.
  document.querySelectorAll("input[name=acute_danger]").forEach(function (el) {
    el.addEventListener("change", function () {
      var box = document.getElementById("acute-call");
      if (box) box.hidden = !(el.value === "yes" && el.checked);
    });
  });
  // Indicators: show the groups of the chosen forms first; all stay
  // reachable when no form is chosen yet.
  function syncGroups() {
    var chosen = Array.prototype.filter.call(document.querySelectorAll("input[data-form-toggle]"), function (c) { return c.checked; })
      .map(function (c) { return c.value; });
    document.querySelectorAll("[data-form-group]").forEach(function (g) {
      g.hidden = chosen.length > 0 && chosen.indexOf(g.getAttribute("data-form-group")) < 0;
    });
  }
  document.querySelectorAll("input[data-form-toggle]").forEach(function (c) { c.addEventListener("change", syncGroups); });
  syncGroups();
  // After a failed submit, move focus to the error summary.
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
