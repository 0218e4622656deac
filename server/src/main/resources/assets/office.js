// The back office's few interactive parts: drawing an outline or a zone on the plan, placing a device by
// tapping the plan, confirming what cannot be undone, and the catalogue upload with its progress bar.
// Every form also works without this script (points and positions can be typed).
(function () {
  "use strict";
  var svg = document.querySelector("svg[data-plan]");
  var drawing = svg && svg.querySelector("[data-drawing]");
  var pin = svg && svg.querySelector("[data-pin]");
  var target = null; // the textarea being drawn into

  function metres(event) {
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var inPlan = point.matrixTransform(svg.getScreenCTM().inverse());
    return { x: Math.max(0, Math.round(inPlan.x * 10) / 10), y: Math.max(0, Math.round(inPlan.y * 10) / 10) };
  }

  function redraw() {
    if (!drawing || !target) {
      return;
    }
    drawing.setAttribute("points", target.value.split(",").map(function (p) {
      return p.trim().split(/\s+/).join(",");
    }).filter(function (p) { return p.indexOf(",") > 0; }).join(" "));
  }

  document.querySelectorAll("[data-draw-start]").forEach(function (button) {
    button.addEventListener("click", function () {
      target = button.closest("form").querySelector("[data-points]");
      target.value = "";
      redraw();
      svg.classList.add("is-drawing");
      svg.scrollIntoView({ block: "center" });
    });
  });

  var placing = document.querySelector("form[data-place]");
  if (svg) {
    svg.addEventListener("click", function (event) {
      var m = metres(event);
      if (target) {
        target.value = (target.value.trim() ? target.value.trim() + ", " : "") + m.x + " " + m.y;
        redraw();
      } else if (placing) {
        placing.querySelector("[data-x]").value = m.x;
        placing.querySelector("[data-y]").value = m.y;
        pin.setAttribute("cx", m.x);
        pin.setAttribute("cy", m.y);
      }
    });
  }

  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });

  var upload = document.querySelector("form[data-upload]");
  if (!upload) {
    return;
  }
  var bar = upload.querySelector("[data-progress]");
  var status = upload.querySelector("[data-status]");
  function say(key, values) {
    var text = upload.getAttribute(key);
    (values || []).forEach(function (v, i) { text = text.replace("{" + i + "}", v); });
    status.textContent = text;
  }
  function poll(id) {
    fetch(upload.getAttribute("data-poll") + encodeURIComponent(id), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        bar.value = 50 + job.percent / 2;
        if (job.state === "running") {
          say("data-reading", [job.rows]);
          window.setTimeout(function () { poll(id); }, 500);
        } else if (job.state === "done") {
          bar.value = 100;
          say("data-done", [job.rows, job.written, job.unchanged, job.refused]);
          upload.setAttribute("data-finished", job.id);
          window.setTimeout(function () { window.location.reload(); }, 1500);
        } else {
          say("data-failed", [job.problem]);
          upload.setAttribute("data-finished", job.id);
        }
      });
  }
  upload.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = upload.querySelector("input[type=file]").files[0];
    if (!file) {
      return;
    }
    bar.hidden = false;
    bar.value = 0;
    say("data-sending");
    var request = new XMLHttpRequest();
    request.open("POST", upload.getAttribute("data-upload") + "?name=" + encodeURIComponent(file.name));
    request.setRequestHeader("Content-Type", /\.json$/i.test(file.name) ? "application/json" : "text/csv");
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.value = e.loaded * 50 / e.total;
      }
    });
    request.addEventListener("load", function () {
      var answer = {};
      try { answer = JSON.parse(request.responseText); } catch (ignored) { answer = {}; }
      if (request.status === 202) {
        poll(answer.id);
      } else {
        say("data-failed", [answer.detail || request.status]);
      }
    });
    request.send(file);
  });
})();
