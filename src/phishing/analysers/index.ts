// The analysers of the phishing desk, one module each, registered in this one list. An analyser reads a
// reported message and its context (signal.ts) and returns signals, each with a weight and an
// explanation in plain words that names what in the message gives it away; verdict.ts adds them up.
import { attachedMessages } from './attached-messages.js';
import { attachments } from './attachments.js';
import { authentication } from './authentication.js';
import { brandHosts } from './brand-hosts.js';
import { callbacks } from './callbacks.js';
import { classicScams } from './classic-scams.js';
import { deliveryFees } from './delivery-fees.js';
import { departments } from './departments.js';
import { documents } from './documents.js';
import { donations } from './donations.js';
import { drawnCodes } from './drawn-codes.js';
import { extortion } from './extortion.js';
import { fakeChecks } from './fake-checks.js';
import { firstContact } from './first-contact.js';
import { forms } from './forms.js';
import { intel } from './intel.js';
import { invitations } from './invitations.js';
import { jobOffers } from './job-offers.js';
import { links } from './links.js';
import { lures } from './lures.js';
import { missedDeliveries } from './missed-deliveries.js';
import { nameCompounds } from './name-compounds.js';
import { notices } from './notices.js';
import { onwardLinks } from './onward-links.js';
import { ownPortals } from './own-portals.js';
import { penalties } from './penalties.js';
import { protectedArchives } from './protected-archives.js';
import { qrCodes } from './qr-codes.js';
import { replyChains } from './reply-chains.js';
import { requests } from './requests.js';
import { secretPayments } from './secret-payments.js';
import { selfRun } from './self-run.js';
import { sender } from './sender.js';
import { signInAsks } from './sign-in-asks.js';
import { signInCodes } from './sign-in-codes.js';
import type { Analyser } from './signal.js';
import { spam } from './spam.js';
import { techSupport } from './tech-support.js';
import { threadTwins } from './thread-twins.js';
import { walletPayments } from './wallet-payments.js';
import { wallets } from './wallets.js';
import { windfalls } from './windfalls.js';
import { wording } from './wording.js';
import { wrongPerson } from './wrong-person.js';

export type { Analyser, AnalysisContext, IntelHit, Resolver, Signal } from './signal.js';

export const ANALYSERS: readonly Analyser[] = [
  authentication,
  sender,
  links,
  brandHosts,
  lures,
  ownPortals,
  notices,
  forms,
  signInAsks,
  signInCodes,
  departments,
  invitations,
  qrCodes,
  drawnCodes,
  attachments,
  attachedMessages,
  selfRun,
  protectedArchives,
  documents,
  onwardLinks,
  requests,
  secretPayments,
  replyChains,
  threadTwins,
  firstContact,
  nameCompounds,
  callbacks,
  techSupport,
  deliveryFees,
  missedDeliveries,
  penalties,
  jobOffers,
  fakeChecks,
  windfalls,
  classicScams,
  wording,
  wrongPerson,
  wallets,
  walletPayments,
  extortion,
  donations,
  intel,
  spam,
];
