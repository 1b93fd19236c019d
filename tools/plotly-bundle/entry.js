// plotly.js with the traces timeline/charts.py draws: bar, scatter (always in core), sankey.
var Plotly = require("plotly.js/lib/core");

Plotly.register([require("plotly.js/lib/bar"), require("plotly.js/lib/sankey")]);

module.exports = Plotly;
