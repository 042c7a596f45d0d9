// The `phishing:` section of breakwater.yaml: where reports come in (an SMTP listener for the report
// address, an IMAP mailbox), the caps on a reported message, the DNS the authentication checks use, the
// operator's protected domains, when a campaign becomes an incident, and how long reports are kept.
import { z } from 'zod';
import { duration, hostPort, listOf, section, size, whole } from './fields.js';

const emailAddress = 'an email address such as phish@example.org';
const imapUrl = 'an imaps:// or imap:// URL such as imaps://phish:secret@mail.example.org/INBOX';
const domainName = 'a domain name such as example.org';

export const phishingSection = section(
  {
    address: z
      .email({ error: emailAddress })
      .nullable()
      .default(null)
      .describe('The report address; the SMTP listener refuses mail to any other. Required with smtp.'),
    smtp: hostPort('127.0.0.1:2525', 'Address of the SMTP listener for reports.')
      .nullable()
      .default(null)
      .describe('Address of the SMTP listener for reports (HOST:PORT); null runs none.'),
    imap: z
      .url({ protocol: /^imaps?$/, hostname: /./, error: imapUrl })
      .nullable()
      .default(null)
      .describe('A reporting mailbox pulled over IMAP; null pulls none.'),
    imapInterval: duration(1_000, 3_600_000, '1m', 'Time between two pulls of the mailbox.'),
    maxMessageSize: size(64 * 1024, 100 * 1024 ** 2, '25mb', 'Largest report accepted.'),
    maxParts: whole(10, 10_000, 500, 'MIME parts of a message read; the rest is left out and said so.'),
    senderRate: whole(1, 10_000, 30, 'Reports one sender may make over SMTP in an hour.'),
    dns: listOf(
      hostPort('127.0.0.1:53', 'A DNS server.'),
      'a list of HOST:PORT',
      "DNS servers for SPF, DKIM and DMARC; empty uses the system's.",
    ),
    dnsTimeout: duration(100, 30_000, '3s', 'One DNS query that takes longer fails.'),
    trustedAuthservIds: listOf(
      z.string({ error: 'a name' }).min(1, { error: 'a name' }),
      'a list of names',
      'authserv-ids of your own MTAs, whose Authentication-Results are believed.',
    ),
    protectedDomains: listOf(
      z
        .string({ error: domainName })
        .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i, { error: domainName })
        .transform((d) => d.toLowerCase()),
      'a list of domain names',
      'Your own domains: their lookalikes are phishing.',
    ),
    incidentAfter: whole(1, 1_000, 3, 'Reports of one campaign that open an incident.'),
    retention: duration(86_400_000, 3650 * 86_400_000, '30d', 'How long reports are kept.'),
  },
  'The phishing desk: reports, analysis, campaigns and feedback.',
).superRefine((phishing, ctx) => {
  if (phishing.smtp !== null && phishing.address === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['address'],
      message: `${emailAddress} (required with phishing.smtp)`,
    });
  }
});
