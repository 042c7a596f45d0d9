// What is wrong, in one phrase a person can act on, with an address or CIDR block written in the config
// (`trustedProxies`); parsing itself is the responder's (responder/ip.ts), so both read addresses alike.

import { parseAddress, parseCidr } from '../net/ip.js';

export const ADDRESS_OR_BLOCK =
  'an IP address or CIDR block such as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32';

/** Undefined for an address ('203.0.113.7') or a block that starts at its network address ('10.0.0.0/8'). */
export function blockProblem(text: string): string | undefined {
  const [addressText, lengthText, extra] = text.trim().split('/');
  const address = extra === undefined ? parseAddress(addressText) : null;
  if (address === null) return ADDRESS_OR_BLOCK;
  if (lengthText === undefined) return undefined;
  const bits = addressText.includes(':') ? 128 : 32;
  if (!/^(0|[1-9]\d{0,2})$/.test(lengthText) || Number(lengthText) > bits) {
    return `a CIDR block whose prefix length is from 0 to ${bits}`;
  }
  const block = parseCidr(`${addressText}/${lengthText}`)!;
  const startsAtNetwork =
    block.family === 4
      ? block.bits === address.bits
      : block.bits.every((word, i) => word === (address.bits as Uint32Array)[i]);
  return startsAtNetwork
    ? undefined
    : `a CIDR block that starts at its network address, such as ${block.text}`;
}
