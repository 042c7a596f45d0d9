// Sender: a display name wearing a brand (less so on a mailing list), a public authority's name or an
// address that is not the sender's, Reply-To (outside your own organisation) and Return-Path pointing somewhere else — worse when
// Reply-To is a sibling of the sender's own domain (sibling-domains.ts) — and sender domains passing for a
// protected domain or a brand's, built on your own organisation's name (`acmehr.example`,
// `acme.payroll.example`), or wearing a government's or university's ending inside its name (`ssa-gov-online.example`).
import { readFileSync } from 'node:fs';
import { isFreeMail, namedBrands } from '../brands.js';
import {
  addressDomain,
  lookalike,
  lookalikeWords,
  ownNameCousin,
  registrable,
  targetsOf,
} from '../lookalike.js';
import { anyWord } from '../word-patterns.js';
import { ORGANISATION_WORD } from './organisation-names.js';
import { isGovernment } from './owners.js';
import { isSibling } from './sibling-domains.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'sender';
/** Names of departments inside the reader's own organisation, which write from its own domains. */
const INSIDE_ROLE =
  /\b(?:it (?:service|help) ?desk|help ?desk|service ?desk|it support|it department|(?:e-?mail|mail|system|network) admin(?:istrator)?|human resources|hr (?:department|team|services)|payroll)\b/i;

/** The endings of governments, armed forces and universities, worn as a word inside another name. */
const SECTOR_WORD = /(?:^|[.-])(gov|govt|gouv|gob|edu|mil)(?=[.-])/;
/** Universities' own endings (.edu, .ac.uk, .edu.au); governments' are told by isGovernment. */
const UNIVERSITY = /(?:^|\.)(?:edu|ac)(?:\.[a-z]{2})?$/;
/** The endings RFC 2606 reserves for documentation and tests, which stand in for a real one. */
const RESERVED_ENDING = /\.(?:example|test|invalid|localhost)$/;

/** Public authorities' names (data/phishing/authorities.json), which phishing writes under. */
const AUTHORITIES_FILE = new URL('../../../data/phishing/authorities.json', import.meta.url);
const AUTHORITY = anyWord(
  (JSON.parse(readFileSync(AUTHORITIES_FILE, 'utf8')) as { patterns: string[] }).patterns,
);

/** What is added to a name's weight when an organisation's name comes from a free mail account. */
const FREE_MAIL_EXTRA = 15;
/** A free mail address, as the explanations name it. */
const onFreeMail = (address: string) =>
  `${address}, a free mail account (no company or authority sends its notices from one)`;

/** Headers that mailing-list software adds. */
const LIST_HEADER = /^list-(?:id|unsubscribe|owner|post)$/;

