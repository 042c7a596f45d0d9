// The fourteenth unseen set's legitimate mail: what the public ham corpora hold, arriving at Hallbeck
// Engineering (corp.example) - friends and family, mailing lists with their List-* headers, newsletters and
// receipts from real shops and services, work threads with quoted replies, calendar invitations, project
// notifications, forwarded articles, travel, the bank's own notices, password resets the user asked for,
// and IT's own notices; across the same eras and encodings as the phishing. Written blind, as unseen-14.ts.
import type { SeededRandom } from './generate.js';
import { qrPng } from './payloads.js';
import { LOCAL_HAM } from './unseen-14-local.js';
import { type Block, draw, type Mail, type Scene, type Template } from './unseen-14-scene.js';
import { invitation, onePagePdf } from './unseen-payloads.js';

/** A real service's notification: its own domain signs it, bounces go to its bounce subdomain. */
function service(
  s: Scene,
  name: string,
  address: string,
  bounce?: string,
): Pick<Mail, 'from' | 'auth' | 'mailer'> {
  const domain = address.split('@')[1];
  return { from: [name, address], auth: s.own(domain, bounce ?? domain), mailer: 'bulk' };
}

function friend(s: Scene): Pick<Mail, 'from' | 'auth' | 'mailer'> & { name: string } {
  const name = s.personName();
  const address = s.freemail(name);
  return { name, from: [name, address], auth: s.own(address.split('@')[1]), mailer: 'person' };
}

function workmate(s: Scene): Pick<Mail, 'from' | 'auth' | 'mailer'> {
  return { from: s.colleague(), auth: s.own('corp.example'), mailer: 'person' };
}

function listHeaders(list: string, host: string, archive: string): string[] {
  return [
    `List-Id: ${list.split('@')[0]} <${list.replace('@', '.')}>`,
    `List-Post: <mailto:${list}>`,
    `List-Unsubscribe: <https://${host}/mailman/options/${list.split('@')[0]}>, <mailto:${list.replace('@', '-request@')}?subject=unsubscribe>`,
    `List-Archive: <${archive}>`,
    `List-Help: <mailto:${list.replace('@', '-request@')}?subject=help>`,
    'Precedence: list',
  ];
}

const weekendPlans: Template = {
  name: 'friend-weekend-plans',
  kind: 'ham',
  make: (s) => {
    const f = friend(s);
    const text = `${s.pick(['Hey', 'Hi', 'Yo'])} ${s.first},\n\n${s.pick(['Are we still on for Saturday? I can pick you up around 10.', 'Thanks for dinner last night, the lasagna was amazing. We owe you one!', 'Did you see the match? Unbelievable second half.', 'Sam and I are thinking of a hike on Sunday if the weather holds. Want to come?'])}\n\n${s.pick(['Cheers', 'See ya', 'x'])},\n${f.name.split(' ')[0]}`;
    return {
      ...f,
      subject: s.pick(['Saturday', 'Re: dinner', 'the match!!', 'hike sunday?', 'hey']),
      text,
      html: s.chance(0.4) ? `<div dir="ltr">${text.replace(/\n/g, '<br>')}</div>` : undefined,
    };
  },
};

const familyPhotos: Template = {
  name: 'family-photos',
  kind: 'ham',
  make: async (s) => {
    const f = friend(s);
    const text = `${s.pick(['Hi sweetheart', 'Hello dear', `Hi ${s.first}`])},\n\n${s.pick(['Here are a few pictures from Grandpa\u2019s birthday. He loved the card you sent.', 'Dad finally set up the new computer so I can email again! The garden is lovely this year.', 'The kids loved the zoo. Attached is the one of Lily with the giraffe.'])}\n\n${s.pick(['Love', 'Lots of love', 'Hugs'])},\nMom`;
    return {
      ...f,
      from: ['Mom', f.from[1]],
      subject: s.pick(['pictures', 'Grandpa\u2019s birthday', 'Hello from home', 'zoo pics']),
      text,
      attachments: s.chance(0.6)
        ? [{ type: 'image/png', name: `IMG_${s.digits(4)}.png`, content: await qrPng(`photo ${s.token(6)}`) }]
        : undefined,
    };
  },
};

const debianUser: Template = {
  name: 'debian-user-question',
  kind: 'ham',
  make: (s) => {
    const f = friend(s);
    const q = s.pick([
      [
        'apt upgrade breaks grub on bookworm',
        'After apt full-upgrade my system drops to the grub rescue prompt. I have tried update-grub from a live USB without luck. Any ideas?',
      ],
      [
        'NFS mount hangs at boot',
        'My /etc/fstab has an NFS share with _netdev but boot still hangs for 90 seconds. systemd-analyze blame shows remote-fs.target.',
      ],
      [
        'Wi-Fi firmware for Intel AX210',
        'Which package ships the firmware for the AX210? dmesg says iwlwifi failed to load.',
      ],
    ]);
    const text = `${q[1]}\n\nThanks in advance,\n${f.name}`;
    return {
      ...f,
      to: [['', 'debian-user@lists.debian.org']],
      headers: listHeaders(
        'debian-user@lists.debian.org',
        'lists.debian.org',
        'https://lists.debian.org/debian-user/',
      ),
      auth: s.own(f.from[1].split('@')[1], 'bendel.debian.org'),
      subject: q[0],
      text,
      charset: 'utf-8',
    };
  },
};

const listReply: Template = {
  name: 'mailing-list-quoted-reply',
  kind: 'ham',
  make: (s) => {
    const list = s.pick([
      {
        addr: 'python-dev@python.org',
        host: 'mail.python.org',
        archive: 'https://mail.python.org/archives/list/python-dev@python.org/',
        topic: 'PEP 703 and extension modules',
      },
      {
        addr: 'pgsql-general@lists.postgresql.org',
        host: 'lists.postgresql.org',
        archive: 'https://www.postgresql.org/list/pgsql-general/',
        topic: 'autovacuum not keeping up on large table',
      },
      {
        addr: 'users@httpd.apache.org',
        host: 'httpd.apache.org',
        archive: 'https://lists.apache.org/list.html?users@httpd.apache.org',
        topic: 'mod_proxy timeout behaviour',
      },
    ]);
    const f = friend(s);
    const other = s.personName();
    const text = `On ${s.day()}, ${other} wrote:\n> ${s.pick(['I think the default is too conservative for most workloads.', 'Has anyone measured the overhead in practice?', 'The documentation says this should work out of the box.'])}\n> ${s.pick(['Would a config switch help?', 'Numbers welcome.', 'But it does not for me.'])}\n\n${s.pick(['We measured about 3% in our benchmarks, see the numbers in the linked thread.', 'It depends on your scale factor; try lowering it to 0.05 for that table.', 'You need ProxyTimeout as well, not just Timeout.'])}\n\n-- \n${f.name}`;
    return {
      ...f,
      to: [['', list.addr]],
      cc: [[s.recipient[0], s.address]],
      headers: listHeaders(list.addr, list.host, list.archive),
      auth: s.own(f.from[1].split('@')[1], list.host),
      subject: `Re: ${list.topic}`,
      inReplyTo: `<${s.token(12)}@${list.host}>`,
      text,
    };
  },
};

const kernelPatch: Template = {
  name: 'kernel-patch',
  kind: 'ham',
  make: (s) => {
    const author = s.personName();
    const address = `${author.toLowerCase().replace(' ', '.')}@${s.pick(['kernel.org', 'redhat.com', 'suse.com', 'intel.com'])}`;
    const driver = s.pick(['net: stmmac', 'iio: adc: ad7124', 'usb: dwc3', 'drm/amdgpu']);
    const text = `${s.pick(['Fix a NULL pointer dereference when the device is removed during probe.', 'Use devm_ helpers to simplify the error path.', 'Correct the register offset for the second channel.'])}\n\nSigned-off-by: ${author} <${address}>\n---\n drivers/${driver.split(':')[0].replace('/', '')}/main.c | ${s.int(2, 12)} ++++--\n 1 file changed\n\ndiff --git a/drivers/x/main.c b/drivers/x/main.c\n@@ -120,7 +120,9 @@\n-\tret = probe(dev);\n+\tret = devm_probe(dev);\n+\tif (ret)\n+\t\treturn ret;\n-- \n2.${s.int(30, 43)}.0`;
    return {
      from: [author, address],
      to: [['', 'linux-kernel@vger.kernel.org']],
      cc: [[s.recipient[0], s.address]],
      auth: s.own(address.split('@')[1]),
      mailer: 'none',
      headers: [
        'List-Id: <linux-kernel.vger.kernel.org>',
        'List-Unsubscribe: <mailto:linux-kernel+unsubscribe@vger.kernel.org>',
        'X-Mailer: git-send-email 2.39.2',
        'Precedence: bulk',
      ],
      subject: `[PATCH v${s.int(1, 4)} ${s.int(1, 3)}/${s.int(3, 5)}] ${driver}: ${s.pick(['fix null deref on remove', 'use devm helpers', 'fix channel offset'])}`,
      text,
      charset: 'utf-8',
    };
  },
};

