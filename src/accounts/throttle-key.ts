// The address a sign-in failure is counted against: an IPv4 client by its address, an IPv6 client by its
// /64, since one host is routinely given a whole /64 and could otherwise try from a fresh address each time.
import { formatIPv4, formatIPv6, maskIPv6, parseAddress } from '../net/ip.js';

export const IPV6_THROTTLE_PREFIX = 64;

export function throttleKey(ip: string): string {
  const address = parseAddress(ip);
  if (address === null) return ip;
  if (address.family === 4) return formatIPv4(address.bits);
  return `${formatIPv6(maskIPv6(address.bits, IPV6_THROTTLE_PREFIX))}/${IPV6_THROTTLE_PREFIX}`;
}
