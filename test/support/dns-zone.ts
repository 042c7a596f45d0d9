// A DNS server on loopback (dns2, UDP) answering TXT and A queries from records a test makes: SPF,
// DKIM keys and DMARC policies for the authentication checks. Unknown names get an empty answer.
import type { AddressInfo } from 'node:net';
import dns2 from 'dns2';

export interface DnsZone {
  host: string;
  port: number;
  /** Queries answered, as `TYPE name`. */
  queries: string[];
  close(): Promise<void>;
}

/** `records` maps `TXT name` or `A name` to its values. */
export async function startDnsZone(records: Record<string, string[]>): Promise<DnsZone> {
  const queries: string[] = [];
  const { Packet } = dns2;
  const server = dns2.createServer({
    udp: true,
    handle(request, send) {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      const type =
        Object.entries(Packet.TYPE).find(([, code]) => code === question.type)?.[0] ?? String(question.type);
      queries.push(`${type} ${question.name}`);
      for (const value of records[`${type} ${question.name.toLowerCase()}`] ?? []) {
        const answer = { name: question.name, type: question.type, class: Packet.CLASS.IN, ttl: 60 };
        // A TXT value longer than 255 characters goes out as several character strings.
        const data = type === 'TXT' ? { data: value.match(/.{1,250}/g) ?? [''] } : { address: value };
        response.answers.push({ ...answer, ...data } as unknown as (typeof response.answers)[number]);
      }
      send(response);
    },
  });
  const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  const { port } = addresses.udp as AddressInfo;
  return { host: '127.0.0.1', port, queries, close: () => server.close() };
}
