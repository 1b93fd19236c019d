/* Draws every chart on the page: each element with data-figure="<id>" gets the Plotly figure
 * in <script type="application/json" id="<id>"> (written by json_script). Runs on load and
 * after every htmx swap. A click on a bar, Sankey link or marker follows the address in its
 * customdata: "#move-12" scrolls to the move, anything else opens the moves behind it. */
(function () {
  "use strict";

  // Nothing leaves for Plotly's servers: no "Share chart..." upload to Plotly's cloud (this
  // bundle shows it by default) and no Chart Studio link; the page has its own "Copy link".
  var CONFIG = {
    displaylogo: false,
    responsive: true,
    showLink: false,
    showSendToCloud: false,
    plotlyServerURL: "",
    modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "sendChartToCloud"],
  };

  function follow(el, address) {
    if (address.charAt(0) === "#") {
      var target = document.getElementById(address.slice(1));
      if (target) {
        target.scrollIntoView({ behavior: "smooth", block: "start" });
        target.classList.add("flash");
        window.setTimeout(function () { target.classList.remove("flash"); }, 1600);
      }
    } else if (el.dataset.links === "new-tab") {
      window.open(address, "_blank", "noopener");
    } else {
      window.location.assign(address);
    }
  }

  function draw(el) {
    var source = document.getElementById(el.dataset.figure);
    if (!source || !window.Plotly) {
      return;
    }
    el.dataset.drawn = "true";
    var figure = JSON.parse(source.textContent);
    if (el.clientWidth < 560 && figure.layout.annotations) {
      figure.layout.annotations = figure.layout.annotations.filter(function (a) {
        return a.name !== "open-label";
      });
    }
    var config = Object.assign({}, CONFIG, {
      toImageButtonOptions: { format: "png", filename: el.dataset.filename || "chart", scale: 2 },
    });
    window.Plotly.newPlot(el, figure.data, figure.layout, config).then(function () {
      el.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        var address = point && point.customdata;
        if (Array.isArray(address)) {
          address = address[0];
        }
        // Only in-page anchors and site paths are links; other customdata is hover text.
        if (typeof address === "string" && /^[#\/]/.test(address)) {
          follow(el, address);
        }
      });
    });
  }

  function drawAll() {
    document.querySelectorAll("[data-figure]:not([data-drawn])").forEach(draw);
  }

  document.addEventListener("DOMContentLoaded", drawAll);
  document.addEventListener("htmx:afterSettle", drawAll);
})();
