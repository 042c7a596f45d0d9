// The seventeenth unseen set's legitimate mail: what Halyard Systems' engineers and SREs really receive - the
// code host's, registry's, CI's, cloud's, DNS provider's and monitoring notifications (many links, tokens
// shown as prefixes, sign-in and security alerts the user did trigger), OAuth authorisations they made,
// on-call pages, vendor invoices, real recruiters, open-source mailing lists and issue threads with code
// and logs, conference CFP and travel mail, IT's own notices and colleagues writing from free mail; the
// other languages are in unseen-17-local.ts. Written blind, like unseen-17.ts.
import type { SeededRandom } from './generate.js';
import { LOCAL_HAM, MORE_HAM } from './unseen-17-local.js';
import {
  type Built,
  buildSet,
  COMPANY,
  DOMAIN,
  FREEMAIL,
  mailbox,
  ORG_SLUG,
  passes,
  type Scene,
  type Template,
} from './unseen-17-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

const GH = (s: Scene) => ({
  from: mailbox('GitHub', 'noreply@github.com'),
  auth: passes('github.com', s.pick(['github.com', 'bounces.github.com'])),
  brand: 'GitHub',
});

function ghThread(s: Scene, repo: string, number: number, kind: 'issues' | 'pull', reason: string) {
  const thread = `<${ORG_SLUG}/${repo}/${kind}/${number}@github.com>`;
  return [
    `List-ID: ${ORG_SLUG}/${repo} <${repo}.${ORG_SLUG}.github.com>`,
    `List-Archive: https://github.com/${ORG_SLUG}/${repo}`,
    `List-Unsubscribe: <mailto:unsub+${s.hex(20)}@reply.github.com>`,
    `In-Reply-To: ${thread}`,
    `References: ${thread}`,
    `X-GitHub-Reason: ${reason}`,
  ];
}

