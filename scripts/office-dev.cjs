#!/usr/bin/env node
/*
 * `npm start` / `npm stop`: sideload the add-in into Excel desktop with office-addin-debugging where Excel
 * desktop exists (Windows, macOS); on Linux there is no Excel desktop, so start the dev server and point
 * to the browser harness (or sideload manifest.xml by hand in Excel on the web).
 */
const { spawn } = require("child_process");

const verb = process.argv[2];
const desktop = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code === null ? 1 : code));
}

if (verb === "start") {
  if (desktop) {
    // Starts `npm run dev-server` itself and sideloads manifest.xml into Excel.
    run(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"]);
  } else {
    console.log(
      [
        "plankoll: sideloading into Excel desktop needs Windows or macOS.",
        "Starting the dev server on https://localhost:3000 instead:",
        "  - the task pane without Excel: https://localhost:3000/harness.html",
        "  - Excel on the web: Insert > Add-ins > Upload My Add-in > manifest.xml",
      ].join("\n"),
    );
    run(npx, ["webpack", "serve", "--mode", "development"]);
  }
} else if (verb === "stop") {
  if (desktop) run(npx, ["office-addin-debugging", "stop", "manifest.xml"]);
  else console.log("plankoll: nothing is sideloaded on this platform; stop the dev server with Ctrl+C.");
} else {
  console.error("usage: node scripts/office-dev.cjs start|stop");
  process.exit(2);
}
