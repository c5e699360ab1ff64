/** Escapes text for HTML content and quoted attributes. Hand-written: five replacements do not need a dependency. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