const mailmanDigest: Template = {
  name: 'mailman-digest',
  kind: 'ham',
  era: [2015, 2021],
  make: (s) => {
    const list = s.pick(['rail-enthusiasts', 'bay-area-cyclists', 'alumni-1998', 'surveyors-forum']);
    const topics = Array.from(
      { length: s.int(3, 6) },
      (_, i) =>
        `   ${i + 1}. ${s.pick(['Re: Sunday ride', 'meeting minutes', 'For sale: theodolite', 'Re: reunion venue', 'photos from the trip', 'new member intro'])} (${s.personName()})`,
    );
    const text = `Send ${list} mailing list submissions to\n\t${list}@lists.example.org\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n\thttps://lists.example.org/mailman/listinfo/${list}\n\nToday's Topics:\n\n${topics.join('\n')}\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: ${s.day()}\nFrom: ${s.personName()}\nSubject: ${s.pick(['Re: Sunday ride', 'meeting minutes'])}\n\n${s.pick(['Count me in, I will bring spare tubes.', 'Minutes attached to the wiki page, thanks all.'])}\n\n------------------------------\n\nEnd of ${list} Digest, Vol ${s.int(10, 140)}, Issue ${s.int(1, 30)}\n`;
    return {
      from: ['', `${list}-request@lists.example.org`],
      auth: s.own('lists.example.org'),
      mailer: 'none',
      headers: [
        ...listHeaders(
          `${list}@lists.example.org`,
          'lists.example.org',
          `https://lists.example.org/pipermail/${list}/`,
        ),
        'X-Mailman-Version: 2.1.29',
      ],
      subject: `${list} Digest, Vol ${s.int(10, 140)}, Issue ${s.int(1, 30)}`,
      text,
      charset: s.pick(['utf-8', 'iso-8859-1'] as const),
    };
  },
};

const lwnWeekly: Template = {
  name: 'newsletter-tech',
  kind: 'ham',
  make: (s) => {
    const src = s.pick([
      { name: 'LWN.net', address: 'lwn@lwn.net', url: 'https://lwn.net/Articles/' },
      {
        name: 'Hacker Newsletter',
        address: 'kale@hackernewsletter.com',
        url: 'https://hackernewsletter.com/issues/',
      },
      { name: 'The Morning Paper', address: 'newsletter@blog.acolyer.org', url: 'https://blog.acolyer.org/' },
      { name: 'Python Weekly', address: 'rahul@pythonweekly.com', url: 'https://www.pythonweekly.com/p/' },
    ]);
    const items = Array.from({ length: s.int(3, 6) }, () =>
      s.pick([
        'A look at the 6.8 merge window',
        'Rust in the kernel: a status report',
        'Why SQLite is so fast',
        'Fuzzing with libFuzzer',
        'The state of Python packaging',
        'An introduction to eBPF',
      ]),
    );
    const blocks: Block[] = [
      `${src.name} - Issue #${s.int(100, 700)}`,
      ...items.map(
        (t) =>
          ({ link: `${src.url}${s.digits(6)}/?utm_source=newsletter&utm_medium=email`, label: t }) as Block,
      ),
      `You are receiving this because you subscribed at ${src.url}. Unsubscribe: ${src.url}unsubscribe?e=${encodeURIComponent(s.address)}`,
    ];
    return {
      ...service(s, src.name, src.address, `mail.${src.address.split('@')[1]}`),
      headers: [
        `List-Unsubscribe: <${src.url}unsubscribe?id=${s.token(10)}>`,
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ],
      subject: s.pick([
        `${src.name} weekly edition`,
        `${src.name} #${s.int(100, 700)}`,
        `This week: ${items[0]}`,
      ]),
      ...s.compose(blocks),
    };
  },
};

const shopNewsletter: Template = {
  name: 'shop-marketing',
  kind: 'ham',
  make: (s) => {
    const shop = s.pick([
      { name: 'REI Co-op', domain: 'rei.com' },
      { name: 'Patagonia', domain: 'patagonia.com' },
      { name: 'IKEA', domain: 'ikea.com' },
      { name: 'Lego', domain: 'lego.com' },
      { name: 'Uniqlo', domain: 'uniqlo.com' },
    ]);
    const url = s.tracked(
      `click.e.${shop.domain}`,
      `https://www.${shop.domain}/${s.pick(['sale', 'new-arrivals', 'members'])}?cm_mmc=email`,
    );
    const html = `<html><body style="margin:0"><div style="display:none;max-height:0;overflow:hidden">${s.pick(['Members save 20% this weekend only', 'New arrivals are here', 'Last chance for free shipping'])}</div><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600"><tr><td><a href="${url}"><img src="https://image.e.${shop.domain}/lib/${s.token(10)}.jpg" width="600" alt="${shop.name}" border="0"></a></td></tr><tr><td style="font-family:Arial;font-size:16px;padding:20px">${s.pick(['Up to 30% off outdoor gear', 'Our spring collection', 'Build something new this weekend'])}.<br><br><a href="${url}" style="background:#000;color:#fff;padding:10px 20px;text-decoration:none">Shop now</a></td></tr><tr><td style="font-size:11px;color:#777;padding:20px">You are receiving this email because you signed up at ${shop.domain}. <a href="https://www.${shop.domain}/unsubscribe?e=${s.token(16)}">Unsubscribe</a> | <a href="https://www.${shop.domain}/privacy">Privacy</a></td></tr></table></td></tr></table></body></html>`;
    return {
      ...service(s, shop.name, `${s.pick(['news', 'hello', 'email'])}@e.${shop.domain}`),
      headers: [`List-Unsubscribe: <https://www.${shop.domain}/unsubscribe?e=${s.token(16)}>`],
      subject: s.pick([
        `${s.first}, ${s.pick(['this is for you', 'members save 20%', 'new arrivals'])}`,
        'Weekend sale starts now',
        `Don't miss out`,
      ]),
      html,
      text: s.chance(0.5)
        ? `${shop.name}\n\nShop now: ${url}\n\nUnsubscribe: https://www.${shop.domain}/unsubscribe`
        : undefined,
    };
  },
};

const amazonShipped: Template = {
  name: 'amazon-shipped',
  kind: 'ham',
  make: (s) => {
    const order = `${s.digits(3)}-${s.digits(7)}-${s.digits(7)}`;
    const item = s.pick([
      'USB-C Hub, 7-in-1',
      'Paperback: The Pragmatic Programmer',
      'Bosch cordless drill',
      'Kindle Paperwhite case',
      'Ergonomic mouse',
    ]);
    const body = s.compose([
      `Hello ${s.recipient[0]},`,
      `Your package with ${item} has shipped and is on its way.`,
      {
        list: [
          `Order #${order}`,
          `Arriving ${s.pick(['tomorrow', 'Thursday', 'by Monday'])}`,
          `Carrier: ${s.pick(['Amazon Logistics', 'UPS', 'USPS'])}`,
        ],
      },
      {
        button: 'Track package',
        href: `https://www.amazon.com/gp/your-account/ship-track?orderId=${order}&ref_=pe_${s.digits(7)}`,
      },
      'We hope to see you again soon.\nAmazon.com',
    ]);
    return {
      ...service(s, 'Amazon.com', 'shipment-tracking@amazon.com'),
      subject: s.pick([
        `Your Amazon.com order #${order} has shipped`,
        `Shipped: "${item}"`,
        'Your package is on its way',
      ]),
      ...body,
    };
  },
};

