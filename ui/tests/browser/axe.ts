// axe-core in the page, for the browser tests: the WCAG 2.2 AA rules, and the findings a user
// would meet (serious or critical) in words a reader of a failed test can act on.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type * as Axe from "axe-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let axeSource: Promise<string> | undefined;

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface Finding {
  rule: string;
  impact: string;
  /** One entry per offending element: its selector, then what axe measured there. */
  elements: string[];
}

/** An exception a test accepts for now, with the reason it is not fixed here. */
export interface Allowed {
  rule: string;
  /** Matched against the element's selector. */
  selector: RegExp;
  reason: string;
}

/**
 * Runs axe on the whole document as it is drawn now and returns its serious and critical
 * violations, by rule. The source is evaluated in the page: a script tag, inline or served,
 * would be refused by the app's content security policy.
 */
export async function seriousFindings(page: Page, allowed: Allowed[] = []): Promise<Finding[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    axeSource ??= readFile(AXE_PATH, "utf8");
    await page.evaluate(await axeSource);
  }
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof Axe & { _audit: { checks: Record<string, { options: object }> } } }).axe;
    // The page's only pseudo-elements are decorations beside text, never under it (a card's
    // colour stripe, axis ticks); axe cannot tell, and would leave the cards' text unchecked.
    // Options given to configure replace the check's defaults, so they are carried over.
    const contrast = axe._audit.checks["color-contrast"];
    if (!contrast) throw new Error("axe has no color-contrast check");
    axe.configure({ checks: [{ id: "color-contrast", options: { ...contrast.options, ignorePseudo: true } }] });
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      rules: { "target-size": { enabled: true } },
      resultTypes: ["violations"],
    });
    return result.violations.map((violation) => ({
      rule: violation.id,
      nodes: violation.nodes.map((node) => ({
        impact: node.impact ?? violation.impact ?? "unknown",
        target: node.target.join(" "),
        measured: [...node.any, ...node.all, ...node.none].map((check) => check.message).join("; "),
      })),
    }));
  }, WCAG_TAGS);
  const findings: Finding[] = [];
  for (const violation of violations) {
    for (const impact of ["critical", "serious"]) {
      const nodes = violation.nodes
        .filter((node) => node.impact === impact)
        .filter((node) => !allowed.some((allow) => allow.rule === violation.rule && allow.selector.test(node.target)));
      if (nodes.length > 0) findings.push({ rule: violation.rule, impact, elements: nodes.map((node) => `${node.target} — ${node.measured}`) });
    }
  }
  return findings;
}

/** The findings as a failure message: one paragraph per rule, one line per element. */
export function describeFindings(findings: Finding[]): string {
  return findings
    .map(({ rule, impact, elements }) => `${rule} (${impact}), ${elements.length} element(s):\n${elements.map((line) => `  ${line}`).join("\n")}`)
    .join("\n");
}
