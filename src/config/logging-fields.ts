// The log's keys of breakwater.yaml: `logFormat` (text for people, json for a SIEM) and `syslog`, an
// optional RFC 5424 collector over UDP, TCP or TLS.
import { z } from 'zod';
import { LOG_FORMATS } from '../log.js';
import { filePath, oneOf, section, whole } from './fields.js';

export const logFormat = oneOf(
  LOG_FORMATS,
  'text',
  'How log lines are written: text for people, json (Elastic Common Schema, one object a line) for a SIEM.',
);

const syslogUrl =
  'a URL such as udp://127.0.0.1:514, tcp://logs.example.org:601 or tls://logs.example.org:6514, or null';

export const syslog = section(
  {
    url: z
      .string({ error: syslogUrl })
      .regex(/^(udp|tcp|tls):\/\/([^/:[\]]+|\[[0-9a-fA-F:.]+\]):\d+$/, { error: syslogUrl })
      .nullable()
      .default(null)
      .describe(
        'The collector: udp://, tcp:// (octet-counted frames) or tls:// (RFC 5425), with host and port; null sends none.',
      ),
    facility: whole(0, 23, 16, 'Syslog facility number; 16 is local0.'),
    appName: z
      .string({ error: 'a name of 1 to 48 printable characters' })
      .regex(/^[!-~]{1,48}$/, { error: 'a name of 1 to 48 printable characters' })
      .default('breakwater')
      .describe('APP-NAME of each message.'),
    ca: filePath('/etc/breakwater/syslog-ca.pem', 'For tls://: the collector’s CA certificate (PEM).')
      .nullable()
      .default(null)
      .describe('For tls://: the collector’s CA certificate (PEM); the system’s CAs when null.'),
  },
  'Every log line also sent to a syslog collector (RFC 5424), in the log format.',
);