const paypalReceipt: Template = {
  name: 'paypal-real-receipt',
  kind: 'ham',
  make: (s) => {
    const payee = s.pick(['Etsy Inc.', 'Bandcamp', 'Humble Bundle', 'Scribd', 'a friend']);
    const amount = s.money(4, 120);
    const body = s.compose([
      `Hello ${s.recipient[0]},`,
      `You sent a payment of ${amount} USD to ${payee}.`,
      {
        list: [
          `Transaction ID: ${s.token(17).toUpperCase()}`,
          `Transaction date: ${s.day()}`,
          `Funding source: Visa x-${s.digits(4)}`,
        ],
      },
      'It may take a few moments for this transaction to appear in your account.',
      { link: 'https://www.paypal.com/myaccount/transactions', label: 'View transaction details' },
      'Questions? Go to the Help Center at www.paypal.com/help.',
    ]);
    return {
      ...service(s, 'PayPal', 'service@paypal.com', 'mail.paypal.com'),
      subject: s.pick([`Receipt for your payment to ${payee}`, `You sent ${amount} USD to ${payee}`]),
      ...body,
    };
  },
};

const ebaySold: Template = {
  name: 'ebay-item-sold',
  kind: 'ham',
  make: (s) => {
    const item = s.pick([
      'Vintage Pentax K1000 35mm',
      'Lego Technic 42083',
      'Garmin Edge 530',
      'Nintendo DS Lite',
    ]);
    const body = s.compose(
      [
        `Hi ${s.first},`,
        `${s.pick(['Congratulations! Your item sold', 'You won the auction for'])}: ${item}, ${s.money(25, 450)}.`,
        {
          button: s.pick(['Print shipping label', 'See order details']),
          href: `https://www.ebay.com/sh/ord/details?orderid=${s.digits(2)}-${s.digits(5)}-${s.digits(5)}`,
        },
        'eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125',
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      ...service(s, 'eBay', 'ebay@ebay.com', 'reply.ebay.com'),
      subject: s.pick([`You sold: ${item}`, `You won: ${item}`, `Order confirmed: ${item}`]),
      ...body,
    };
  },
};

const appleReceipt: Template = {
  name: 'apple-receipt',
  kind: 'ham',
  make: (s) => {
    const app = s.pick([
      'iCloud+ 50 GB',
      'Procreate',
      'Things 3',
      'Apple Music (Individual)',
      'Monument Valley 2',
    ]);
    const body = s.compose(
      [
        'Receipt',
        {
          list: [
            `APPLE ID: ${s.address}`,
            `DATE: ${s.day()}`,
            `ORDER ID: M${s.token(9).toUpperCase()}`,
            `DOCUMENT NO.: ${s.digits(12)}`,
          ],
        },
        `${app} - ${s.money(1, 15)}`,
        'If you have any questions about your bill, visit Apple Support: https://support.apple.com',
        { link: 'https://reportaproblem.apple.com', label: 'Report a Problem' },
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      ...service(s, 'Apple', 'no_reply@email.apple.com'),
      subject: 'Your receipt from Apple.',
      ...body,
    };
  },
};

const githubNotification: Template = {
  name: 'github-notification',
  kind: 'ham',
  make: (s) => {
    const repo = s.pick([
      'hallbeck/survey-tools',
      'pandas-dev/pandas',
      'qgis/QGIS',
      'OSGeo/gdal',
      'hallbeck/site-reports',
    ]);
    const n = s.int(12, 9800);
    const who = s.pick(['octocat', 'jdoe-dev', 'mkowalski', 'rraman', 'tnowicki']);
    const event = s.pick(['commented', 'approved', 'requested changes', 'merged']);
    const text = `@${who} ${event} on this pull request.\n\n${s.pick(['Looks good to me, just one nit on the test name.', 'Can you rebase on main? CI is failing on an unrelated test.', 'Thanks! Merged.', 'I can reproduce this on 3.4.1 as well.'])}\n\n\u2014\nReply to this email directly, view it on GitHub:\nhttps://github.com/${repo}/pull/${n}#issuecomment-${s.digits(10)}\nYou are receiving this because you were mentioned.`;
    return {
      from: [who, 'notifications@github.com'],
      auth: s.own('github.com'),
      mailer: 'none',
      headers: [
        `List-ID: ${repo.split('/')[1]} <${repo.split('/')[1]}.${repo.split('/')[0]}.github.com>`,
        `List-Unsubscribe: <mailto:unsub+${s.token(20)}@reply.github.com>`,
        `X-GitHub-Reason: ${s.pick(['mention', 'review_requested', 'author'])}`,
        'Precedence: list',
      ],
      replyTo: `${repo.split('/')[0]}/${repo.split('/')[1]} <reply+${s.token(30)}@reply.github.com>`,
      subject: `Re: [${repo}] ${s.pick(['Fix CRS handling in reprojection', 'Add CSV export for traverse', 'Crash when opening empty layer'])} (#${n})`,
      text,
      html: s.chance(0.6)
        ? `<p>${text.split('\n\u2014')[0]}</p><p style="font-size:small;color:#666">\u2014<br>Reply to this email directly, <a href="https://github.com/${repo}/pull/${n}">view it on GitHub</a>.</p>`
        : undefined,
      charset: 'utf-8',
      inReplyTo: `<${repo}/pull/${n}@github.com>`,
    };
  },
};

const gitlabPipeline: Template = {
  name: 'gitlab-pipeline',
  kind: 'ham',
  era: [2017, 2026],
  make: (s) => {
    const project = s.pick(['infra/terraform', 'gis/tile-server', 'web/intranet']);
    const id = s.digits(6);
    const status = s.pick(['failed', 'succeeded', 'fixed']);
    const body = s.compose([
      `Pipeline #${id} has ${status}!`,
      {
        list: [
          `Project: ${project}`,
          `Branch: ${s.pick(['main', 'feature/mfa', 'release/2.3'])}`,
          `Commit: ${s.token(8).toLowerCase()}`,
          `Author: ${s.colleague()[0]}`,
        ],
      },
      { button: 'View pipeline', href: `https://gitlab.corp.example/${project}/-/pipelines/${id}` },
      'You\u2019re receiving this email because of your account on gitlab.corp.example.',
    ]);
    return {
      from: ['GitLab', 'gitlab@corp.example'],
      auth: s.own('corp.example'),
      mailer: 'none',
      headers: [
        `X-GitLab-Project: ${project.split('/')[1]}`,
        `X-GitLab-Pipeline-Id: ${id}`,
        `List-Id: ${project} <${s.digits(3)}.gitlab.corp.example>`,
      ],
      subject: `${project} | Pipeline #${id} has ${status}`,
      ...body,
    };
  },
};

const jiraUpdate: Template = {
  name: 'jira-issue-update',
  kind: 'ham',
  make: (s) => {
    const key = `${s.pick(['SURV', 'IT', 'BRIDGE', 'HR'])}-${s.int(10, 2400)}`;
    const who = s.colleague()[0];
    const body = s.compose(
      [
        `${who} ${s.pick(['updated', 'commented on', 'assigned'])} ${key}`,
        `"${s.pick(['Drawings uploaded to the project folder, please review.', 'Moved to next sprint.', 'Laptop ready for pickup at IT desk.'])}"`,
        {
          button: 'View issue',
          href: `https://hallbeck.atlassian.net/browse/${key}?atlOrigin=${s.token(20)}`,
        },
        'Get Jira notifications on your phone! Download the Jira Cloud app.',
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      ...service(s, `${who} (Jira)`, 'jira@hallbeck.atlassian.net', 'bounce.atlassian.net'),
      subject: `[JIRA] (${key}) ${s.pick(['Site survey Harbour Road', 'New starter laptop', 'Bridge load calc review'])}`,
      ...body,
    };
  },
};

const workThread: Template = {
  name: 'work-thread-quoted',
  kind: 'ham',
  make: (s) => {
    const w = workmate(s);
    const topic = s.pick([
      'Harbour Road survey',
      'Q3 budget',
      'Site visit Thursday',
      'Revised drawings rev D',
      'Interview panel',
    ]);
    const blocks: Block[] = [
      `${s.pick(['Hi', 'Thanks', 'Morning'])} ${s.first},`,
      s.pick([
        'Agreed, let\u2019s go with option B. I\u2019ll update the schedule.',
        'I\u2019ve attached the marked-up PDF. Mostly minor comments.',
        'Thursday works for me, I\u2019ll book a pool car.',
        'Can we push this to next week? Client moved the meeting.',
      ]),
      {
        quote: [
          s.pick([
            'Do you have time to look at this before Friday?',
            'Option A or B?',
            'Are you free Thursday morning for the site visit?',
          ]),
          '',
          s.recipient[0],
        ],
        by: `On ${s.day()}, ${s.recipient[0]}`,
      },
      { sig: [w.from[0], 'Hallbeck Engineering', `T +44 20 7946 0${s.digits(3)}`] },
    ];
    return {
      ...w,
      cc: s.chance(0.4) ? [s.colleague()] : undefined,
      subject: `${s.pick(['RE: ', 'Re: ', 'AW: '])}${topic}`,
      inReplyTo: `<${s.token(20)}@corp.example>`,
      ...s.compose(blocks),
      attachments: s.chance(0.3)
        ? [
            {
              type: 'application/pdf',
              name: `${topic.replace(/ /g, '_')}.pdf`,
              content: onePagePdf([topic, 'Comments marked in red', 'Hallbeck Engineering']),
            },
          ]
        : undefined,
    };
  },
};

const internalInvite: Template = {
  name: 'calendar-invitation-internal',
  kind: 'ham',
  make: (s) => {
    const organiser = s.colleague();
    const summary = s.pick([
      'Project kick-off: Harbour Road',
      'Weekly design review',
      'Team lunch',
      'Health & safety briefing',
      '1:1',
    ]);
    const start = `${s.year}${String(s.int(1, 12)).padStart(2, '0')}${String(s.int(1, 28)).padStart(2, '0')}T${String(s.int(8, 16)).padStart(2, '0')}0000Z`;
    const room = s.pick(['Meeting Room 2 (Thames)', 'Board room', 'Teams meeting', 'Canteen']);
    return {
      from: organiser,
      auth: s.own('corp.example'),
      mailer: 'person',
      subject: s.pick([`Invitation: ${summary}`, summary, `Updated invitation: ${summary}`]),
      text: `${summary}\nWhen: ${s.day()}\nWhere: ${room}\n\n${s.pick(['Agenda to follow.', 'Please bring the latest drawings.', 'Sandwiches provided.'])}`,
      attachments: [
        {
          type: 'text/calendar; method=REQUEST',
          name: 'invite.ics',
          content: invitation({
            uid: `${s.token(16)}@corp.example`,
            organizer: organiser[1],
            attendee: s.address,
            summary,
            description: 'Agenda to follow.',
            location: room,
            start,
          }),
        },
      ],
    };
  },
};

const googleInvite: Template = {
  name: 'calendar-invitation-google',
  kind: 'ham',
  era: [2015, 2026],
  make: (s) => {
    const f = friend(s);
    const summary = s.pick(['Call re: subcontract', 'Coffee', 'Book club', 'Quote walkthrough']);
    const start = `${s.year}${String(s.int(1, 12)).padStart(2, '0')}${String(s.int(1, 28)).padStart(2, '0')}T${String(s.int(8, 18)).padStart(2, '0')}3000Z`;
    const url = `https://calendar.google.com/calendar/event?action=RESPOND&eid=${s.token(40)}&rst=1&tok=${s.token(30)}`;
    return {
      from: [f.name, 'calendar-notification@google.com'],
      replyTo: f.from[1],
      auth: s.own('google.com'),
      mailer: 'none',
      subject: `Invitation: ${summary} @ ${s.day()} (${s.address})`,
      ...s.compose(
        [
          `${f.name} has invited you to ${summary}`,
          { link: url, label: 'Yes' },
          { link: url.replace('rst=1', 'rst=2'), label: 'No' },
          'Invitation from Google Calendar',
        ],
        'both',
      ),
      attachments: [
        {
          type: 'application/ics',
          name: 'invite.ics',
          content: invitation({
            uid: `${s.token(26)}@google.com`,
            organizer: f.from[1],
            attendee: s.address,
            summary,
            description: 'Join with Google Meet: https://meet.google.com/abc-defg-hij',
            location: 'Google Meet',
            start,
          }),
        },
      ],
    };
  },
};

const forwardedArticle: Template = {
  name: 'forwarded-article',
  kind: 'ham',
  make: (s) => {
    const f = friend(s);
    const article = s.pick([
      [
        'The bridge that taught engineers about resonance',
        'https://www.theguardian.com/science/2020/nov/07/tacoma-narrows-bridge',
      ],
      ['Why concrete is cracking in old car parks', `https://www.bbc.co.uk/news/uk-${s.digits(8)}`],
      [
        'The surprising economics of bike lanes',
        `https://www.nytimes.com/2019/06/${s.int(10, 28)}/upshot/bike-lanes.html`,
      ],
    ]);
    const text = `${s.pick(['Thought you\u2019d like this.', 'Saw this and thought of you!', 'Relevant to our chat last week.'])}\n\n---------- Forwarded message ---------\nFrom: ${s.pick(['The Guardian', 'BBC News', 'NYTimes'])} <${s.pick(['newsletters@theguardian.com', 'newsletter@bbc.co.uk', 'nytdirect@nytimes.com'])}>\nDate: ${s.day()}\nSubject: ${article[0]}\n\n${article[0]}\n${article[1]}\n`;
    return {
      ...f,
      subject: `Fwd: ${article[0]}`,
      text,
      html: s.chance(0.5)
        ? `<div>${text.replace(/\n/g, '<br>').replace(article[1], `<a href="${article[1]}">${article[1]}</a>`)}</div>`
        : undefined,
    };
  },
};

const bookingCom: Template = {
  name: 'hotel-booking',
  kind: 'ham',
  make: (s) => {
    const city = s.pick(['Lisbon', 'Krak\u00f3w', 'Edinburgh', 'Valencia', 'Bergen']);
    const conf = s.digits(10);
    const body = s.compose([
      `Thanks, ${s.first}! Your booking in ${city} is confirmed.`,
      {
        list: [
          `Confirmation number: ${conf}`,
          `PIN: ${s.digits(4)}`,
          `Check-in: ${s.day()}`,
          `Total: ${s.money(180, 900, '\u20ac')}`,
        ],
      },
      {
        button: 'Manage booking',
        href: `https://secure.booking.com/myreservations.html?bn=${conf}&pincode=${s.digits(4)}&aid=304142`,
      },
      'Booking.com B.V., Herengracht 597, 1017 CE Amsterdam',
    ]);
    return {
      ...service(s, 'Booking.com', 'noreply@booking.com', 'mailer.booking.com'),
      subject: s.pick([
        `Your booking is confirmed at ${s.pick(['Hotel Alfama', 'Old Town Apartments', 'Harbour Inn'])}`,
        `Booking confirmation - ${city}`,
      ]),
      ...body,
    };
  },
};

const airlineTicket: Template = {
  name: 'airline-eticket',
  kind: 'ham',
  make: (s) => {
    const airline = s.pick([
      { name: 'Lufthansa', address: 'online@booking-lufthansa.com' },
      { name: 'British Airways', address: 'ba@email.ba.com' },
      { name: 'Delta Air Lines', address: 'DeltaAirLines@t.delta.com' },
      { name: 'KLM', address: 'noreply@klm.com' },
    ]);
    const pnr = s.token(6).toUpperCase();
    const body = s.compose([
      `Dear ${s.recipient[0]},`,
      `Thank you for booking with ${airline.name}. Booking reference: ${pnr}`,
      {
        list: [
          `${s.pick(['LHR', 'FRA', 'AMS', 'JFK'])} \u2192 ${s.pick(['OSL', 'MAD', 'ATL', 'WAW'])} ${s.day()}`,
          `Ticket number: ${s.digits(3)}-${s.digits(10)}`,
        ],
      },
      {
        button: 'Check in online',
        href: `https://www.${airline.address.split('@')[1].replace(/^(t|email|booking-)\.?/, '')}/check-in?pnr=${pnr}`,
      },
    ]);
    return {
      ...service(s, airline.name, airline.address),
      subject: s.pick([
        `Your e-ticket receipt ${pnr}`,
        `Booking confirmation ${pnr}`,
        'Your trip is coming up',
      ]),
      ...body,
      attachments: s.chance(0.5)
        ? [
            {
              type: 'application/pdf',
              name: `eTicket_${pnr}.pdf`,
              content: onePagePdf([airline.name, `Booking ${pnr}`, s.recipient[0]]),
            },
          ]
        : undefined,
    };
  },
};

const bankStatement: Template = {
  name: 'bank-statement-ready',
  kind: 'ham',
  make: (s) => {
    const bank = s.pick([
      { name: 'HSBC UK', address: 'alerts@notification.hsbc.co.uk', site: 'www.hsbc.co.uk' },
      { name: 'Chase', address: 'no.reply.alerts@chase.com', site: 'chase.com' },
      { name: 'Barclays', address: 'noreply@email.barclays.co.uk', site: 'barclays.co.uk' },
      { name: 'Nationwide', address: 'nationwide@email.nationwide.co.uk', site: 'nationwide.co.uk' },
    ]);
    const body = s.compose([
      `Dear ${s.pick(['Customer', s.recipient[0], `Mr/Ms ${s.recipient[0].split(' ')[1]}`])},`,
      `Your ${s.pick(['statement', 'e-statement', 'monthly statement'])} for the account ending ${s.digits(4)} is now available to view in online banking.`,
      `For your security, we will never ask you to confirm your details by email. To view your statement, log on as usual by typing ${bank.site} into your browser or use our app.`,
      `${bank.name}`,
    ]);
    return {
      ...service(s, bank.name, bank.address),
      subject: s.pick([
        'Your statement is ready',
        'Your new e-statement is available',
        `${bank.name}: statement notification`,
      ]),
      ...body,
    };
  },
};

const passwordReset: Template = {
  name: 'password-reset-requested',
  kind: 'ham',
  make: (s) => {
    const svc = s.pick([
      {
        name: 'GitHub',
        address: 'noreply@github.com',
        url: `https://github.com/password_reset/${s.token(40)}`,
      },
      {
        name: 'Dropbox',
        address: 'no-reply@dropbox.com',
        url: `https://www.dropbox.com/l/${s.token(24)}/password_reset`,
      },
      {
        name: 'Slack',
        address: 'feedback@slack.com',
        url: `https://hallbeck.slack.com/reset/${s.token(30)}`,
      },
      {
        name: 'Zoom',
        address: 'no-reply@zoom.us',
        url: `https://zoom.us/resetpassword?token=${s.token(40)}`,
      },
    ]);
    const body = s.compose([
      `Hi ${s.first},`,
      `We heard that you lost your ${svc.name} password. Sorry about that! You can use the following link to reset your password:`,
      { button: 'Reset password', href: svc.url },
      `If you don't use this link within ${s.pick(['3 hours', '24 hours', '1 hour'])}, it will expire. If you did not request a password reset, you can ignore this email.`,
      `Thanks,\nThe ${svc.name} Team`,
    ]);
    return {
      ...service(s, svc.name, svc.address),
      subject: s.pick([
        `[${svc.name}] Please reset your password`,
        `Reset your ${svc.name} password`,
        'Password reset request',
      ]),
      ...body,
    };
  },
};

const signinAlert: Template = {
  name: 'google-signin-alert',
  kind: 'ham',
  make: (s) => {
    const device = s.pick(['Pixel 7', 'Windows', 'Mac', 'iPhone']);
    const body = s.compose([
      `A new sign-in on ${device}`,
      `${s.address.replace('@corp.example', '@gmail.com')}`,
      `We noticed a new sign-in to your Google Account on a ${device} device. If this was you, you don\u2019t need to do anything. If not, we\u2019ll help you secure your account.`,
      {
        button: 'Check activity',
        href: `https://accounts.google.com/AccountChooser?Email=${encodeURIComponent(s.address)}&continue=https://myaccount.google.com/alert/nt/${s.digits(13)}`,
      },
      'You can also see security activity at https://myaccount.google.com/notifications',
    ]);
    return {
      ...service(s, 'Google', 'no-reply@accounts.google.com'),
      subject: s.pick([
        `Security alert`,
        `New sign-in on ${device}`,
        'Security alert for your linked Google Account',
      ]),
      ...body,
    };
  },
};

const verificationCode: Template = {
  name: 'verification-code',
  kind: 'ham',
  make: (s) => {
    const svc = s.pick([
      ['Microsoft account', 'account-security-noreply@accountprotection.microsoft.com'],
      ['Steam', 'noreply@steampowered.com'],
      ['LinkedIn', 'security-noreply@linkedin.com'],
      ['Twitch', 'no-reply@twitch.tv'],
    ]);
    const code = s.digits(6);
    const body = s.compose([
      `${svc[0]}`,
      `Please use the following security code for the account ${s.address.replace(/^(..).*@/, '$1***@')}.`,
      `Security code: ${code}`,
      'If you didn\u2019t request this code, you can safely ignore this email. Someone else might have typed your email address by mistake.',
    ]);
    return {
      ...service(s, svc[0].replace(' account', ''), svc[1]),
      subject: s.pick([
        `${svc[0]} security code`,
        `Your verification code is ${code}`,
        'Verify your email address',
      ]),
      ...body,
    };
  },
};

const itMaintenance: Template = {
  name: 'it-maintenance-notice',
  kind: 'ham',
  make: (s) => {
    const when = s.day();
    const body = s.compose([
      'Hello all,',
      s.pick([
        `The file servers (\\\\fs01 and \\\\fs02) will be unavailable on ${when} from 18:00 to 22:00 for patching. Please save your work beforehand.`,
        `We are moving the VPN to the new firewall on ${when}. If you cannot connect afterwards, please call the service desk on extension 4400.`,
        `Reminder: the printers on the 2nd floor are being replaced this week. Print jobs will be routed to the 3rd floor.`,
        'Reminder: IT will never ask for your password by email. If you receive a suspicious message, use the Report button in Outlook.',
      ]),
      'Status updates: https://status.corp.example',
      { sig: ['IT Service Desk', 'Hallbeck Engineering', 'ext. 4400 | servicedesk@corp.example'] },
    ]);
    return {
      from: ['IT Service Desk', 'servicedesk@corp.example'],
      to: [['All Staff', 'allstaff@corp.example']],
      auth: s.own('corp.example'),
      mailer: 'person',
      subject: s.pick([
        'Planned maintenance',
        'VPN change this weekend',
        'Printer replacement',
        'Reminder: reporting suspicious email',
      ]),
      ...body,
    };
  },
};

const passwordExpiryReal: Template = {
  name: 'it-password-expiry-real',
  kind: 'ham',
  make: (s) => {
    const days = s.int(3, 14);
    const text = `Dear ${s.recipient[0]},\n\nYour Windows domain password will expire in ${days} days.\n\nTo change it, press Ctrl+Alt+Del on your office PC and choose "Change a password", or when working remotely use the self-service page on the intranet (https://intranet.corp.example/it/password).\n\nPasswords must be at least 14 characters. If you have any problems please contact the Service Desk on ext. 4400.\n\nThis is an automated message from the Hallbeck IT password reminder.`;
    return {
      from: ['Password Reminder', 'noreply-it@corp.example'],
      auth: s.own('corp.example'),
      mailer: 'script',
      subject: `Your password will expire in ${days} days`,
      text,
      charset: 'utf-8',
    };
  },
};

const payslip: Template = {
  name: 'payslip-available',
  kind: 'ham',
  make: (s) => {
    const body = s.compose([
      `Dear ${s.first},`,
      `Your payslip for ${s.pick(['January', 'March', 'June', 'September', 'November'])} ${s.year} is now available on the Employee Self Service portal.`,
      { link: 'https://hallbeck.sage-hr.example.com/payslips', label: 'Employee Self Service' },
      'Payroll Team',
    ]);
    return {
      ...service(s, 'Hallbeck Payroll', 'payroll@corp.example'),
      subject: 'Your payslip is available',
      ...body,
    };
  },
};

const supplierInvoice: Template = {
  name: 'supplier-invoice-pdf',
  kind: 'ham',
  make: (s) => {
    const supplier = s.pick([
      { name: 'Leica Geosystems', domain: 'leica-geosystems.com' },
      { name: 'Viking Direct', domain: 'vikingdirect.co.uk' },
      { name: 'RS Components', domain: 'rs-online.com' },
      { name: 'Hilti', domain: 'hilti.com' },
    ]);
    const num = `${s.pick(['INV', 'SI', ''])}${s.digits(7)}`;
    const amount = s.money(80, 6000, '\u00a3');
    const body = s.compose([
      `Dear ${s.pick(['Customer', 'Accounts Payable', s.recipient[0]])},`,
      `Please find attached invoice ${num} for ${amount}, due ${s.pick(['30 days from invoice date', `on ${s.day()}`])}.`,
      `Our bank details are unchanged and shown on the invoice. For queries please contact credit control on ${s.pick(['0345 ', '0800 '])}${s.digits(6)}.`,
      { sig: ['Credit Control', supplier.name] },
    ]);
    return {
      ...service(s, `${supplier.name} Accounts`, `invoices@${supplier.domain}`),
      subject: s.pick([
        `Invoice ${num}`,
        `${supplier.name} invoice ${num}`,
        `Your invoice from ${supplier.name}`,
      ]),
      ...body,
      attachments: [
        {
          type: 'application/pdf',
          name: `Invoice_${num}.pdf`,
          content: onePagePdf([
            supplier.name,
            `Invoice ${num}`,
            `Amount due ${amount}`,
            'Customer: Hallbeck Engineering',
          ]),
        },
      ],
    };
  },
};

const googleDocShare: Template = {
  name: 'google-doc-share',
  kind: 'ham',
  make: (s) => {
    const f = friend(s);
    const doc = s.pick([
      'Trip itinerary',
      'Allotment rota 2024',
      'Wedding guest list',
      'Running club schedule',
    ]);
    const url = `https://docs.google.com/${s.pick(['document', 'spreadsheets'])}/d/${s.token(44)}/edit?usp=sharing_eil&ts=${s.digits(10)}`;
    const body = s.compose(
      [
        `${f.name} (${f.from[1]}) has invited you to ${s.pick(['edit', 'comment on', 'view'])} the following document:`,
        doc,
        { button: 'Open', href: url },
        'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      from: [`${f.name} (via Google Docs)`, 'drive-shares-dm-noreply@google.com'],
      replyTo: `${f.name} <${f.from[1]}>`,
      auth: s.own('google.com'),
      mailer: 'none',
      subject: `${doc} - Invitation to ${s.pick(['edit', 'comment'])}`,
      ...body,
    };
  },
};

const dropboxShare: Template = {
  name: 'dropbox-real-share',
  kind: 'ham',
  make: (s) => {
    const f = friend(s);
    const folder = s.pick(['Holiday 2019', 'Survey photos', 'Band recordings', 'Thesis drafts']);
    const body = s.compose(
      [
        `${f.name} shared "${folder}" with you.`,
        {
          button: 'Go to folder',
          href: `https://www.dropbox.com/scl/fo/${s.token(20)}/h?rlkey=${s.token(25)}&dl=0`,
        },
        'Enjoy!\nThe Dropbox team',
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      ...service(s, `${f.name} (via Dropbox)`, 'no-reply@dropbox.com', 'em-s.dropbox.com'),
      replyTo: f.from[1],
      subject: `${f.name} shared "${folder}" with you`,
      ...body,
    };
  },
};

const docusignReal: Template = {
  name: 'docusign-real-envelope',
  kind: 'ham',
  make: (s) => {
    const sender = s.pick([
      'Thames Valley Lettings',
      'Harper & Cole Solicitors',
      'Bright Horizons Nursery',
      'Meridian Surveys Ltd',
    ]);
    const url = `https://eu.docusign.net/Signing/EmailStart.aspx?a=${s.token(8)}-${s.token(4)}-${s.token(4)}-${s.token(4)}-${s.token(12)}&etti=24&acct=${s.token(8)}&er=${s.token(8)}`;
    const body = s.compose(
      [
        `${sender} sent you a document to review and sign.`,
        { button: 'REVIEW DOCUMENT', href: url },
        `${s.personName()}\n${s.pick(['Please sign the tenancy renewal.', 'Engagement letter for the conveyancing.', 'Registration form for September.', 'Subcontract agreement as discussed.'])}`,
        'Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
        `Alternate Signing Method\nVisit DocuSign.com, click 'Access Documents', and enter the security code: ${s.token(32).toUpperCase()}`,
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      ...service(s, `${sender} via DocuSign`, 'dse_NA3@docusign.net', 'docusign.net'),
      subject: `${s.pick(['Please DocuSign', 'Please sign'])}: ${s.pick(['Tenancy Renewal', 'Engagement Letter', 'Registration Form', 'Subcontract Agreement'])}.pdf`,
      ...body,
    };
  },
};

const voicemailReal: Template = {
  name: 'voicemail-real-pbx',
  kind: 'ham',
  make: (s) => {
    const caller = s.pick([
      `+44 20 7946 ${s.digits(4)}`,
      `07700 900${s.digits(3)}`,
      `Ext ${s.int(2000, 2999)}`,
    ]);
    const audio = Buffer.concat([
      Buffer.from('RIFF'),
      Buffer.alloc(4),
      Buffer.from('WAVEfmt '),
      Buffer.alloc(s.int(64, 256)),
    ]);
    return {
      from: ['Voicemail', 'voicemail@pbx.corp.example'],
      auth: s.own('pbx.corp.example'),
      mailer: 'script',
      subject: `Voicemail from ${caller} (${s.int(0, 1)}:${String(s.int(5, 59)).padStart(2, '0')})`,
      text: `You have a new voicemail message in mailbox ${s.int(2000, 2999)}.\n\nFrom: ${caller}\nReceived: ${s.day()}\n\nThe message is attached.\n\n-- 3CX Phone System`,
      attachments: [{ type: 'audio/wav', name: `vm_${s.digits(8)}.wav`, content: audio }],
    };
  },
};

const scannerPdf: Template = {
  name: 'office-scanner',
  kind: 'ham',
  make: (s) => {
    const pages = s.int(1, 12);
    return {
      from: ['RICOH MP C3004', 'scanner@corp.example'],
      auth: s.own('corp.example'),
      mailer: 'none',
      subject: s.pick([`Scanned from RICOH MP C3004`, `Scan ${s.digits(14)}`, 'Message from "RICOH-2F"']),
      text: s.chance(0.5)
        ? `This E-mail was sent from "RICOH-2F" (MP C3004).\n\nScan Date: ${s.day()}\nQueries to: servicedesk@corp.example`
        : undefined,
      attachments: [
        {
          type: 'application/pdf',
          name: `${s.digits(14)}.pdf`,
          content: onePagePdf([`Scanned page 1 of ${pages}`, 'Site diary - Harbour Road']),
        },
      ],
    };
  },
};

const upsReal: Template = {
  name: 'ups-real-delivery',
  kind: 'ham',
  make: (s) => {
    const track = `1Z${s.token(6).toUpperCase()}${s.digits(10)}`;
    const body = s.compose([
      'Your package is on the way.',
      {
        list: [
          `Tracking Number: ${track}`,
          `Scheduled Delivery: ${s.day()}`,
          `Shipped from: ${s.pick(['Leica Geosystems', 'Amazon EU', 'RS Components'])}`,
        ],
      },
      {
        button: 'Track Package',
        href: `https://www.ups.com/track?loc=en_GB&tracknum=${track}&requester=ST/trackdetails`,
      },
      '\u00a9 United Parcel Service of America, Inc.',
    ]);
    return {
      ...service(s, 'UPS', 'mcinfo@ups.com'),
      subject: s.pick([`UPS Update: Package Scheduled for Delivery`, `Your UPS Package ${track}`]),
      ...body,
    };
  },
};

const conferenceCfp: Template = {
  name: 'conference-cfp',
  kind: 'ham',
  make: (s) => {
    const conf = s.pick(['FIG Working Week', 'ICE Bridge Engineering Conference', 'FOSS4G', 'GeoPython']);
    const text = `[Apologies for cross-posting]\n\nCALL FOR PAPERS\n${conf} ${s.year}\n\nAbstract submission deadline: ${s.day()}\nNotification: ${s.day()}\n\nTopics include:\n - ${s.pick(['GNSS and positioning', 'Structural health monitoring', 'Open source GIS'])}\n - ${s.pick(['BIM and digital twins', 'Remote sensing', 'Data standards'])}\n\nSubmit at https://www.${conf.toLowerCase().replace(/[^a-z0-9]/g, '')}.org/cfp\n\nOrganising Committee`;
    const from = `${s.pick(['cfp', 'info', 'secretariat'])}@${conf.toLowerCase().replace(/[^a-z0-9]/g, '')}.example.org`;
    return {
      from: [`${conf} Committee`, from],
      auth: s.own(from.split('@')[1]),
      mailer: 'bulk',
      subject: `CFP: ${conf} ${s.year}`,
      text,
      charset: s.pick(['iso-8859-1', 'utf-8']),
    };
  },
};

const recruiter: Template = {
  name: 'linkedin-real-inmail',
  kind: 'ham',
  make: (s) => {
    const who = s.personName();
    const body = s.compose(
      [
        `${who}`,
        `${s.pick(['Talent Partner at Arup', 'Recruiter at Mott MacDonald', 'Hiring Manager at Atkins'])}`,
        `Hi ${s.first}, I came across your profile and think you could be a great fit for a ${s.pick(['Senior Structural Engineer', 'Geospatial Lead', 'Project Manager'])} role in ${s.pick(['London', 'Bristol', 'Manchester'])}. Would you be open to a quick chat?`,
        {
          button: 'Reply',
          href: `https://www.linkedin.com/comm/messaging/thread/${s.digits(19)}/?midToken=${s.token(20)}&trk=eml-email_inmail`,
        },
        'This email was intended for you. Learn why we included this. \u00a9 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.',
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      ...service(s, `${who} via LinkedIn`, 'inmail-hit-reply@linkedin.com', 'bounce.linkedin.com'),
      subject: s.pick([
        `${who} sent you a new message`,
        'Opportunity',
        `${s.first}, ${who} wants to connect`,
      ]),
      ...body,
    };
  },
};

const charityReceipt: Template = {
  name: 'charity-donation-receipt',
  kind: 'ham',
  make: (s) => {
    const org = s.pick([
      { name: 'British Red Cross', domain: 'redcross.org.uk' },
      { name: 'M\u00e9decins Sans Fronti\u00e8res', domain: 'msf.org' },
      { name: 'Wikimedia Foundation', domain: 'wikimedia.org' },
      { name: 'RNLI', domain: 'rnli.org' },
    ]);
    const body = s.compose([
      `Dear ${s.first},`,
      `Thank you for your donation of ${s.money(5, 100, '\u00a3')} on ${s.day()}. ${s.pick(['Your support makes our work possible.', 'Gift Aid will add 25% at no extra cost to you.'])}`,
      `Reference: ${s.token(8).toUpperCase()}`,
      `With gratitude,\n${org.name}`,
      `Manage your preferences: https://www.${org.domain}/preferences`,
    ]);
    return {
      ...service(s, org.name, `supporter.care@${org.domain}`),
      subject: s.pick(['Thank you for your donation', 'Your donation receipt', `Thank you from ${org.name}`]),
      ...body,
    };
  },
};

const utilityBill: Template = {
  name: 'utility-ebill',
  kind: 'ham',
  make: (s) => {
    const util = s.pick([
      { name: 'Octopus Energy', address: 'hello@octopus.energy' },
      { name: 'Thames Water', address: 'noreply@thameswater.co.uk' },
      { name: 'BT', address: 'bt@emails.bt.com' },
      { name: 'Verizon', address: 'verizon@email.verizon.com' },
    ]);
    const body = s.compose([
      `Hi ${s.first},`,
      `Your latest bill is ready: ${s.money(30, 260, '\u00a3')}. ${s.pick(['It will be collected by Direct Debit on or after', 'Payment is due by'])} ${s.day()}.`,
      {
        link: `https://www.${util.address.split('@')[1].replace(/^(emails?|email)\./, '')}/account`,
        label: 'View your bill online',
      },
      `Thanks,\n${util.name}`,
    ]);
    return {
      ...service(s, util.name, util.address),
      subject: s.pick(['Your new bill is ready', `Your ${util.name} bill`, 'Statement available']),
      ...body,
    };
  },
};

const accountantRequest: Template = {
  name: 'accountant-urgent-documents',
  kind: 'ham',
  make: (s) => {
    const firm = s.pick(['Pearson & Lowe Chartered Accountants', 'Whitfield Tax Services', 'Greystone CPA']);
    const domain = s.pick(['pearsonlowe.example.co.uk', 'whitfieldtax.example.com', 'greystonecpa.example']);
    const who = s.personName();
    const text = `Hi ${s.first},\n\n${s.pick(['The self-assessment deadline is on 31 January, and I still need your P60 and the rental income figures.', 'Could you send the mileage log for the year by Friday? I can\u2019t finalise the return without it.', 'HMRC have asked for clarification on the home office claim. Can we have a quick call tomorrow?'])} Please upload them to the usual client portal or reply with them attached.\n\nThanks,\n${who}\n${firm}\nTel 0117 496 0${s.digits(3)}`;
    return {
      from: [who, `${who.split(' ')[0].toLowerCase()}@${domain}`],
      auth: s.own(domain),
      mailer: 'person',
      subject: s.pick([
        'URGENT: documents needed for your return',
        'Tax return - missing items',
        'Quick call?',
      ]),
      text,
    };
  },
};

const colleagueFreemail: Template = {
  name: 'colleague-from-personal',
  kind: 'ham',
  make: (s) => {
    const c = s.colleague();
    const address = s.freemail(c[0]);
    const text = `${s.pick(['Hi', 'Hey'])} ${s.first},\n\n${s.pick(['My work laptop died on the train so I\u2019m writing from my personal account. I\u2019ll be about 30 minutes late for the design review - can you start without me?', 'Locked out of Outlook on my phone. Could you print the Harbour Road drawings for tomorrow\u2019s site visit? I\u2019ll grab them from your desk.', 'Off sick today. The calcs for the retaining wall are on the S: drive under /Harbour/Calcs, nearly done.'])}\n\nThanks,\n${c[0].split(' ')[0]}\n\nSent from my phone`;
    return {
      from: [c[0], address],
      auth: s.own(address.split('@')[1]),
      mailer: 'person',
      subject: s.pick(['running late', 'drawings for tomorrow', 'off sick today', 'from my personal email']),
      text,
    };
  },
};

const schoolParents: Template = {
  name: 'school-parents-list',
  kind: 'ham',
  make: (s) => {
    const school = s.pick(['St Mary\u2019s Primary', 'Riverside Academy', 'Oakfield School']);
    const body = s.compose([
      'Dear Parents and Carers,',
      s.pick([
        'Reminder: school closes at 1:30pm on Friday for the end of term.',
        'The Year 4 trip to the Science Museum is on Tuesday. Please return the consent form by Friday.',
        'Our PTA summer fair raised \u00a31,240 - thank you to everyone who helped!',
      ]),
      `Kind regards,\n${s.personName()}\nSchool Office, ${school}`,
    ]);
    const domain = `${school.toLowerCase().replace(/[^a-z]/g, '')}.example.sch.uk`;
    return {
      from: [`School Office - ${school}`, `office@${domain}`],
      auth: s.own(domain),
      mailer: 'bulk',
      headers: ['Precedence: bulk'],
      subject: s.pick(['End of term', 'Year 4 trip', 'PTA news', 'Newsletter']),
      ...body,
      attachments: s.chance(0.4)
        ? [
            {
              type: 'application/pdf',
              name: 'Consent_form.pdf',
              content: onePagePdf([school, 'Trip consent form', 'Name of child:']),
            },
          ]
        : undefined,
    };
  },
};

const releaseAnnounce: Template = {
  name: 'software-release-announce',
  kind: 'ham',
  make: (s) => {
    const proj = s.pick([
      { name: 'QGIS', list: 'qgis-user@lists.osgeo.org', host: 'lists.osgeo.org' },
      { name: 'PostgreSQL', list: 'pgsql-announce@lists.postgresql.org', host: 'lists.postgresql.org' },
      { name: 'Thunderbird', list: 'tb-planning@mozilla.org', host: 'mail.mozilla.org' },
    ]);
    const version = `${s.int(2, 17)}.${s.int(0, 40)}.${s.int(0, 9)}`;
    const text = `The ${proj.name} team is pleased to announce the release of ${proj.name} ${version}.\n\nThis release fixes ${s.int(8, 80)} bugs and ${s.pick(['two security issues', 'a data corruption issue in rare cases', 'several regressions'])}.\n\nRelease notes: https://www.${proj.name.toLowerCase()}.org/${s.pick(['about/news', 'releases'])}/${version}/\nDownloads: https://download.${proj.name.toLowerCase()}.org/\n\nThanks to all contributors!`;
    const address = `announce@${proj.name.toLowerCase()}.org`;
    return {
      from: [`${proj.name} Release Team`, address],
      to: [['', proj.list]],
      auth: s.own(`${proj.name.toLowerCase()}.org`, proj.host),
      mailer: 'none',
      headers: listHeaders(
        proj.list,
        proj.host,
        `https://${proj.host}/pipermail/${proj.list.split('@')[0]}/`,
      ),
      subject: `${proj.name} ${version} released`,
      text,
    };
  },
};

const forumDigest: Template = {
  name: 'stack-forum-digest',
  kind: 'ham',
  make: (s) => {
    const qs = Array.from({ length: s.int(3, 5) }, () =>
      s.pick([
        'How to reproject a raster in GDAL without resampling?',
        'Why does my PostGIS ST_Intersects query ignore the index?',
        'Python: read DXF layers with ezdxf',
        'Excel: lookup with two criteria',
        'Bash: loop over files with spaces',
      ]),
    );
    const blocks: Block[] = [
      'Top new questions this week',
      ...qs.map(
        (q) =>
          ({
            link: `https://stackoverflow.com/questions/${s.digits(8)}?utm_source=stackexchange&utm_medium=email&utm_campaign=newsletter`,
            label: q,
          }) as Block,
      ),
      `Unsubscribe from these emails: https://stackexchange.com/users/email/unsubscribe?token=${s.token(20)}`,
    ];
    return {
      ...service(s, 'Stack Exchange', 'do-not-reply@stackexchange.com'),
      subject: s.pick([
        'Stack Overflow: top questions this week',
        'GIS Stack Exchange newsletter',
        'Your weekly digest',
      ]),
      ...s.compose(blocks),
    };
  },
};

const registrarRenewal: Template = {
  name: 'registrar-real-renewal',
  kind: 'ham',
  make: (s) => {
    const reg = s.pick([
      { name: 'Gandi', address: 'noreply@gandi.net', url: 'https://admin.gandi.net/domain' },
      {
        name: 'Namecheap',
        address: 'support@namecheap.com',
        url: 'https://ap.www.namecheap.com/domains/list',
      },
      { name: 'Porkbun', address: 'support@porkbun.com', url: 'https://porkbun.com/account/domainsSpeedy' },
    ]);
    const domain = `${s.pick(['whitlock-family', 'ole-sandvik', 'tanaka-photo', 'byrne-cycling'])}.${s.pick(['net', 'org', 'uk'])}`;
    const body = s.compose([
      `Hello,`,
      `The domain ${domain} expires on ${s.day()}. Auto-renew is ${s.pick(['enabled, and we will charge your card on file', 'disabled - renew it to keep your website and email working'])}.`,
      { link: reg.url, label: 'Manage your domains' },
      `The ${reg.name} team`,
    ]);
    return {
      ...service(s, reg.name, reg.address),
      subject: s.pick([
        `Domain ${domain} expires soon`,
        `Renewal reminder: ${domain}`,
        `[${reg.name}] Expiration notice`,
      ]),
      ...body,
    };
  },
};

const zoomInvite: Template = {
  name: 'zoom-meeting-invite',
  kind: 'ham',
  era: [2020, 2026],
  make: (s) => {
    const host = s.personName();
    const id = `${s.digits(3)} ${s.digits(4)} ${s.digits(4)}`;
    const text = `${host} is inviting you to a scheduled Zoom meeting.\n\nTopic: ${s.pick(['Design coordination', 'Client progress meeting', 'Bid review'])}\nTime: ${s.day()} 14:00 London\n\nJoin Zoom Meeting\nhttps://${s.pick(['us02web', 'us06web'])}.zoom.us/j/${id.replace(/ /g, '')}?pwd=${s.token(32)}\n\nMeeting ID: ${id}\nPasscode: ${s.digits(6)}`;
    const domain = s.pick([
      'atkins-partners.example.com',
      'meridian-surveys.example',
      'northgate-council.example.gov.uk',
    ]);
    return {
      from: [host, `${host.split(' ')[0].toLowerCase()}@${domain}`],
      auth: s.own(domain),
      mailer: 'person',
      subject: s.pick([
        'Zoom meeting invitation',
        `Invitation: ${s.pick(['Design coordination', 'Bid review'])}`,
      ]),
      text,
    };
  },
};

const slackDigest: Template = {
  name: 'slack-notification',
  kind: 'ham',
  era: [2016, 2026],
  make: (s) => {
    const who = s.colleague()[0];
    const body = s.compose(
      [
        `${who} mentioned you in #${s.pick(['harbour-road', 'it-help', 'general', 'bids'])}`,
        `"@${s.first} ${s.pick(['can you check the survey export?', 'thanks for the quick fix!', 'are you joining the call?'])}"`,
        {
          button: 'Open Slack',
          href: `https://hallbeck.slack.com/archives/C${s.token(8).toUpperCase()}/p${s.digits(16)}`,
        },
        `You're getting this email because you have notifications enabled. Unsubscribe: https://hallbeck.slack.com/account/notifications`,
      ],
      s.pick(['html', 'both'] as const),
    );
    return {
      ...service(s, 'Slack', 'feedback@slack.com'),
      subject: s.pick([
        `[Slack] New message from ${who}`,
        `${who} mentioned you`,
        'Notifications from the Hallbeck workspace',
      ]),
      ...body,
    };
  },
};

const oldStylePersonal: Template = {
  name: 'archive-era-personal-latin1',
  kind: 'ham',
  era: [2015, 2018],
  make: (s) => {
    const f = friend(s);
    const text = `${s.first} --\n\n${s.pick(['Got your message. The caf\u00e9 on Elm St. is closing, so let\u2019s meet at Jos\u00e9\u2019s place instead; 7:30?', 'Here\u2019s the r\u00e9sum\u00e9 I mentioned \u2014 my cousin is looking for a job in civil engineering. Any advice welcome.', 'The na\u00efve approach worked after all \u2014 the script now handles the \u00bd-inch fittings. Pretty pleased.'])}\n\n${f.name.split(' ')[0]}`;
    return {
      ...f,
      subject: s.pick(['re: tonight', 'r\u00e9sum\u00e9', 'it works!', 'caf\u00e9']),
      text,
      charset: s.pick(['windows-1252', 'iso-8859-1']),
    };
  },
};

const tripTrain: Template = {
  name: 'train-ticket',
  kind: 'ham',
  make: (s) => {
    const ref = s.token(8).toUpperCase();
    const body = s.compose([
      `Thanks for booking with Trainline, ${s.first}.`,
      {
        list: [
          `${s.pick(['London Kings Cross', 'Bristol Temple Meads', 'Manchester Piccadilly'])} to ${s.pick(['Edinburgh', 'London Paddington', 'Leeds'])}`,
          `Outward: ${s.day()}`,
          `Booking reference: ${ref}`,
          `Total: ${s.money(25, 190, '\u00a3')}`,
        ],
      },
      'Your e-tickets are in the Trainline app.',
      { link: `https://www.thetrainline.com/my-account/bookings/${ref}`, label: 'View booking' },
    ]);
    return {
      ...service(s, 'Trainline', 'auto-confirm@info.thetrainline.com'),
      subject: `Your booking confirmation ${ref}`,
      ...body,
    };
  },
};

const ENGLISH: readonly Template[] = [
  weekendPlans,
  familyPhotos,
  debianUser,
  listReply,
  kernelPatch,
  mailmanDigest,
  lwnWeekly,
  shopNewsletter,
  amazonShipped,
  paypalReceipt,
  ebaySold,
  appleReceipt,
  githubNotification,
  gitlabPipeline,
  jiraUpdate,
  workThread,
  internalInvite,
  googleInvite,
  forwardedArticle,
  bookingCom,
  airlineTicket,
  bankStatement,
  passwordReset,
  signinAlert,
  verificationCode,
  itMaintenance,
  passwordExpiryReal,
  payslip,
  supplierInvoice,
  googleDocShare,
  dropboxShare,
  docusignReal,
  voicemailReal,
  scannerPdf,
  upsReal,
  conferenceCfp,
  recruiter,
  charityReceipt,
  utilityBill,
  accountantRequest,
  colleagueFreemail,
  schoolParents,
  releaseAnnounce,
  forumDigest,
  registrarRenewal,
  zoomInvite,
  slackDigest,
  oldStylePersonal,
  tripTrain,
];

const TEMPLATES: readonly Template[] = [...ENGLISH, ...LOCAL_HAM];

export const UNSEEN_HAM_14_TEMPLATE_COUNT: number = TEMPLATES.length;

export async function unseenHam14(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  return draw(TEMPLATES, perTemplate, seed, seededRandom);
}
