// The settings of plotly.js's own esbuild-config.js, minified, for the traces in entry.js.
const path = require("path");
const InlineCSSPlugin = require("esbuild-plugin-inline-css");
const version = require("plotly.js/package.json").version;

require("esbuild")
  .build({
    entryPoints: [path.join(__dirname, "entry.js")],
    outfile: path.join(__dirname, "..", "..", "static", "vendor", "plotly.min.js"),
    format: "iife",
    globalName: "Plotly",
    bundle: true,
    minify: true,
    sourcemap: false,
    target: "es2016",
    legalComments: "none",
    banner: { js: `/*! plotly.js v${version} (traces: bar, scatter, sankey) | MIT License | tools/plotly-bundle */` },
    plugins: [InlineCSSPlugin()],
    alias: { regl: "@plotly/regl", stream: "stream-browserify" },
    define: { global: "window", "define.amd": "false", "process.env.NODE_DEBUG": "false" },
    logLevel: "info",
  })
  .catch(() => process.exit(1));
