// ESLint: typescript-eslint for .ts, eslint-plugin-svelte for components. Titles are text, never
// HTML: {@html} and the DOM's HTML-string setters are forbidden everywhere.
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";

const noHtmlStrings = {
  "svelte/no-at-html-tags": "error",
  "no-restricted-properties": [
    "error",
    { property: "innerHTML", message: "Set text, never HTML (textContent or Svelte text)." },
    { property: "outerHTML", message: "Set text, never HTML." },
    { property: "insertAdjacentHTML", message: "Set text, never HTML." },
    { object: "document", property: "write", message: "Set text, never HTML." },
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "MemberExpression[property.name='innerHTML']", message: "Set text, never HTML." },
    { selector: "CallExpression[callee.name='eval']", message: "No eval." },
  ],
};

export default ts.config(
  { ignores: ["dist/", "dist-mock/", "dist-live/", "node_modules/", "src/bindings.ts", "test-results/"] },
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: [".svelte"] } },
  },
  {
    rules: {
      ...noHtmlStrings,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "smart"],
    },
  },
);
