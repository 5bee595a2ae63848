// Node 20 has no Map.groupBy, which Vitest 5's reporter uses to print failures. Loaded by the
// Vitest configs (the main process), so a failing test is reported instead of crashing the report.
if (typeof (/** @type {any} */ (Map)).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    configurable: true,
    writable: true,
    /**
     * @param {Iterable<unknown>} items
     * @param {(item: unknown, index: number) => unknown} key
     */
    value(items, key) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}
