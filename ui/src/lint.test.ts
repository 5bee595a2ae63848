// The lint rules that keep titles as text: they must fail on HTML strings.
import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "");
}

describe("no HTML strings", () => {
  test("{@html} in a component is an error", async () => {
    const code = `<script lang="ts">\n  let { title }: { title: string } = $props();\n</script>\n\n<p>{@html title}</p>\n`;
    expect(await ruleIds(code, "src/components/Bad.svelte")).toContain("svelte/no-at-html-tags");
  });

  test("innerHTML in TypeScript is an error", async () => {
    const code = `export function show(el: HTMLElement, title: string): void {\n  el.innerHTML = title;\n}\n`;
    expect(await ruleIds(code, "src/lib/bad.ts")).toContain("no-restricted-properties");
  });

  test("text is fine", async () => {
    const code = `export function show(el: HTMLElement, title: string): void {\n  el.textContent = title;\n}\n`;
    expect(await ruleIds(code, "src/lib/good.ts")).toEqual([]);
  });
});
