// A fixture's mirror page: its screen live over SSE, taps sent without leaving the page, an
// "offline" notice when the server is out of reach (the last screen stays), and a reset to the
// first screen in the store's language after a while untouched. The page works without it (plain forms).
(function () {
  "use strict";
  var root = document.querySelector(".mirror");
  if (!root) { return; }
  var screen = document.getElementById("screen");
  var offline = root.querySelector(".offline");
  var fixture = root.dataset.fixture;
  var lastHeard = Date.now();
  var touched = false;

  function openSaves() {
    return Array.prototype.map.call(screen.querySelectorAll("details[open]"), function (d) { return d.id; });
  }

  function show(html) {
    var open = openSaves();
    screen.innerHTML = html;
    open.forEach(function (id) { var d = document.getElementById(id); if (d) { d.open = true; } });
  }

  function heard() {
    lastHeard = Date.now();
    offline.hidden = true;
  }

  var events = new EventSource(root.dataset.events);
  events.addEventListener("screen", function (e) { heard(); show(e.data); });
  events.addEventListener("ping", heard);
  events.onerror = function () { offline.hidden = false; };
  setInterval(function () { if (Date.now() - lastHeard > 40000) { offline.hidden = false; } }, 5000);

  function key() {
    var b = new Uint8Array(15);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ("0" + x.toString(16)).slice(-2); }).join("");
  }

  screen.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.classList.contains("tap")) { return; }
    e.preventDefault();
    var data = new URLSearchParams(new FormData(form, e.submitter));
    var button = e.submitter;
    if (button) { button.disabled = true; button.setAttribute("aria-busy", "true"); }
    // form.getAttribute: a field named "action" hides the form's own action property
    fetch(form.getAttribute("action"), { method: "POST", body: data, headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) { throw new Error(String(r.status)); }
        // the same form sent again would be the same tap: a new key for the next one
        form.querySelector("input[name=key]").value = key();
        heard();
      })
      .catch(function () { offline.hidden = false; })
      .finally(function () { if (button) { button.disabled = false; button.removeAttribute("aria-busy"); } });
  });

  function activity() { touched = true; resetTimer(); }
  var timer;
  function resetTimer() {
    clearTimeout(timer);
    timer = setTimeout(reset, Number(root.dataset.reset) * 1000);
  }
  function reset() {
    // offline: stay on the last screen rather than navigate to an error page
    if (!offline.hidden || (!touched && root.dataset.lang === root.dataset.storeLanguage)) { resetTimer(); return; }
    var body = new URLSearchParams({ lang: root.dataset.storeLanguage });
    fetch("/fixtures/" + encodeURIComponent(fixture) + "/reset", { method: "POST", body: body, credentials: "same-origin" })
      .finally(function () { window.location.replace("/fixtures/" + encodeURIComponent(fixture)); });
  }
  ["pointerdown", "keydown"].forEach(function (t) { document.addEventListener(t, activity, { passive: true }); });
  resetTimer();
}());
