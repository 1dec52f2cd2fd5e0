/** Builds DOM nodes from text: data reaches the page only as text nodes, never as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Elemen #${id} tidak ada di panel.`);
  return node as T;
}

/** The server's message without the runtime's "Error: " / "Exception: " prefix. */
export function pesanGalat(error: unknown): string {
  const teks = error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error);
  return teks.replace(/^(Error|Exception|ScriptError):\s*/, '') || 'Terjadi kesalahan yang tidak diketahui.';
}