export const sender: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const from = message.from;
    if (from === null) return [];
    const signals: Signal[] = [];
    const domain = from.address.split('@')[1] ?? '';
    const org = registrable(domain);
    const free = isFreeMail(org, context.brands);
    // A list's name may carry a brand or a desk it writes about ("Lockergnome Apple Core"): that counts for less.
    const list = message.headers.some((h) => LIST_HEADER.test(h.key));
    const targets = targetsOf(context.protectedDomains, context.brands);

    const named = from.name.toLowerCase();
    const addressInName = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/.exec(named);
    if (addressInName !== null && registrable(addressInName[1]) !== org) {
      signals.push(
        sign(
          NAME,
          'display-name-address',
          30,
          `The sender's name shows the address ${addressInName[0]}, but the message really comes from ${from.address}.`,
          from.name,
        ),
      );
    } else {
      const brand = namedBrands(from.name, context.brands).find(
        (b) => !b.domains.some((d) => registrable(d) === org),
      );
      const colleague = context.protectedDomains.find(
        (d) => named.includes(d.toLowerCase()) && registrable(d) !== org,
      );
      if (brand !== undefined) {
        // A brand's name that is also a word or a first name ("Chase", "Orange") may be a person's own.
        const borrowed = free && !list && !context.brands.commonWords.has(brand.name.toLowerCase());
        signals.push(
          sign(
            NAME,
            'display-name-brand',
            list ? 15 : borrowed ? 25 + FREE_MAIL_EXTRA : 25,
            `The sender calls itself "${from.name}", but writes from ${borrowed ? onFreeMail(from.address) : domain}, which does not belong to ${brand.name}${list ? ' (it came through a mailing list, which may only be named after what it writes about)' : ''}.`,
            `${from.name} <${from.address}>`,
          ),
        );
      } else if (colleague !== undefined) {
        signals.push(
          sign(
            NAME,
            'display-name-colleague',
            25,
            `The sender's name points to ${colleague}, but the message comes from ${domain}, outside it.`,
            `${from.name} <${from.address}>`,
          ),
        );
      } else if (AUTHORITY.test(named) && !isGovernment(domain)) {
        signals.push(
          sign(
            NAME,
            'display-name-authority',
            free ? 25 + FREE_MAIL_EXTRA : 25,
            `The sender calls itself "${from.name}", a public authority, but writes from ${free ? onFreeMail(from.address) : domain}, which is not a government's: tax offices, courts and the police write from their government's own domains.`,
            `${from.name} <${from.address}>`,
          ),
        );
      } else if (
        context.protectedDomains.length > 0 &&
        !context.protectedDomains.some((d) => registrable(d) === org) &&
        INSIDE_ROLE.test(named)
      ) {
        signals.push(
          sign(
            NAME,
            'display-name-role',
            free ? 20 + FREE_MAIL_EXTRA : 20,
            `The sender calls itself "${from.name}", a department of your own organisation, but writes from ${free ? onFreeMail(from.address) : `${domain}, outside it`}.`,
            `${from.name} <${from.address}>`,
          ),
        );
      } else if (free && !list && ORGANISATION_WORD.test(from.name)) {
        signals.push(
          sign(
            NAME,
            'organisation-on-free-mail',
            20,
            `The sender calls itself "${from.name}", an organisation's name, but writes from ${onFreeMail(from.address)}.`,
            `${from.name} <${from.address}>`,
          ),
        );
      }
    }

    const found = lookalike(domain, targets, context.brands);
    const cousin = found === undefined ? ownNameCousin(domain, context.protectedDomains) : undefined;
    if (found !== undefined) {
      signals.push(
        sign(NAME, 'lookalike-sender', 45, `The sender's domain: ${lookalikeWords(domain, found)}`, domain),
      );
    } else if (cousin !== undefined) {
      signals.push(
        sign(
          NAME,
          'own-name-sender',
          40,
          `The sender's domain ${domain} is built on your own organisation's name (${cousin}) but is not yours: such domains are registered to pass for one of your departments.`,
          domain,
        ),
      );
    }

    const sector = SECTOR_WORD.exec(domain.toLowerCase());
    // "ashbury.edu.example" stands for a university's own "ashbury.edu".
    const ending = domain.toLowerCase().replace(RESERVED_ENDING, '');
    if (sector !== null && !isGovernment(ending) && !UNIVERSITY.test(ending)) {
      signals.push(
        sign(
          NAME,
          'sector-word-sender',
          30,
          `The sender's domain ${domain} carries "${sector[1]}" inside its name, as if it were a government's or a university's, but it is not: theirs end in their own endings (.gov, .edu, or their country's), so the name is made to pass for one.`,
          domain,
        ),
      );
    }

    // Replies to someone in your own organisation reach no attacker: a service sending for a colleague
    // (a shared file, an envelope to sign) sets the colleague as Reply-To.
    const own = new Set(context.protectedDomains.map(registrable));
    const replyTo = message.replyTo.find((r) => {
      const domain = addressDomain(r.address);
      return domain !== org && !own.has(domain);
    });
    if (replyTo !== undefined) {
      const free = isFreeMail(addressDomain(replyTo.address), context.brands);
      // A colleague's mail whose replies go to a free mail account is a colleague's name borrowed.
      const colleague = free && own.has(org);
      signals.push(
        sign(
          NAME,
          'reply-to-mismatch',
          colleague ? 35 : free ? 20 : 10,
          `Replies would not go to ${from.address} but to ${replyTo.address}${free ? ', a free mail account' : ''}${colleague ? ': no colleague has their replies sent outside the company' : ''}.`,
          replyTo.address,
        ),
      );
      const replyDomain = replyTo.address.split('@')[1] ?? '';
      if (!free && isSibling(replyDomain, org)) {
        signals.push(
          sign(
            NAME,
            'reply-to-sibling',
            25,
            `Replies would go to ${replyDomain}, a domain made to pass for the sender's own ${org} but not it: whoever registered it reads your answer, the way a supplier's or colleague's mail is taken over to divert payments.`,
            replyTo.address,
          ),
        );
      }
      const replyLookalike = lookalike(replyDomain, targets, context.brands);
      if (replyLookalike !== undefined) {
        signals.push(
          sign(
            NAME,
            'lookalike-reply-to',
            35,
            `The reply address's domain: ${lookalikeWords(replyDomain, replyLookalike)}`,
            replyDomain,
          ),
        );
      }
    }
    if (message.returnPath !== null && addressDomain(message.returnPath) !== org) {
      signals.push(
        sign(
          NAME,
          'return-path-mismatch',
          5,
          `Bounces go to ${message.returnPath}, another domain than the sender's ${domain}.`,
          message.returnPath,
        ),
      );
    }
    return signals;
  },
};
