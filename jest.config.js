/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking is `npm run lint` (tsc --noEmit); tests transpile only, for speed: ts-jest does that
    // because tsconfig.json sets isolatedModules.
    "^.+\\.tsx?$": ["ts-jest", {}],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  setupFiles: ["<rootDir>/tests/support/textCodec.js"],
  // One temporary folder per run (removed after it) and stale lib/ or dist/ rebuilt: see the files.
  globalSetup: "<rootDir>/tests/support/globalSetup.js",
  globalTeardown: "<rootDir>/tests/support/globalTeardown.js",
  testTimeout: 60000,
};
