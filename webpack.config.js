/* Webpack for the task pane, the ribbon commands and the browser harness, after the conventions of the
 * official Office add-in template (yo office): HtmlWebpackPlugin per page, assets and manifest copied,
 * the dev URL in the manifest rewritten to the production URL in production mode, and a dev server on
 * https://localhost:3000 with the office-addin-dev-certs certificate.
 *
 * Production URL: set PLANKOLL_URL (e.g. `PLANKOLL_URL=https://plankoll.example.se/ npm run build`); every
 * `https://localhost:3000/` in manifest*.xml becomes that URL in dist/. Without it a production build keeps
 * the localhost URL (fine for tests and the harness; a warning says so).
 *
 * Bundles: each page gets only what it imports. exceljs (via the harness' file loader) must never reach
 * the task pane: split chunks stay per entry, and tests/browser/taskpane.test.ts checks what taskpane.html loads.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";

function productionUrl() {
  const url = process.env.PLANKOLL_URL;
  if (!url) return null;
  if (!/^https:\/\//.test(url)) throw new Error(`PLANKOLL_URL must be an https:// URL, got ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/* Writes dist/.built after every emit, also when webpack left files whose content did not change untouched: jest's
 * global setup (tests/support/globalSetup.js) compares its time with the sources' to rebuild a stale dist/. */
const builtStamp = {
  apply(compiler) {
    compiler.hooks.afterEmit.tapAsync("PlankollBuiltStamp", (compilation, done) => {
      const file = path.join(compilation.outputOptions.path, ".built");
      compiler.outputFileSystem.writeFile(file, new Date().toISOString(), done);
    });
  },
};

async function getHttpsOptions() {
  // Required lazily: only `webpack serve` needs a certificate (a build must not try to create one).
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const urlProd = productionUrl();
  if (!dev && urlProd === null) {
    console.warn("plankoll webpack: PLANKOLL_URL is not set; dist/manifest.xml keeps https://localhost:3000/");
  }

  return {
    // Source maps while developing; a production build stays lean and fast (set PLANKOLL_SOURCEMAP=1 to keep them).
    devtool: dev || process.env.PLANKOLL_SOURCEMAP ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      harness: "./src/taskpane/harness/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Relative URLs: dist/ works from any static server and any sub-path.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".html"],
      alias: {
        // One scheduler, React's: Fluent's context selector asks for `scheduler` as a peer (>=0.19) and
        // would otherwise get a second copy (the newest one hoisted to node_modules), beside react-dom's own.
        scheduler$: require.resolve("scheduler", { paths: [path.dirname(require.resolve("react-dom/package.json"))] }),
      },
    },
    module: {
      rules: [
        {
          // The domain is pure (STYLE.md: no host, no UI, no I/O; no module runs anything when imported), so a
          // module of it whose exports a page does not use is left out, also behind an index's re-exports.
          include: path.resolve(__dirname, "src/domain"),
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules for webpack so Fluent UI and our own code tree-shake.
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Split per entry only: a chunk shared with the harness (which carries exceljs) never lands in
      // the task pane, and each page loads exactly its own scripts.
      // The page's lazy parts (charts: Vega; the PDF: pdfmake and Vega) share what they have in common
      // among themselves only ("async"): no entry's own scripts change.
      splitChunks: { chunks: "async" },
      runtimeChunk: false,
    },
    performance: {
      // The harness carries exceljs (~1 MB) on purpose; the task pane budget is checked by bench/taskpane.bench.ts.
      hints: false,
    },
    plugins: [
      builtStamp,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "harness.html",
        template: "./src/taskpane/harness/harness.html",
        chunks: ["harness"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            transform(content) {
              if (dev || urlProd === null) return content;
              // Then the origin alone (the manifest's <AppDomain>, written without the trailing slash).
              return content.toString().split(urlDev).join(urlProd).split(urlDev.slice(0, -1)).join(new URL(urlProd).origin);
            },
          },
          {
            // The harness opens this workbook at start (fetched relative to harness.html).
            from: "examples/handlingsplan-is-it-2011-med-fel.xlsx",
            to: "examples/[name][ext]",
            noErrorOnMissing: true,
          },
          { from: "examples/handlingsplan-is-it-2011.xlsx", to: "examples/[name][ext]", noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
