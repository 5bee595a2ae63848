// Refusals of what the user typed are shown beside the field they came from, the same way in
// every form; the page's banner is left to errors that belong to no field. Length-limited fields
// count their characters against the core's own limits as the text nears them.

import { commands, type CommandError, type TextLimits } from "../bindings";

/** Told when the core refuses the input a field sent. */
export type Refused = (error: CommandError) => void;

/** The core's code for input it will not take as given (blank, too long, out of range…). */
export function refusesInput(error: CommandError): boolean {
  return error.code === "invalid_input";
}

/** The field a refusal is about, in the core's words ("title", "owner", "canvas title"…). */
export function refusedField(error: CommandError): string | null {
  return refusesInput(error) ? (error.field ?? null) : null;
}

/** Characters as the core counts them: Unicode scalar values, not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** From this share of its limit on, a field shows how long its text is. */
const COUNT_FROM = 0.8;

/** Whether a text of `count` characters is near (or past) `max`. */
export function nearLimit(count: number, max: number): boolean {
  return count >= Math.floor(max * COUNT_FROM);
}

// The core's limits, asked for once: they never change while the app runs.
const limits = $state<{ value: TextLimits | null }>({ value: null });
let asked = false;

function textLimits(): TextLimits | null {
  if (!asked) {
    asked = true;
    void commands.textLimits().then((value) => (limits.value = value));
  }
  return limits.value;
}

/**
 * One field's problem: the message shown beside it until the next refusal or success, and, for
 * length-limited text, a character counter against the core's limit once the text nears it (or
 * once a non-empty value was refused, whatever its length).
 */
export class FieldProblem {
  message = $state<string | null>(null);
  #refusedText = $state(false);
  readonly id: string;
  readonly #limit: keyof TextLimits | null;
  readonly #value: () => string;

  constructor(id: string, options: { limit: keyof TextLimits | null; value: () => string }) {
    this.id = id;
    this.#limit = options.limit;
    this.#value = options.value;
  }

  get messageId(): string {
    return `${this.id}-problem`;
  }

  get countId(): string {
    return `${this.id}-count`;
  }

  /** The core's limit for this field, once known. */
  get max(): number | null {
    if (this.#limit === null) return null;
    return textLimits()?.[this.#limit] ?? null;
  }

  get counting(): boolean {
    if (this.#limit === null) return false;
    const max = this.max;
    return this.#refusedText || (max !== null && nearLimit(characterCount(this.#value()), max));
  }

  /** For aria-invalid: present only while there is a problem. */
  get invalid(): true | undefined {
    return this.message === null ? undefined : true;
  }

  /** For aria-describedby: the message and the counter, whichever are shown. */
  get describedBy(): string | undefined {
    const ids = [this.message === null ? null : this.messageId, this.counting ? this.countId : null].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(" ") : undefined;
  }

  refuse(message: string): void {
    this.message = message;
    if (this.#value() !== "") this.#refusedText = true;
  }

  clear(): void {
    this.message = null;
  }
}
