// Draws every <canvas data-chart="ID"> from the JSON block with that id: {type, labels, unit, series: [{label, data}]}.
// The numbers are also in a table on the page; the chart is for the eye, the table for everyone.
(function () {
  "use strict";
  var palette = ["#0b5cad", "#b35900", "#16632f", "#7a2e8e", "#a4161a", "#4a5260"];

  function draw(canvas) {
    var block = document.getElementById(canvas.dataset.chart);
    if (!block || typeof Chart === "undefined") {
      return;
    }
    var spec = JSON.parse(block.textContent);
    if (canvas._chart) {
      canvas._chart.destroy();
    }
    canvas._chart = new Chart(canvas, {
      type: spec.type || "line",
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return { label: s.label, data: s.data, borderColor: palette[i % palette.length],
            backgroundColor: palette[i % palette.length], spanGaps: false, tension: 0.1 };
        })
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, title: { display: !!spec.unit, text: spec.unit || "" } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", function () { drawAll(document); });
  // pages that swap their figures with htmx redraw what came in
  document.addEventListener("htmx:afterSettle", function (event) { drawAll(event.target); });
})();
