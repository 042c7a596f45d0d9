// Mozilla's "intermediate" TLS configuration (https://wiki.mozilla.org/Security/Server_Side_TLS, v5.7):
// TLS 1.2 and 1.3 only, and for TLS 1.2 only AEAD ciphers with forward secrecy. TLS 1.3 suites are
// OpenSSL's defaults, all of which the profile allows.

export const INTERMEDIATE_MIN_VERSION = 'TLSv1.2' as const;

export const INTERMEDIATE_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'DHE-RSA-AES128-GCM-SHA256',
  'DHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-CHACHA20-POLY1305',
].join(':');

/** TLS 1.2 ciphers the profile leaves out that servers commonly still accept: CBC and static RSA. */
export const OUTSIDE_INTERMEDIATE = [
  'ECDHE-RSA-AES128-SHA256',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-RSA-AES256-SHA384',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES128-SHA',
  'ECDHE-ECDSA-AES128-SHA',
  'AES128-GCM-SHA256',
  'AES256-GCM-SHA384',
  'AES128-SHA256',
  'AES128-SHA',
].join(':');
