/**
 * The candidate list of step 16's `backward`. The book keeps a list and re-sorts it on
 * every insert, noting that a priority queue would serve better; this is that queue.
 * @module
 */

/**
 * A binary max-heap: `pop()` returns the item with the highest priority. Push and pop take
 * O(log n), so backward over n functions takes O(n log n), not the O(n²) of re-sorting
 * the list on every insert (each sort visits every item, even of a list almost sorted).
 */
export class PriorityQueue<T> {
  readonly #items: T[] = [];
  readonly #priority: (item: T) => number;

  constructor(priority: (item: T) => number) {
    this.#priority = priority;
  }

  get size(): number {
    return this.#items.length;
  }

  push(item: T): void {
    const items = this.#items;
    items.push(item);
    // Sift up: swap with the parent while the parent ranks lower.
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#rank(parent) >= this.#rank(i)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the highest-priority item, or `undefined` when empty. */
  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    // Sift down: swap with the higher-ranked child while it outranks the item.
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let highest = i;
      if (left < items.length && this.#rank(left) > this.#rank(highest)) highest = left;
      if (right < items.length && this.#rank(right) > this.#rank(highest)) highest = right;
      if (highest === i) return top;
      this.#swap(i, highest);
      i = highest;
    }
  }

  #rank(index: number): number {
    return this.#priority(this.#items[index]);
  }

  #swap(a: number, b: number): void {
    const items = this.#items;
    [items[a], items[b]] = [items[b], items[a]];
  }
}
