// Refusals of what the user typed are shown beside the field they came from, the same way in
// every form; the page's banner is left to errors that belong to no field.

import type { CommandError } from "../bindings";

/** Told when the core refuses the input a field sent. */
export type Refused = (error: CommandError) => void;

/** The core's code for input it will not take as given (blank, too long, out of range…). */
export function refusesInput(error: CommandError): boolean {
  return error.code === "invalid_input";
}

/** Characters as the core counts them: Unicode scalar values, not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

/**
 * One field's problem: the message shown beside it until the next refusal or success, and,
 * for length-limited text, a live character counter from the first refusal of a non-empty value
 * on (the bindings do not carry the core's limits, so the counter cannot appear before that).
 */
export class FieldProblem {
  message = $state<string | null>(null);
  #counting = $state(false);
  readonly id: string;
  readonly #counted: boolean;

  constructor(id: string, options: { counted: boolean }) {
    this.id = id;
    this.#counted = options.counted;
  }

  get messageId(): string {
    return `${this.id}-problem`;
  }

  get countId(): string {
    return `${this.id}-count`;
  }

  get counting(): boolean {
    return this.#counting;
  }

  /** For aria-invalid: present only while there is a problem. */
  get invalid(): true | undefined {
    return this.message === null ? undefined : true;
  }

  /** For aria-describedby: the message and the counter, whichever are shown. */
  get describedBy(): string | undefined {
    const ids = [this.message === null ? null : this.messageId, this.#counting ? this.countId : null].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(" ") : undefined;
  }

  refuse(message: string, value: string): void {
    this.message = message;
    if (this.#counted && value !== "") this.#counting = true;
  }

  clear(): void {
    this.message = null;
  }
}
