// jsdom (the UI tests' environment) has no TextDecoder/TextEncoder, which browsers and Node have and the
// workbook reader uses: give jsdom Node's, so the pane's tests run the same reader as the page.
if (typeof globalThis.TextDecoder === "undefined") {
  const { TextDecoder, TextEncoder } = require("node:util");
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}
