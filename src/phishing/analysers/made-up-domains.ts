// Made-up domains: names registered for one campaign, words joined by hyphens and closed by a short
// run of letters and digits mixed (`benefits-portal-x7k2`, `secure-docs-96d0`), the way kits make a fresh
// domain per send. Names people choose for a business read as words or as numbers, seldom as both
// scrambled together after a hyphen; a machine's name and number (`dms-www01`) is an
// operator's numbering, not a made-up name.
/** A label's last hyphen-joined part of 3 to 6 characters holding both letters and digits. */
const SCRAMBLED_TAIL = /^[a-z0-9]+(?:-[a-z0-9]+)*-(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{3,6}$/;
/** A machine's name and its number (`www01`, `mx12`, `app20`): how operators number their hosts. */
const NUMBERED_HOST = /-[a-z]+\d{2,}$/;

/** Whether a host's name, below its top-level domain, carries a made-up label. */
export function looksMadeUp(host: string): boolean {
  const labels = host.toLowerCase().split('.');
  return labels.slice(0, -1).some((label) => SCRAMBLED_TAIL.test(label) && !NUMBERED_HOST.test(label));
}
