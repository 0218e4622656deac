// The insights pages' one interactive chart (visits per hour over the period, uPlot from the jar)
// and the print button. Everything else on these pages is drawn by the server.
(function () {
  "use strict";
  var print = document.querySelector("[data-print]");
  if (print) {
    print.addEventListener("click", function () { window.print(); });
  }
  var box = document.getElementById("series");
  if (!box || typeof uPlot === "undefined") {
    return;
  }
  var data = JSON.parse(box.getAttribute("data-series"));
  var width = function () { return Math.max(280, box.clientWidth); };
  var plot = new uPlot({
    width: width(),
    height: 220,
    scales: { x: { time: true } },
    series: [{}, { label: box.getAttribute("data-label"), stroke: "#8c6d4f", fill: "rgba(140,109,79,0.15)", width: 1.5, points: { show: false } }],
    axes: [{}, { size: 44 }],
    cursor: { drag: { x: true, y: false } }
  }, data, box);
  box.setAttribute("data-ready", "1");
  window.addEventListener("resize", function () { plot.setSize({ width: width(), height: 220 }); });
})();
