/**
 * The signed-in Gmail address from the window title: "Inbox (3) - ana@studio.example - Gmail".
 * A subject can hold addresses too ("Re: access request from bob@client.example - ana@… -
 * Gmail"), so the address is the last " - "-separated part that is one, not the first match.
 */
const ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

export function accountEmail(doc: Document): string | null {
  const parts = doc.title.split(/\s+[-–—]\s+/).map((p) => p.trim());
  for (let i = parts.length - 1; i >= 0; i--) {
    if (ADDRESS.test(parts[i] ?? '')) return parts[i]!.toLowerCase();
  }
  return null;
}