const HAM: Template[] = [
  {
    name: 'github-device-verification',
    kind: 'ham',
    write: (s) => {
      const code = String(s.int(10000000, 99999999));
      return {
        ...GH(s),
        subject: s.pick(['[GitHub] Please verify your device', '[GitHub] Sudo email verification code']),
        blocks: [
          `Hey ${s.handle(s.victim)}!`,
          s.pick([
            `A sign-in attempt requires further verification because we did not recognize your device. To complete the sign-in, enter the verification code on the unrecognized device.`,
            'Here is your GitHub sudo authentication code. It is required to perform sensitive actions, such as creating a token.',
          ]),
          {
            rows: [
              ['Device', s.pick(['Chrome on macOS', 'Firefox on Ubuntu', 'GitHub CLI'])],
              ['Verification code', code],
            ],
          },
          'If you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.',
          'Thanks,\nThe GitHub Team',
        ],
      };
    },
  },
  {
    name: 'github-new-signin',
    kind: 'ham',
    write: (s) => ({
      ...GH(s),
      subject: '[GitHub] A new sign-in to your account',
      blocks: [
        `Hey ${s.handle(s.victim)}!`,
        'A new sign-in to your GitHub account was detected.',
        {
          rows: [
            ['Device', s.pick(['Firefox on macOS', 'Chrome on Ubuntu', 'Safari on iOS'])],
            ['Location', s.pick(['Berlin, Germany', 'Lisbon, Portugal', 'Tokyo, Japan', 'Warsaw, Poland'])],
            ['Time', s.when()],
          ],
        },
        'If this was you, you can ignore this message. If you do not recognize this sign-in, review your sessions and change your password.',
        { link: 'https://github.com/settings/sessions', href: 'https://github.com/settings/sessions' },
        'Thanks,\nThe GitHub Team',
      ],
    }),
  },
  {
    name: 'github-pat-expiring',
    kind: 'ham',
    write: (s) => {
      const name = s.pick(['release-bot', 'terraform-ci', 'homebrew-tap', 'local-dev']);
      return {
        ...GH(s),
        subject: `[GitHub] Your personal access token (classic) "${name}" is about to expire`,
        blocks: [
          `Hi @${s.handle(s.victim)},`,
          `We noticed your personal access token (classic) "${name}" with ${s.pick(['repo', 'repo, workflow', 'read:packages'])} scopes will expire in ${s.pick(['7 days', '3 days', '1 day'])}.`,
          `If this token is still needed, visit https://github.com/settings/tokens/${s.int(100000000, 999999999)}/regenerate to generate an equivalent.`,
          'If you run into problems, please contact support by visiting https://github.com/contact',
          'Thanks,\nThe GitHub Team',
        ],
      };
    },
  },
  {
    name: 'github-dependabot-alert',
    kind: 'ham',
    write: (s) => {
      const repo = s.repo();
      const pkg = s.pick(['axios', 'golang.org/x/net', 'jsonwebtoken', 'undici', 'cross-spawn']);
      return {
        ...GH(s),
        headers: ghThread(s, repo, s.int(10, 900), 'issues', 'security_alert'),
        subject: `[${ORG_SLUG}/${repo}] ${s.pick(['High', 'Moderate', 'Critical'])} severity Dependabot alert for ${pkg}`,
        blocks: [
          `Dependabot found a vulnerability in a dependency of ${ORG_SLUG}/${repo}.`,
          {
            rows: [
              ['Package', pkg],
              ['Affected versions', `< ${s.int(1, 4)}.${s.int(0, 20)}.${s.int(0, 9)}`],
              ['Advisory', `GHSA-${s.token(4)}-${s.token(4)}-${s.token(4)}`],
            ],
          },
          {
            button: 'Review alert',
            href: `https://github.com/${ORG_SLUG}/${repo}/security/dependabot/${s.int(1, 300)}`,
          },
          `You are receiving this because you have the role of admin on ${ORG_SLUG}/${repo}. Manage your notification settings: https://github.com/settings/notifications`,
        ],
      };
    },
  },
  {
    name: 'github-review-request',
    kind: 'ham',
    write: (s) => {
      const repo = s.repo();
      const n = s.int(100, 4000);
      return {
        from: mailbox(s.handle(s.mate), 'notifications@github.com'),
        auth: passes('github.com'),
        headers: ghThread(s, repo, n, 'pull', 'review_requested'),
        replyTo: `${ORG_SLUG}/${repo} <reply+${s.hex(40).toUpperCase()}@reply.github.com>`,
        subject: `[${ORG_SLUG}/${repo}] ${s.pick(['Retry flag evaluation on stale cache', 'Bump go to 1.24', 'Add OpenTelemetry spans to webhook delivery', 'Fix race in edge config reload'])} (PR #${n})`,
        blocks: [
          `@${s.handle(s.mate)} requested your review on: ${ORG_SLUG}/${repo}#${n}.`,
          {
            code: `diff --git a/internal/cache/ttl.go b/internal/cache/ttl.go\n@@ -42,7 +42,9 @@ func (c *Cache) Get(key string) (Value, bool) {\n-\tif time.Since(e.at) > c.ttl {\n+\tif c.clock.Since(e.at) > c.ttl {\n+\t\tc.metrics.stale.Inc()\n \t\treturn Value{}, false`,
          },
          '—\nReply to this email directly, view it on GitHub:',
          {
            link: `https://github.com/${ORG_SLUG}/${repo}/pull/${n}`,
            href: `https://github.com/${ORG_SLUG}/${repo}/pull/${n}`,
          },
          'You are receiving this because your review was requested.',
        ],
        form: s.pick(['text', 'both'] as const),
      };
    },
  },
  {
    name: 'github-issue-thread-logs',
    kind: 'ham',
    write: (s) => {
      const repo = s.pick(['halyard-sdk-js', 'halyard-sdk-go', 'flagd-edge']);
      const n = s.int(200, 2400);
      const user = s.pick(['kbrandt', 'mfernandez-dev', 'yoshi-t', 'anikait', 'porcupine42']);
      return {
        from: mailbox(user, 'notifications@github.com'),
        auth: passes('github.com'),
        headers: ghThread(s, repo, n, 'issues', s.pick(['author', 'mention', 'subscribed'])),
        replyTo: `${ORG_SLUG}/${repo} <reply+${s.hex(40).toUpperCase()}@reply.github.com>`,
        subject: `Re: [${ORG_SLUG}/${repo}] ${s.pick(['Client hangs after network change', 'Evaluation returns default after upgrade to 3.x', 'Memory grows with streaming updates'])} (Issue #${n})`,
        blocks: [
          s.pick([
            'Still seeing it on the latest release. Full log below:',
            'Here is a minimal repro and the logs you asked for.',
          ]),
          {
            code: `[halyard] ${s.when()} DEBUG stream: reconnecting (attempt 7)\n[halyard] DEBUG stream: GET https://edge.halyard.example/v1/stream 503\n[halyard] WARN evaluator: flag "checkout-v2" served default (reason=STALE)`,
          },
          {
            quote: `@${s.handle(s.victim)} wrote:\nCould you share debug logs with HALYARD_LOG=debug? Also which runtime version?`,
          },
          `Node ${s.pick(['20.11', '22.3', '18.19'])}, SDK ${s.int(3, 4)}.${s.int(0, 9)}.${s.int(0, 9)}.`,
          '—\nReply to this email directly, view it on GitHub:',
          {
            link: `https://github.com/${ORG_SLUG}/${repo}/issues/${n}#issuecomment-${s.int(1000000000, 2999999999)}`,
            href: `https://github.com/${ORG_SLUG}/${repo}/issues/${n}`,
          },
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'github-oauth-authorized',
    kind: 'ham',
    write: (s) => {
      const app = s.pick(['Linear', 'Vercel', 'Netlify', 'Codecov', 'JetBrains IDE Integration']);
      return {
        ...GH(s),
        subject: `[GitHub] A third-party OAuth application has been added to your account`,
        blocks: [
          `Hey ${s.handle(s.victim)}!`,
          `A third-party OAuth application (${app}) with ${s.pick(['read:user and user:email', 'repo', 'read:org'])} scopes was recently authorized to access your account.`,
          'Visit https://github.com/settings/connections/applications for more information.',
          'To see this and other security events for your account, visit https://github.com/settings/security-log',
          'If you run into problems, please contact support by visiting https://github.com/contact',
          'Thanks,\nThe GitHub Team',
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'github-actions-failed',
    kind: 'ham',
    write: (s) => {
      const repo = s.repo();
      const run = s.int(8000000000, 9999999999);
      return {
        from: mailbox(s.handle(s.victim), 'notifications@github.com'),
        auth: passes('github.com'),
        headers: ghThread(s, repo, s.int(1, 999), 'pull', 'ci_activity'),
        subject: `[${ORG_SLUG}/${repo}] Run failed: ${s.pick(['CI', 'release', 'e2e'])} - main (${s.hex(7)})`,
        blocks: [
          `Run failed for main (${s.hex(7)})`,
          {
            code: `test (ubuntu-latest, 20.x)\nFAIL src/evaluator.test.ts > rollout > honours percentage\n  AssertionError: expected 0.49 to be close to 0.5\nProcess completed with exit code 1.`,
          },
          { button: 'View workflow run', href: `https://github.com/${ORG_SLUG}/${repo}/actions/runs/${run}` },
          'You are receiving this because this workflow ran on your branch.',
        ],
      };
    },
  },
  {
    name: 'gitlab-pipeline',
    kind: 'ham',
    write: (s) => {
      const project = s.pick(['infra/terraform-modules', 'sre/runbooks', 'platform/edge-images']);
      const id = s.int(1000000, 1999999);
      return {
        from: mailbox('GitLab', 'gitlab@mg.gitlab.com'),
        auth: passes('gitlab.com', 'mg.gitlab.com', 'mg.gitlab.com'),
        brand: 'GitLab',
        headers: [
          `X-GitLab-Project: ${project}`,
          `X-GitLab-Pipeline-Id: ${id}`,
          `List-Id: ${project} <${project.replace('/', '-')}.gitlab.com>`,
        ],
        subject: `${s.pick(['Failed', 'Fixed', 'Successful'])} pipeline for main | ${project} | ${s.hex(8)}`,
        blocks: [
          `Pipeline #${id} ${s.pick(['has failed', 'has been fixed', 'passed'])}!`,
          {
            rows: [
              ['Project', project],
              ['Branch', 'main'],
              [
                'Commit',
                `${s.hex(8)} - ${s.pick(['Pin provider to 5.82', 'Add eu-central-2 subnets', 'Rotate runner image'])}`,
              ],
              ['Commit Author', s.full(s.mate)],
            ],
          },
          { button: 'View pipeline', href: `https://gitlab.com/${ORG_SLUG}/${project}/-/pipelines/${id}` },
        ],
      };
    },
  },
  {
    name: 'npm-publish',
    kind: 'ham',
    write: (s) => {
      const pkg = s.pick(['@halyard/sdk', '@halyard/react', '@halyard/cli', '@halyard/openfeature-provider']);
      const v = `${s.int(2, 5)}.${s.int(0, 20)}.${s.int(0, 9)}`;
      return {
        from: mailbox('npm', 'support@npmjs.com'),
        auth: passes('npmjs.com'),
        subject: `Successfully published ${pkg}@${v}`,
        blocks: [
          `Hi ${s.handle(s.victim)}!`,
          `A new version of the package ${pkg} (${v}) was published at ${s.when()} by ${s.pick(['GitHub Actions (trusted publishing)', s.handle(s.victim)])}. The shasum of this package was ${s.hex(40)}.`,
          `If you have questions or security concerns, you can reply to this message or contact us at https://www.npmjs.com/support.`,
          'Thanks,\nThe npm team',
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'npm-token-created',
    kind: 'ham',
    write: (s) => ({
      from: mailbox('npm', 'support@npmjs.com'),
      auth: passes('npmjs.com'),
      subject: 'A new granular access token has been added to your account',
      blocks: [
        `Hi ${s.handle(s.victim)}!`,
        `A new granular access token (npm_${s.token(4)}...) named "${s.pick(['ci-release', 'renovate', 'publish-2027'])}" was created on your account, with read and write access to ${s.pick(['@halyard', 'all packages'])}, expiring in ${s.pick(['30', '90', '365'])} days.`,
        'If you did not create this token, delete it at https://www.npmjs.com/settings/tokens and reset your password.',
        'Thanks,\nThe npm team',
      ],
      form: 'text',
    }),
  },
  {
    name: 'pypi-trusted-publisher',
    kind: 'ham',
    write: (s) => {
      const project = s.pick(['halyard', 'halyard-client', 'halyard-cli']);
      return {
        from: mailbox('PyPI', 'noreply@pypi.org'),
        auth: passes('pypi.org'),
        subject: `[PyPI] Trusted publisher added to ${project}`,
        blocks: [
          `Hi ${s.handle(s.victim)},`,
          `A trusted publisher has been added to ${project}: GitHub repository ${ORG_SLUG}/halyard-py, workflow release.yml, environment pypi.`,
          'If you did not make this change, contact admin@pypi.org.',
          {
            link: `https://pypi.org/manage/project/${project}/settings/publishing/`,
            href: `https://pypi.org/manage/project/${project}/settings/publishing/`,
          },
        ],
      };
    },
  },
  {
    name: 'docker-pat-created',
    kind: 'ham',
    write: (s) => {
      const name = s.pick(['buildkite', 'laptop', 'renovate', 'ci-push', 'k8s-pull']);
      const [subject, line] = s.pick([
        [
          'New personal access token created',
          `A new personal access token "${name}" (dckr_pat_${s.token(5)}…) with ${s.pick(['Read-only', 'Read & Write', 'Read, Write & Delete'])} access was created on ${s.when()}.`,
        ],
        [
          'Personal access token expiring soon',
          `Your personal access token "${name}" (dckr_pat_${s.token(5)}…) expires in ${s.pick(['7', '3', '14'])} days. Pipelines that use it will fail to push after it expires.`,
        ],
        [
          'Your Docker subscription has renewed',
          `The Docker ${s.pick(['Team', 'Business'])} subscription for ${ORG_SLUG} renewed for ${s.int(20, 80)} seats.`,
        ],
      ] as const);
      return {
        from: mailbox('Docker', 'noreply@notify.docker.com'),
        auth: passes('docker.com', 'notify.docker.com', 'notify.docker.com'),
        brand: 'docker',
        subject,
        blocks: [
          s.pick([`Hi ${s.handle(s.victim)},`, `Hello ${s.victim.first},`]),
          line,
          s.pick([
            'If this was you, no action is needed.',
            'You can manage tokens and subscriptions in Docker Home.',
          ]),
          { link: 'Manage access tokens', href: 'https://app.docker.com/settings/personal-access-tokens' },
        ],
      };
    },
  },
  {
    name: 'aws-billing-statement',
    kind: 'ham',
    write: (s) => {
      const account = `${s.int(100000000000, 999999999999)}`;
      const month = s.pick(['November', 'October', 'September']);
      const amount = `USD ${s.money(8000, 62000)}`;
      return {
        from: mailbox('Amazon Web Services', s.pick(['aws-billing@amazon.com', 'no-reply-aws@amazon.com'])),
        auth: passes('amazon.com'),
        brand: 'aws',
        subject: s.pick([
          `Amazon Web Services Billing Statement Available [Account: ${account}]`,
          `AWS Invoice Available [Account: ${account}] [Invoice ID: EUINDE${s.int(10, 26)}-${s.int(100000, 999999)}]`,
          `Your AWS bill for ${month} 2026`,
        ]),
        blocks: [
          s.pick([
            'Greetings from Amazon Web Services,',
            'Hello,',
            'Greetings from Amazon Web Services, we are writing to let you know your invoice is ready.',
          ]),
          s.pick([
            `This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged ${amount} for ${month} 2026.`,
            `Your invoice for account ${account} for ${month} 2026 is ${amount}. It is available in the Billing and Cost Management console; the charge will appear on your payment method in the next few days.`,
            `Your ${month} 2026 charges of ${amount} for the consolidated billing family of ${account} are now final.`,
          ]),
          {
            link: 'https://console.aws.amazon.com/billing/home#/bills',
            href: 'https://console.aws.amazon.com/billing/home#/bills',
          },
          s.pick([
            'Please note that this is an automated e-mail; replies are not monitored.',
            'If you have questions, contact AWS Support through the console.',
          ]),
          'Sincerely,\nAmazon Web Services',
        ],
        parts: s.chance(0.3)
          ? [
              {
                type: 'application/pdf',
                name: `invoice-${account}.pdf`,
                content: onePagePdf([
                  'Amazon Web Services EMEA SARL',
                  `Account ${account}`,
                  `${month} 2026`,
                  amount,
                ]),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'aws-budget-alert',
    kind: 'ham',
    write: (s) => {
      const budget = s.pick(['prod-monthly', 'staging-cap', 'data-egress', 'ml-sandbox', 'ci-runners']);
      const type = s.pick(['ACTUAL', 'FORECASTED']);
      const threshold = s.pick(['80', '90', '100', '110']);
      return {
        from: mailbox('AWS Budgets', 'budgets@costalerts.amazonaws.com'),
        auth: passes('costalerts.amazonaws.com', 'amazonses.com', 'amazonses.com'),
        to: s.chance(0.5) ? `finops@${DOMAIN}` : undefined,
        subject: `AWS Budgets: ${budget} has exceeded your alert threshold`,
        blocks: [
          s.pick(['Dear AWS Customer,', 'Hello,']),
          `You requested that we alert you when the ${type} Cost associated with your ${budget} budget ${type === 'ACTUAL' ? 'exceeds' : 'is forecasted to exceed'} ${threshold}% of USD ${s.int(2, 60)},000.00 for the current month.`,
          {
            rows: [
              ['Budget Name', budget],
              ['Budget Type', 'Cost'],
              ['Alert Type', type],
              ['Alert Threshold', `> ${threshold}%`],
              ['Current Amount', `USD ${s.money(1500, 58000)}`],
            ],
          },
          {
            link: 'Go to the AWS Budgets dashboard',
            href: 'https://console.aws.amazon.com/billing/home#/budgets',
          },
          ...(s.chance(0.5) ? ['Tip: set up budget actions to stop resources automatically.'] : []),
        ],
      };
    },
  },
  {
    name: 'gcp-quota-notice',
    kind: 'ham',
    write: (s) => ({
      from: mailbox('Google Cloud', 'CloudPlatform-noreply@google.com'),
      auth: passes('google.com'),
      brand: 'Google Cloud',
      subject: s.pick([
        '[Action Advised] Upgrade Cloud SQL instances before end of extended support',
        'Your quota increase request has been approved',
        '[Update] Changes to Artifact Registry pricing',
      ]),
      blocks: [
        `Hello ${s.full(s.victim)},`,
        `We are writing to let you know about a change affecting project ${s.pick(['halyard-prod', 'halyard-staging'])}-${s.int(100000, 999999)}.`,
        'No action is required if you have already made the change. For details, see the documentation.',
        { button: 'View details', href: 'https://console.cloud.google.com/iam-admin/quotas' },
        'Thanks for choosing Google Cloud.\n— The Google Cloud Team',
      ],
    }),
  },
  {
    name: 'cloudflare-login-alert',
    kind: 'ham',
    write: (s) => ({
      from: mailbox('Cloudflare', 'noreply@notify.cloudflare.com'),
      auth: passes('notify.cloudflare.com', 'notify.cloudflare.com', 'cloudflare.com'),
      brand: 'Cloudflare',
      subject: s.pick([
        'New login to Cloudflare',
        'Cloudflare: your Universal SSL certificate was renewed',
        'API token created',
      ]),
      blocks: [
        s.greeting(),
        s.pick([
          `We noticed a new login to your Cloudflare account from ${s.pick(['Chrome on macOS', 'Firefox on Linux'])} at ${s.when()}. If this was you, no action is required.`,
          `The edge certificate for halyard.example was renewed and is now active. It expires in 90 days and will renew automatically.`,
          `An API token "${s.pick(['terraform-dns', 'cert-manager'])}" with Zone:DNS:Edit permissions was created on your account.`,
        ]),
        { link: 'Go to dashboard', href: 'https://dash.cloudflare.com/profile/access-management' },
        'Cloudflare, Inc.',
      ],
    }),
  },
  {
    name: 'registrar-auto-renew',
    kind: 'ham',
    write: (s) => {
      const domain = s.pick([
        'halyard.example',
        'halyardflags.example',
        'halyard-status.example',
        'gethalyard.example',
      ]);
      const [name, sender, host] = s.pick([
        ['Gandi', 'noreply@gandi.net', 'https://admin.gandi.net/domain/'],
        ['Namecheap', 'support@namecheap.com', 'https://ap.www.namecheap.com/domains/list/'],
        ['Cloudflare Registrar', 'noreply@notify.cloudflare.com', 'https://dash.cloudflare.com/domains'],
      ] as const);
      const senderDomain = sender.split('@')[1];
      const auto = s.chance(0.6);
      return {
        from: mailbox(name, sender),
        auth: passes(senderDomain),
        subject: auto
          ? s.pick([
              `[${name}] Auto-renewal of ${domain} in 30 days`,
              `Your domain ${domain} will renew soon`,
            ])
          : s.pick([`${domain} renewed for 1 year`, `Receipt: renewal of ${domain}`]),
        blocks: [
          s.pick(['Hello,', `Hi ${s.victim.first},`]),
          auto
            ? `${domain} will be renewed automatically for one year on ${s.date()} using ${s.pick(['your prepaid account', 'the card on file'])}. No action is required.`
            : `${domain} has been renewed until ${s.date()}. USD ${s.money(9, 60)} was charged to the card on file.`,
          `To change the renewal settings, go to ${host}`,
          `The ${name} team`,
        ],
        form: s.pick(['text', 'both'] as const),
      };
    },
  },
  {
    name: 'ca-renewal-reminder',
    kind: 'ham',
    write: (s) => ({
      from: mailbox('DigiCert', 'noreply@digicert.com'),
      auth: passes('digicert.com'),
      subject: `Certificate renewal reminder: ${s.pick(['*.halyard.example', 'api.halyard.example'])} expires in ${s.pick(['60', '30'])} days`,
      blocks: [
        `Dear ${s.full(s.victim)},`,
        `Order #${s.int(10000000, 99999999)} for ${s.pick(['*.halyard.example', 'api.halyard.example'])} (OV SSL) expires on ${s.date()}. Renew through CertCentral to avoid interruption.`,
        { button: 'Renew in CertCentral', href: 'https://www.digicert.com/account/login.php' },
        'DigiCert, Inc.',
      ],
    }),
  },
  {
    name: 'datadog-monitor',
    kind: 'ham',
    write: (s) => {
      const svc = s.service();
      const id = s.int(10000000, 99999999);
      return {
        from: mailbox('Datadog Alerting', 'alert@dtdg.co'),
        auth: passes('dtdg.co'),
        subject: `[${s.pick(['Triggered', 'Recovered', 'Warn'])}] ${svc} p99 latency above ${s.int(300, 900)}ms on env:prod`,
        blocks: [
          `${svc} p99 latency ${s.pick(['crossed the threshold', 'recovered'])} (${s.int(300, 1400)}ms over the last 5m).`,
          { code: `avg(last_5m):p99:trace.http.request{service:${svc},env:prod} > ${s.int(300, 900)}` },
          `Notified: @${s.victim.user}@${DOMAIN} @pagerduty-platform`,
          { button: 'View monitor', href: `https://app.datadoghq.eu/monitors/${id}` },
        ],
      };
    },
  },
  {
    name: 'pagerduty-incident',
    kind: 'ham',
    write: (s) => {
      const n = s.int(10000, 99999);
      const svc = s.service();
      return {
        from: mailbox('PagerDuty', 'no-reply@pagerduty.com'),
        auth: passes('pagerduty.com'),
        brand: 'PagerDuty',
        subject: `[PagerDuty] TRIGGERED: Incident #${n} - ${svc}: ${s.pick(['error rate > 5%', 'queue depth high', 'health check failing'])}`,
        blocks: [
          `Incident #${n} was triggered on ${svc} (Platform Primary) and assigned to you.`,
          {
            rows: [
              ['Urgency', 'High'],
              ['Service', svc],
              ['Opened', s.when()],
            ],
          },
          { button: 'Acknowledge', href: `https://halyard.pagerduty.com/incidents/Q${s.upper(13)}` },
          {
            link: 'View runbook',
            href: `https://halyard.atlassian.net/wiki/spaces/SRE/pages/runbook-${svc}`,
          },
        ],
      };
    },
  },
  {
    name: 'statuspage-update',
    kind: 'ham',
    write: (s) => {
      const [vendor, host] = s.pick([
        ['GitHub', 'githubstatus.com'],
        ['Twilio', 'status.twilio.com'],
        ['Stripe', 'status.stripe.com'],
        ['Fastly', 'fastlystatus.com'],
      ] as const);
      const stage = s.pick(['Investigating', 'Identified', 'Monitoring', 'Resolved']);
      return {
        from: mailbox(`${vendor} Status`, `noreply@${host}`),
        auth: passes(host, 'stspg-customer.com', host),
        headers: [`List-Unsubscribe: <https://${host}/subscriptions/${s.hex(12)}/unsubscribe>`],
        subject: `[${vendor}] ${stage} - ${s.pick(['Elevated error rates in EU', 'Degraded performance for API requests', 'Delayed webhooks', 'Increased latency for some customers'])}`,
        blocks: [
          `${stage} - ${s.pick(['We are investigating elevated errors for a subset of requests.', 'The cause has been identified and a fix is being rolled out.', 'A fix has been implemented and we are monitoring the results.', 'This incident has been resolved.'])}`,
          s.when(),
          { link: 'View incident', href: `https://${host}/incidents/${s.token(12)}` },
          'You received this email because you are subscribed to updates for this page.',
        ],
      };
    },
  },
  {
    name: 'sentry-issue',
    kind: 'ham',
    write: (s) => {
      const project = s.pick(['console-web', 'console-api', 'webhooks']);
      return {
        from: mailbox('Sentry', 'noreply@md.getsentry.com'),
        auth: passes('md.getsentry.com', 'md.getsentry.com', 'getsentry.com'),
        subject: `[Sentry] ${project.toUpperCase()}-${s.upper(3)} - ${s.pick(["TypeError: Cannot read properties of undefined (reading 'rules')", 'ConnectionResetError: [Errno 104]', 'context deadline exceeded'])}`,
        blocks: [
          `New issue in ${project} (production), ${s.int(1, 400)} events in the last hour.`,
          {
            code: `  at evaluateRules (src/flags/evaluate.ts:88:17)\n  at FlagPanel.render (src/components/FlagPanel.tsx:41:9)`,
          },
          {
            button: 'View on Sentry',
            href: `https://halyard.sentry.io/issues/${s.int(4000000000, 4999999999)}/`,
          },
        ],
      };
    },
  },
  {
    name: 'slack-connect-invite',
    kind: 'ham',
    write: (s) => {
      const partner = s.pick(['Acme Retail', 'Nimbleware', 'Fieldstone Bank']);
      return {
        from: mailbox('Slack', 'feedback@slack.com'),
        auth: passes('slack.com'),
        brand: 'slack',
        subject: `${s.full(s.mate)} invited you to a Slack Connect channel with ${partner}`,
        blocks: [
          `${s.full(s.mate)} (${s.address(s.mate)}) invited you to join #ext-${partner.toLowerCase().replace(/ /g, '-')} in the ${COMPANY} workspace.`,
          { button: 'Open Slack', href: 'https://halyard.slack.com/' },
          'You are receiving this because you are a member of halyard.slack.com.',
        ],
      };
    },
  },
  {
    name: 'jira-assigned',
    kind: 'ham',
    write: (s) => {
      const key = `${s.pick(['PLAT', 'SRE', 'REL'])}-${s.int(100, 4800)}`;
      return {
        from: mailbox(`${s.full(s.mate)} (Jira)`, 'jira@halyard.atlassian.net'),
        auth: passes('halyard.atlassian.net', 'bounce.atlassian.net', 'atlassian.net'),
        brand: 'Jira',
        subject: `[JIRA] (${key}) ${s.pick(['Raise connection pool for audit-ingest', 'Runbook for regional failover', 'Upgrade Kafka clients to 3.8'])}`,
        blocks: [
          `${s.full(s.mate)} assigned ${key} to you.`,
          {
            rows: [
              ['Priority', s.pick(['Medium', 'High'])],
              ['Sprint', `Platform ${s.int(80, 99)}`],
              ['Status', 'To Do'],
            ],
          },
          { button: 'View issue', href: `https://halyard.atlassian.net/browse/${key}` },
          'Get Jira notifications on your phone! Download the Jira Cloud app.',
        ],
      };
    },
  },
  {
    name: 'okta-reset-requested',
    kind: 'ham',
    write: (s) => {
      const reset = s.chance(0.5);
      return {
        from: mailbox('Okta', 'noreply@okta.com'),
        auth: passes('okta.com'),
        subject: reset
          ? s.pick(['Account password reset', 'Reset your Halyard Systems password'])
          : s.pick(['Okta Verify enrolled on a new device', 'New security method enrolled']),
        blocks: [
          s.pick([`Hi ${s.victim.first},`, `Hello ${s.full(s.victim)},`]),
          reset
            ? 'A password reset request was made for your Okta account. If you did not make this request, contact your administrator immediately.'
            : `${s.pick(['Okta Verify', 'A security key', 'Okta FastPass'])} was enrolled on ${s.pick(['iPhone 15', 'Pixel 9', 'MacBook Pro'])} at ${s.when()}. If you did not do this, contact IT through #it-help.`,
          ...(reset
            ? [
                {
                  button: 'Reset Password',
                  href: `https://halyard.okta.com/signin/reset-password/${s.token(20)}`,
                },
                'This link expires in 1 hour.',
              ]
            : [{ link: 'Review security methods', href: 'https://halyard.okta.com/enduser/settings' }]),
          'This is an automatically generated message from Okta. Replies are not monitored or answered.',
        ],
      };
    },
  },
  {
    name: 'microsoft-security-info',
    kind: 'ham',
    write: (s) => {
      const [subject, title, line] = s.pick([
        [
          'Security info was added',
          'Security info was added',
          `Authenticator app (${s.pick(['iPhone', 'Android'])})`,
        ],
        [
          'Microsoft account security code',
          'Security code',
          `Please use the following security code for the Microsoft account ${s.victim.user.slice(0, 2)}*****@${DOMAIN}. Security code: ${s.int(100000, 999999)}`,
        ],
        [
          'New app(s) connected to your Microsoft account',
          'New app(s) have access to your data',
          `${s.pick(['Outlook for iOS', 'Microsoft Teams', 'GitHub Copilot for Azure'])} connected to the Microsoft account ${s.victim.user.slice(0, 2)}*****@${DOMAIN}.`,
        ],
      ] as const);
      return {
        from: mailbox('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
        auth: passes('accountprotection.microsoft.com', 'accountprotection.microsoft.com', 'microsoft.com'),
        subject,
        blocks: [
          `Microsoft account\n${title}`,
          title === 'Security info was added'
            ? `The following security info was recently added to the account ${s.victim.user.slice(0, 2)}*****@${DOMAIN}:`
            : '',
          line,
          `If ${s.pick(['this was you', 'you added this', 'you requested this'])}, you can safely ignore this email. If not, review your recent activity at https://account.live.com/activity`,
          'Thanks,\nThe Microsoft account team',
        ].filter((b) => b !== ''),
      };
    },
  },
  {
    name: 'it-patch-window',
    kind: 'ham',
    write: (s) => {
      const [subject, body] = s.pick([
        [
          'Laptop updates this Thursday',
          'macOS 15.x updates will be pushed through Kandji on Thursday. Please save your work; your laptop may restart after 18:00 local time.',
        ],
        [
          'Reminder: VPN gateway maintenance tonight',
          'The VPN gateway in Frankfurt will be down from 22:00 to 23:00 UTC tonight. Use the Amsterdam gateway meanwhile.',
        ],
        [
          'New SSO dashboard - no action needed',
          'We have moved the SSO dashboard to a new page. Bookmarks will redirect, you do not need to do anything.',
        ],
        [
          'Action needed: return your old YubiKey',
          'If you received a new YubiKey 5C this quarter, please drop the old one in the box at reception by Friday. Remote staff get a prepaid envelope from IT - no need to post it anywhere else.',
        ],
        [
          'Printer on the 3rd floor is back',
          'The printer on the 3rd floor is repaired. Secure print still needs your badge.',
        ],
      ] as const);
      return {
        from: mailbox(
          s.pick([`${COMPANY} IT`, 'IT Service Desk', 'Olu Adeyemi']),
          s.pick([`it@${DOMAIN}`, `servicedesk@${DOMAIN}`]),
        ),
        auth: passes(DOMAIN),
        to: s.pick([`all@${DOMAIN}`, `engineering@${DOMAIN}`]),
        subject,
        blocks: [
          s.pick(['Hi all,', 'Hello everyone,', 'Hi team,']),
          body,
          { link: 'IT help centre', href: `https://it.${DOMAIN}/help` },
          s.pick([
            'Questions? #it-help on Slack.\nIT',
            'Thanks,\nIT Service Desk',
            'Ping us in #it-help if anything looks off.',
          ]),
        ],
      };
    },
  },
  {
    name: 'recruiter-real',
    kind: 'ham',
    write: (s) => {
      const firm = s.pick(['Talentwise', 'Harbor Recruiting', 'Seastack Partners']);
      const domain = `${firm.toLowerCase().replace(/ /g, '')}.example.com`;
      const name = s.pick(['Megan Pryce', 'Tom Albers', 'Aisha Bello']);
      return {
        from: mailbox(name, `${name.split(' ')[0].toLowerCase()}@${domain}`),
        auth: passes(domain),
        subject: s.pick([
          'Platform engineering role - open to a chat?',
          `Staff SRE at a climate-tech company`,
          'Quick question about your next move',
        ]),
        blocks: [
          s.greeting(),
          `I recruit for infrastructure teams and came across your talk on progressive delivery. One of my clients, a ${s.pick(['climate-tech', 'payments', 'healthcare'])} company in ${s.pick(['Amsterdam', 'Berlin', 'London'])}, is hiring a ${s.pick(['Staff SRE', 'Principal Platform Engineer'])}. Hybrid, ${s.pick(['€130-150k', '£120-140k'])}.`,
          'The process is a 30-minute chat with me, a systems design interview and a conversation with the team - no take-home.',
          "If you're not looking, no worries, and I won't follow up.",
          `Best,\n${name}\n${firm}`,
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'linkedin-message',
    kind: 'ham',
    write: (s) => {
      const sender = s.pick(['Priyanka Shah', 'Mateus Costa', 'Grace Oduya', 'Henrik Vale', 'Yuki Mori']);
      const note = s.pick([
        'Thanks for accepting! Loved your post about flag debt. Would you be up for a podcast episode in January?',
        'Hi! We met at the OpenFeature booth. Are the slides from your talk online somewhere?',
        'Congrats on the new role. If you ever want to compare notes on on-call rotations, happy to grab a coffee.',
        'Quick one: is Halyard hiring SREs in Europe next year? A friend of mine is looking.',
      ]);
      return {
        from: mailbox(
          `${sender} via LinkedIn`,
          s.pick(['messaging-digest-noreply@linkedin.com', 'messages-noreply@linkedin.com']),
        ),
        auth: passes('linkedin.com'),
        subject: s.pick([
          'You have 1 new message',
          `${sender} sent you a message`,
          `New message from ${sender}`,
        ]),
        blocks: [
          s.pick([`${s.victim.first}, you have a new message`, 'You have 1 new message.']),
          { quote: `${sender}\n${note}` },
          {
            button: s.pick(['View message', 'Reply']),
            href: `https://www.linkedin.com/messaging/thread/${s.token(22)}/`,
          },
          `This email was intended for ${s.full(s.victim)} (${s.victim.role}). Unsubscribe: https://www.linkedin.com/psettings/email`,
        ],
      };
    },
  },
  {
    name: 'mailing-list-patch',
    kind: 'ham',
    write: (s) => {
      const list = s.pick(['openfeature-dev', 'envoy-dev', 'opentelemetry-go']);
      const author = s.pick(['Rasmus Holt', 'Wen Li', 'Marta Sousa']);
      return {
        from: mailbox(`${author} via ${list}`, `${list}@lists.example.org`),
        replyTo: mailbox(author, `${author.split(' ')[0].toLowerCase()}@${s.pick(FREEMAIL)}`),
        auth: passes('lists.example.org', 'lists.example.org', 'lists.example.org'),
        to: `${list}@lists.example.org`,
        headers: [
          `List-Id: <${list}.lists.example.org>`,
          `List-Post: <mailto:${list}@lists.example.org>`,
          `List-Unsubscribe: <mailto:${list}+unsubscribe@lists.example.org>`,
          `List-Archive: <https://lists.example.org/g/${list}>`,
          'Precedence: list',
        ],
        subject: `Re: [${list}] [PATCH v${s.int(2, 4)}] ${s.pick(['provider: cache evaluation context per request', 'sdk: expose hook ordering', 'exporter: retry on 429 with backoff'])}`,
        blocks: [
          {
            quote: `On ${s.when()}, ${s.full(s.victim)} wrote:\n> Do we need the mutex here? The map is only written at init.`,
          },
          'It is written again on reload, so yes. v3 keeps it but narrows the critical section:',
          {
            code: `-\tp.mu.Lock()\n-\tdefer p.mu.Unlock()\n+\tp.mu.RLock()\n+\tctx, ok := p.cache[key]\n+\tp.mu.RUnlock()`,
          },
          `Thanks,\n${author.split(' ')[0]}`,
          `--\nYou received this message because you are subscribed to ${list}. To unsubscribe, send email to ${list}+unsubscribe@lists.example.org.`,
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'oss-release-announcement',
    kind: 'ham',
    write: (s) => {
      const v = `${s.int(1, 3)}.${s.int(0, 30)}.${s.int(0, 9)}`;
      const project = s.pick(['Envoy', 'Caddy', 'Valkey', 'Kafka']);
      return {
        from: mailbox(`${project} Release Team`, `announce@${project.toLowerCase()}.example.org`),
        auth: passes(`${project.toLowerCase()}.example.org`),
        headers: [`List-Id: <announce.${project.toLowerCase()}.example.org>`, 'Precedence: bulk'],
        subject: `[ANNOUNCE] ${project} ${v} released${s.chance(0.5) ? ' (security fix)' : ''}`,
        blocks: [
          `The ${project} team is pleased to announce ${project} ${v}.`,
          `This release fixes ${s.int(3, 40)} bugs${s.chance(0.5) ? ` and CVE-2026-${s.int(10000, 59999)} (moderate)` : ''}. Upgrading is recommended.`,
          { code: `sha256  ${s.hex(64)}  ${project.toLowerCase()}-${v}.tar.gz` },
          `Release notes: https://${project.toLowerCase()}.example.org/releases/${v}`,
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'cfp-accepted',
    kind: 'ham',
    write: (s) => {
      const conf = s.pick(['Continuous Delivery Days', 'Cloud Native Nordics', 'PlatformCon Lisbon']);
      const domain = `${conf.toLowerCase().replace(/ /g, '')}.example.org`;
      return {
        from: mailbox(`${conf} Program Committee`, `cfp@${domain}`),
        auth: passes(domain, 'sessionize.com', domain),
        subject: s.pick([`${conf}: your session has been accepted`, `Speaker information for ${conf}`]),
        blocks: [
          s.greeting(),
          `Congratulations! Your talk "${s.pick(['Flag debt is tech debt', 'Kill switches at scale', 'What 2 billion evaluations taught us'])}" has been accepted for ${conf}.`,
          'Please confirm by accepting the session in Sessionize within two weeks. Travel support can be requested in the speaker form; there are no fees for speakers.',
          { button: 'Confirm in Sessionize', href: 'https://sessionize.com/app/speaker' },
          'The Program Committee',
        ],
      };
    },
  },
  {
    name: 'flight-booking',
    kind: 'ham',
    write: (s) => {
      const ref = s.upper(6);
      const [airline, sender, code, site] = s.pick([
        ['KLM', 'noreply@klm.com', 'KL', 'https://www.klm.com/trip'],
        ['Lufthansa', 'online@booking-lufthansa.com', 'LH', 'https://www.lufthansa.com/mybookings'],
        ['TAP Air Portugal', 'noreply@flytap.com', 'TP', 'https://www.flytap.com/en-us/manage-booking'],
        ['LOT Polish Airlines', 'noreply@lot.com', 'LO', 'https://www.lot.com/manage-booking'],
      ] as const);
      const senderDomain = sender.split('@')[1];
      const city = s.pick(['Amsterdam', 'Lisbon', 'Warsaw', 'Munich', 'Tokyo', 'Barcelona']);
      return {
        from: mailbox(airline, sender),
        auth: passes(senderDomain),
        brand: airline,
        subject: s.pick([
          `Your booking confirmation ${ref}`,
          `Booking ${ref}: ${city}`,
          `Check-in is open for your flight to ${city}`,
        ]),
        blocks: [
          s.pick([`Dear ${s.full(s.victim)},`, `Hello ${s.victim.first},`]),
          s.pick([
            `Thank you for booking with ${airline}. Your booking code is ${ref}.`,
            `Online check-in is now open for booking ${ref}.`,
          ]),
          {
            rows: [
              ['Flight', `${code}${s.int(100, 1999)}`],
              ['Date', s.date()],
              ['Route', `${s.pick(['Berlin', 'Frankfurt', 'London'])} - ${city}`],
              ['Passenger', s.full(s.victim).toUpperCase()],
            ],
          },
          { button: s.pick(['Manage my booking', 'Check in now']), href: site },
          s.pick(['We wish you a pleasant flight.', 'Booked through your company travel tool.']),
        ],
      };
    },
  },
  {
    name: 'conference-calendar-invite',
    kind: 'ham',
    write: (s) => {
      const [title, note] = s.pick([
        ['Talk dry run', 'adding a slot so we can go through the slides together before the conference'],
        [
          'Incident review - edge outage',
          "booking the review for last week's edge outage; please bring the timeline",
        ],
        ['Platform roadmap sync', 'moving our roadmap sync to a slot that works for Tokyo too'],
        ['On-call handover', 'a short handover before your on-call week starts'],
      ] as const);
      const where = s.pick(['Google Meet', 'Room Kattegat (3rd floor)', 'Zoom']);
      return {
        from: mailbox(s.full(s.mate), s.address(s.mate)),
        auth: passes(DOMAIN),
        subject: `Invitation: ${title} @ ${s.pick(['Tue', 'Wed', 'Thu'])} ${s.date()} ${s.int(9, 16)}:00 - ${s.int(10, 17)}:30 (UTC)`,
        blocks: [
          `Hi ${s.victim.first}, ${note}. ${where === 'Google Meet' ? 'The Meet link is in the invite.' : `We are in ${where}.`}`,
          s.pick([s.mate.first, `Thanks,\n${s.mate.first}`, `- ${s.mate.first}`]),
        ],
        parts: [
          {
            type: 'text/calendar',
            name: 'invite.ics',
            content: invitation({
              uid: `${s.hex(16)}@${DOMAIN}`,
              organizer: s.address(s.mate),
              attendee: s.address(s.victim),
              summary: title,
              description:
                where === 'Google Meet'
                  ? `Join: https://meet.google.com/${s.token(3)}-${s.token(4)}-${s.token(3)}`
                  : note,
              location: where,
              start: `202612${String(s.int(1, 28)).padStart(2, '0')}T${String(s.int(8, 16)).padStart(2, '0')}0000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'jetbrains-invoice',
    kind: 'ham',
    write: (s) => {
      const order = `A${s.int(1000000, 9999999)}`;
      const seats = s.int(20, 80);
      const product = s.pick(['All Products Pack', 'IntelliJ IDEA Ultimate', 'GoLand', 'WebStorm']);
      const total = `EUR ${s.money(4000, 40000)}`;
      const card = s.chance(0.5);
      return {
        from: mailbox('JetBrains Sales', s.pick(['sales@jetbrains.com', 'no-reply@jetbrains.com'])),
        auth: passes('jetbrains.com'),
        to: mailbox(
          s.pick(['Accounts Payable', 'Engineering Ops']),
          s.pick([`ap@${DOMAIN}`, `eng-ops@${DOMAIN}`]),
        ),
        subject: s.pick([
          `JetBrains order ${order}: invoice`,
          `Your JetBrains invoice for order ${order}`,
          `Order ${order} - ${product} subscription renewal`,
        ]),
        blocks: [
          s.pick(['Dear customer,', 'Hello,', `Dear ${COMPANY} team,`]),
          `Thank you for renewing ${seats} ${product} licences for ${COMPANY}. ${card ? `The total of ${total} has been charged to the card on file.` : `Please pay ${total} by bank transfer within 30 days, quoting ${order}; the bank details are on the invoice as in previous years.`}`,
          s.pick([
            'Invoice attached.',
            `The invoice ${order} is attached as a PDF.`,
            'You will find the invoice attached to this email.',
          ]),
          s.pick([
            'You can assign and revoke licences at https://account.jetbrains.com/licenses',
            'Licence administrators can manage seats in JetBrains Account: https://account.jetbrains.com',
          ]),
          s.pick(['Best regards,\nJetBrains Sales', 'Kind regards,\nJetBrains s.r.o.']),
        ],
        parts: [
          {
            type: 'application/pdf',
            name: `invoice_${order}.pdf`,
            content: onePagePdf([
              `Invoice ${order}`,
              'JetBrains s.r.o.',
              `${seats} x ${product}`,
              `Total ${total}`,
            ]),
          },
        ],
      };
    },
  },
  {
    name: 'atlassian-invoice',
    kind: 'ham',
    write: (s) => {
      const inv = `IN-${s.int(100, 999)}-${s.int(100, 999)}-${s.int(100, 999)}`;
      const products = s.pick([
        'Jira and Confluence',
        'Jira Service Management',
        'Confluence',
        'Jira, Confluence and Bitbucket',
      ]);
      const amount = `USD ${s.money(2000, 9000)}`;
      const paid = s.chance(0.6);
      return {
        from: mailbox('Atlassian', s.pick(['noreply@am.atlassian.com', 'billing@am.atlassian.com'])),
        auth: passes('am.atlassian.com', 'am.atlassian.com', 'atlassian.com'),
        brand: 'ATLASSIAN',
        subject: paid
          ? s.pick([`Your Atlassian invoice ${inv} is ready`, `Payment received - ${inv}`])
          : s.pick([`Quote converted to invoice ${inv}`, `Invoice ${inv} is due in 30 days`]),
        blocks: [
          s.pick(['Hi there,', `Hi ${s.victim.first},`, 'Hello billing contact,']),
          `Your invoice for ${products} (halyard.atlassian.net, ${s.int(60, 180)} users) is ready. ${paid ? `${amount} was charged to your card ending ${s.int(1000, 9999)}.` : `Amount due: ${amount}, payable by ${s.date()}.`}`,
          {
            button: s.pick(['View invoice', 'View billing details']),
            href: 'https://admin.atlassian.com/billing',
          },
          s.pick([
            'Questions about billing? Visit https://support.atlassian.com',
            'Thanks for choosing Atlassian.',
          ]),
        ],
        parts: s.chance(0.5)
          ? [
              {
                type: 'application/pdf',
                name: `${inv}.pdf`,
                content: onePagePdf([`Invoice ${inv}`, 'Atlassian Pty Ltd', products, amount]),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'copilot-renewal',
    kind: 'ham',
    write: (s) => {
      const plan = s.pick([
        'GitHub Team + Copilot Business',
        'GitHub Enterprise Cloud',
        'GitHub Team',
        'Copilot Business',
      ]);
      const seats = s.int(40, 90);
      return {
        ...GH(s),
        subject: s.pick([
          `[GitHub] Receipt for ${ORG_SLUG}`,
          `[GitHub] Payment receipt for ${ORG_SLUG}`,
          `[GitHub] Your ${plan} subscription renewed`,
        ]),
        blocks: [
          s.pick([
            `We received payment for your GitHub organization ${ORG_SLUG}.`,
            `Thanks for your payment. Here is the receipt for ${ORG_SLUG}.`,
            `Hi @${s.handle(s.victim)}, your organization's subscription has renewed.`,
          ]),
          {
            rows: [
              ['Plan', plan],
              ['Seats', `${seats}`],
              ['Total', `USD ${s.money(seats * 4, seats * 60)}`],
              [
                'Billed to',
                s.pick([
                  `Visa ending ${s.int(1000, 9999)}`,
                  `Mastercard ending ${s.int(1000, 9999)}`,
                  'Invoice (net 30)',
                ]),
              ],
              ['Period', `${s.date()} - ${s.date()}`],
            ],
          },
          `View your billing history: https://github.com/organizations/${ORG_SLUG}/settings/billing`,
          s.pick([
            'Questions? Contact support at https://support.github.com',
            'You are receiving this because you are a billing manager of this organization.',
          ]),
        ],
      };
    },
  },
  {
    name: 'colleague-gmail-weekend',
    kind: 'ham',
    write: (s) => {
      const freemail = s.pick(FREEMAIL);
      const svc = s.service();
      return {
        from: mailbox(
          s.full(s.mate),
          `${s.mate.first.toLowerCase()}${s.pick(['', '.', '_'])}${s.mate.last.toLowerCase().replace(/[^a-z]/g, '')}${s.int(1, 99)}@${freemail}`,
        ),
        auth: passes(freemail),
        subject: s.pick([
          'weekend - staging is down?',
          'sorry, personal email',
          'can you look at this on monday',
          `${svc} question`,
          'Re: hike on Sunday + one work thing',
        ]),
        blocks: [
          s.pick([`Hey ${s.victim.first},`, `${s.victim.first} -`, `Hi ${s.victim.first}`]),
          s.pick([
            'Writing from my personal account, no laptop with me. Staging looks down from the status page - not urgent, nobody is using it this weekend, but could you check the cert-manager logs on Monday before the demo?',
            "Sorry for the personal email. I won't be online until Tuesday (kid is sick). The review for the retry PR is yours if you want it - no rush.",
            `Random thought over the weekend: the ${svc} retries might be what doubled the bill, not the traffic. Let's look at it together on Monday, nothing to do now.`,
            'I forgot to hand over before leaving: the flaky e2e test is quarantined in the main branch, ticket is in Jira under my name. Enjoy the rest of your weekend!',
          ]),
          s.pick([
            `Cheers,\n${s.mate.first}`,
            `${s.mate.first}\n\nSent from my phone`,
            `- ${s.mate.first.toLowerCase()}`,
          ]),
        ],
        form: s.pick(['text', 'text', 'both'] as const),
      };
    },
  },
  {
    name: 'manager-urgent-postmortem',
    kind: 'ham',
    write: (s) => {
      const customer = s.pick(['Fieldstone Bank', 'Acme Retail', 'Nimbleware', 'Polar Freight']);
      const [subject, body] = s.pick([
        [
          'Need the postmortem draft by 3pm',
          `${customer} escalated to our CEO about yesterday's latency spike. I need the postmortem draft by 3pm so I can share it on the call. The timeline in the incident channel is fine as a start.`,
        ],
        [
          'URGENT: customer escalation on flag latency',
          `${customer} says flag evaluations took over 2s for them this morning. Can you drop what you are doing and look at the edge-proxy dashboards? I am on the call with their CTO at 11.`,
        ],
        [
          'Today: decision on the region move',
          'I need your recommendation on moving edge-eu to the new region before 5pm - finance wants to sign the reservation today. Two lines in the doc are enough.',
        ],
        [
          'Headcount - need your input by tomorrow',
          'Finance closes the 2027 plan tomorrow. Please add the two SRE roles you mentioned to the planning sheet with a one-line justification each.',
        ],
      ] as const);
      return {
        from: mailbox(s.full(s.boss), s.address(s.boss)),
        auth: passes(DOMAIN),
        subject,
        blocks: [
          s.pick([`${s.victim.first},`, `Hi ${s.victim.first},`]),
          body,
          ...(s.chance(0.6)
            ? [
                {
                  link: s.pick(['Postmortem template', 'Planning doc', 'Dashboard']),
                  href: s.pick([
                    'https://halyard.atlassian.net/wiki/spaces/SRE/pages/postmortem-template',
                    'https://docs.google.com/document/d/1hAlYaRdPlAn2027/edit',
                    'https://app.datadoghq.eu/dashboard/edge-overview',
                  ]),
                },
              ]
            : []),
          s.pick([s.boss.first, `Thanks\n${s.boss.first}`, `${s.boss.first}\nSent from my phone`]),
        ],
      };
    },
  },
  {
    name: 'google-drive-share',
    kind: 'ham',
    write: (s) => {
      const doc = s.pick(['Q1 capacity plan', 'On-call handbook v3', 'Edge migration RFC']);
      return {
        from: mailbox(`${s.full(s.mate)} (via Google Docs)`, 'drive-shares-dm-noreply@google.com'),
        auth: passes('google.com'),
        replyTo: mailbox(s.full(s.mate), s.address(s.mate)),
        subject: `Document shared with you: "${doc}"`,
        blocks: [
          `${s.full(s.mate)} shared a document`,
          `${s.full(s.mate)} (${s.address(s.mate)}) has invited you to ${s.pick(['edit', 'comment on'])} the following document:`,
          { button: 'Open', href: `https://docs.google.com/document/d/${s.token(44)}/edit?usp=sharing` },
          'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
        ],
      };
    },
  },
  {
    name: 'docusign-contractor',
    kind: 'ham',
    write: (s) => {
      const doc = s.pick([
        'Halyard_Contractor_SOW_2027.pdf',
        'Speaker_Release_Form.pdf',
        'Travel_Policy_Acknowledgement.pdf',
        'Mutual_NDA_Fieldstone_Bank.pdf',
        'Offer_Letter_Amendment.pdf',
      ]);
      const sender = s.chance(0.5) ? s.boss : s.mate;
      return {
        from: mailbox(
          `${s.full(sender)} via Docusign`,
          s.pick(['dse_NA3@docusign.net', 'dse_EU@docusign.net', 'dse@eumail.docusign.net']),
        ),
        auth: passes('docusign.net'),
        replyTo: mailbox(s.full(sender), s.address(sender)),
        subject: s.pick([`Please DocuSign: ${doc}`, `Complete with Docusign: ${doc}`]),
        blocks: [
          `${s.full(sender)} sent you a document to review and sign.`,
          ...(s.chance(0.5)
            ? [
                {
                  quote: s.pick([
                    'As discussed in our 1:1 - please sign when you have a minute.',
                    'Legal needs this before the contractor starts on Monday.',
                    'For the conference recording.',
                  ]),
                },
              ]
            : []),
          {
            button: 'REVIEW DOCUMENT',
            href: `https://${s.pick(['na3', 'eu'])}.docusign.net/Signing/EmailStart.aspx?a=${s.hex(8)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(12)}`,
          },
          'Do Not Share This Email: this email contains a secure link to Docusign. Please do not share this email, link, or access code with others.',
          'Questions about the document? If you need to modify the document or have questions, reply to the sender by emailing them directly.',
        ],
      };
    },
  },
  {
    name: 'hackerone-report',
    kind: 'ham',
    write: (s) => {
      const id = s.int(2000000, 2999999);
      return {
        from: mailbox('HackerOne', 'no-reply@hackerone.com'),
        auth: passes('hackerone.com'),
        to: mailbox('Security', `security@${DOMAIN}`),
        subject: `[${COMPANY}] New report #${id}: ${s.pick(['Open redirect on login', 'Missing rate limit on invite endpoint', 'Stored XSS in flag description'])}`,
        blocks: [
          `A new report was submitted to the ${COMPANY} program by ${s.pick(['mcrypto', 'j0hnd0e', 'ariadne-sec'])}.`,
          {
            rows: [
              ['Severity', s.pick(['Low', 'Medium', 'High'])],
              ['Weakness', s.pick(['Open Redirect', 'Cross-site Scripting (XSS) - Stored'])],
            ],
          },
          { button: 'View report', href: `https://hackerone.com/reports/${id}` },
        ],
      };
    },
  },
  {
    name: 'researcher-disclosure',
    kind: 'ham',
    write: (s) => {
      const freemail = s.pick(['proton.me', 'gmail.com', 'fastmail.com', 'posteo.de']);
      const name = s.pick(['Ines Kaur', 'Felix Brandauer', 'Thanh Nguyen', 'Ola Nordmann', 'Carmen Ruiz']);
      const repo = s.pick(['halyard-sdk-js', 'halyard-sdk-go', 'flagd-edge', 'console-web']);
      const issue = s.pick([
        'logs the server key at debug level when the stream reconnects',
        'follows redirects to another host and sends the Authorization header along',
        'accepts a relay URL from a flag payload without checking the scheme',
        'writes its offline cache world-readable under /tmp',
      ]);
      return {
        from: mailbox(name, `${name.split(' ')[0].toLowerCase()}${s.pick(['.sec', '', '-dev'])}@${freemail}`),
        auth: passes(freemail),
        to: mailbox('Security', `security@${DOMAIN}`),
        subject: s.pick([
          `Security contact? Possible issue in ${repo}`,
          `Possible vulnerability in ${repo}`,
          `Report via security.txt: ${repo}`,
        ]),
        blocks: [
          s.pick(['Hello,', 'Hi security team,', 'Hi,']),
          `I think ${repo} ${issue}. Before I send details, could you confirm this is the right address${s.chance(0.5) ? ' and whether you have a PGP key' : ''}?`,
          s.pick([
            'I am not asking for payment; a CVE credit would be nice if it is valid.',
            'I found it while integrating the SDK at work, so this is not a bounty request.',
            'Happy to share a minimal repro privately once you confirm.',
          ]),
          s.pick([
            'I have not published anything and will follow your timeline.',
            'I will hold off on any write-up until you have a fix out.',
          ]),
          `Thanks,\n${name}`,
        ],
        form: 'text',
      };
    },
  },
];

const TEMPLATES: Template[] = [...HAM, ...MORE_HAM, ...LOCAL_HAM];

export const UNSEEN_HAM_17_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenHam17(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<Built[]> {
  return buildSet(TEMPLATES, perTemplate, seed, seededRandom, 117_000);
}
