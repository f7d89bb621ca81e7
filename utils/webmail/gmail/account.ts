/** The signed-in Gmail address, from the window title ("Inbox (3) - ana@studio.example - Gmail"). */
export function accountEmail(doc: Document): string | null {
  const m = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(doc.title);
  return m ? m[0].toLowerCase() : null;
}
