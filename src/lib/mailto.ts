/**
 * A `mailto:` address with the subject and body already filled in, so a reader reporting a
 * mistake does not have to copy the page's address. Any other kind of address is returned as it
 * is: a web form cannot be prefilled from here.
 */
export function prefilledMailto(address: string, subject: string, body: string): string {
  if (!/^mailto:/i.test(address)) return address;
  const [target = address] = address.split('?');
  return `${target}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
