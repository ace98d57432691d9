// The book's only script: typesets the formulas with KaTeX and draws the charts with plotly.js, both shipped in
// assets/. Anything that fails is reported on the console, where the browser tests look for it.
(function () {
  "use strict";

  function typeset() {
    var nodes = document.querySelectorAll(".math");
    if (nodes.length === 0) return;
    if (!window.katex) {
      console.error("book: KaTeX did not load, formulas stay as TeX");
      return;
    }
    nodes.forEach(function (node) {
      var tex = node.textContent.trim();
      var display = node.tagName === "DIV" || node.classList.contains("display");
      if ((tex.startsWith("\\(") && tex.endsWith("\\)")) || (tex.startsWith("\\[") && tex.endsWith("\\]"))) {
        tex = tex.slice(2, -2);
      }
      try {
        window.katex.render(tex, node, { displayMode: display, throwOnError: true, strict: "ignore" });
        node.classList.add("typeset");
      } catch (error) {
        node.classList.add("math-error");
        console.error("book: KaTeX cannot typeset " + JSON.stringify(tex) + ": " + error.message);
      }
    });
  }

  function draw() {
    var charts = document.querySelectorAll(".chart[data-figure]");
    if (charts.length === 0) return;
    if (!window.Plotly) {
      console.error("book: plotly.js did not load, charts are missing");
      return;
    }
    charts.forEach(function (chart) {
      var figure;
      try {
        figure = JSON.parse(document.getElementById(chart.dataset.figure).textContent);
      } catch (error) {
        chart.dataset.failed = "true";
        console.error("book: chart " + chart.id + " has no readable figure: " + error.message);
        return;
      }
      var layout = figure.layout || {};
      delete layout.width; // the column decides the width
      layout.autosize = true;
      window.Plotly.newPlot(chart, figure.data || [], layout, { responsive: true, displaylogo: false })
        .then(function () { chart.dataset.drawn = "true"; })
        .catch(function (error) {
          chart.dataset.failed = "true";
          console.error("book: chart " + chart.id + " failed: " + error);
        });
    });
  }

  function start() {
    typeset();
    draw();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
