import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { requests } from './requests.js';

describe('the requests analyser', () => {
  it("weighs a friend's transfer from free mail too little to flag, and the same pressed as fraud", async () => {
    const weight = async (text: string) =>
      (await requests.analyse(await message({ from: 'Julien <julien.b71@gmail.com>', text }), context()))[0]
        ?.weight;
    expect(await weight("Je peux avancer l'argent, tu me fais un virement après.")).toBe(25);
    expect(await weight("Fais-moi un virement aujourd'hui, c'est urgent.")).toBe(40);
    expect(await weight('Can you buy four Apple gift cards for the client gifts? Thanks.')).toBe(40);
  });

  it('reads a brand of gift cards named in the news as no ask', async () => {
    const text = 'Today: Apple cuts iTunes prices, and cable companies crack down on Wi-Fi sharing.';
    const from = '"News Daily" <dispatch@news.example>';
    expect(await requests.analyse(await message({ from, text }), context())).toEqual([]);
  });

  it("leaves what a discussion list's member asks of the list to the list", async () => {
    const text = 'Are you at your desk? I need an urgent wire transfer processed today, I am in a meeting.';
    const from = 'Maria Keller <maria.keller.ceo@gmail.com>';
    const list = ['List-Id: <fork.xent.example>', 'List-Post: <mailto:fork@xent.example>'];
    expect(await requests.analyse(await message({ from, text, headers: list }), context())).toEqual([]);
    expect(await requests.analyse(await message({ from, text }), context())).not.toEqual([]);
  });

  it('names a pressed request for money from a free mail account', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <maria.keller.ceo@gmail.com>',
        text: 'Are you at your desk? I need an urgent wire transfer processed today, I am in a meeting.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'money-or-secret-request', weight: 40 });
    expect(found.explanation).toContain('"wire transfer"');
    expect(found.explanation).toContain('maria.keller.ceo@gmail.com');
  });

  it('says nothing of a colleague mentioning payroll without haste', async () => {
    const note = await message({
      from: 'HR <hr@corp.example>',
      text: 'The payroll calendar for next year is attached.',
    });
    expect(await requests.analyse(note, context())).toEqual([]);
  });

  it('names a change of bank details whoever sends it, more so from free mail', async () => {
    const [vendor] = await requests.analyse(
      await message({
        from: 'Accounts <ar@supplier.example>',
        text: 'Please note that our banking details have changed. Pay the open invoices to the new account below.',
      }),
      context(),
    );
    expect(vendor).toMatchObject({ code: 'payment-redirect', weight: 35 });
    const [employee] = await requests.analyse(
      await message({
        from: 'Tom Becker <tombecker7@gmail.com>',
        text: 'I changed banks and would like to update my direct deposit before the next pay date.',
      }),
      context(),
    );
    expect(employee).toMatchObject({ code: 'payment-redirect', weight: 50 });
  });

  it('reads a rule against changing bank details or buying gift cards as no ask, and the ask after it as one', async () => {
    const from = 'Margaret Alder <malder@corp.example>';
    const memo = await message({
      from,
      text:
        'A reminder, given the fraud we keep seeing: we never change wiring instructions on the strength of an email. ' +
        'Likewise, I will never ask anyone to buy gift cards or to move money urgently by email.',
    });
    expect(await requests.analyse(memo, context())).toEqual([]);
    const policy = await message({
      from,
      text: 'Any new or changed wire instructions must be verified by phone at a number we already have on file.',
    });
    expect((await requests.analyse(policy, context())).map((s) => s.weight)).toEqual([15]);
    // "never … urgently" is no haste
    const both = await message({
      from,
      text: 'Any new or changed wire instructions must be verified by phone at a number we already have on file. I will never ask you to move money urgently by email.',
    });
    expect((await requests.analyse(both, context())).map((s) => s.weight)).toEqual([15]);
    const cierre = await message({
      from,
      text: 'La oficina permanecerá cerrada. Recuerden: nunca cambiamos instrucciones de transferencia por correo electrónico.',
    });
    expect(await requests.analyse(cierre, context())).toEqual([]);
    const [asked] = await requests.analyse(
      await message({
        from: 'Accounts <ar@supplier.example>',
        text: 'We never send invoices by post. Please note that our banking details have changed: pay the open invoices to the new account below.',
      }),
      context(),
    );
    expect(asked).toMatchObject({ code: 'payment-redirect', weight: 35 });
  });

  it('weighs less a change of bank details that asks to be checked by phone, in Spanish, Dutch, Polish, Italian or Swedish too', async () => {
    const weight = async (text: string) =>
      (
        await requests.analyse(
          await message({ from: 'Ricardo <administracion@interpretes.example>', text }),
          context(),
        )
      )[0]?.weight;
    expect(
      await weight(
        'Aviso de cambio de datos bancarios: adjuntamos la carta firmada con los nuevos datos. No realice ningún cambio solo con base en este correo: llame a nuestra oficina al número que ya tiene registrado.',
      ),
    ).toBe(15);
    expect(
      await weight(
        'Onze bankgegevens zijn gewijzigd. Bel ter controle onze administratie op het bij u bekende nummer voordat u iets aanpast.',
      ),
    ).toBe(15);
    for (const checked of [
      'Informujemy o zmianie numeru rachunku bankowego. Prosimy nie dokonywać żadnych zmian tylko na podstawie tego maila i zadzwonić do naszej księgowości pod numer znany Państwu z dotychczasowej współpracy.',
      'Vi informiamo che le nostre coordinate bancarie sono cambiate. Non apportate modifiche solo in base a questa e-mail: chiamate la nostra amministrazione al numero che già conoscete.',
      'Vi har bytt bankkonto. Ändra ingenting enbart utifrån detta mejl – ring vår ekonomiavdelning på det nummer ni redan har.',
    ]) {
      expect(await weight(checked)).toBe(15);
    }
    expect(
      await weight('Aviso de cambio de datos bancarios: adjuntamos la carta firmada con los nuevos datos.'),
    ).toBe(35);
    expect(
      await weight('Informujemy o zmianie numeru rachunku bankowego. Nowy rachunek w załączonym piśmie.'),
    ).toBe(35);
    expect(
      await weight(
        'Change of bank details: the attached letter has the new details. Please do not update anything from this email alone: call our accounts team on the number on your existing supplier record.',
      ),
    ).toBe(15);
  });

  it('weighs a pressed demand for payment more when it threatens a penalty', async () => {
    const pressed = await requests.analyse(
      await message({ from: 'Collections <c@billing.example>', text: 'Please remit payment today.' }),
      context(),
    );
    expect(pressed[0].weight).toBe(20);
    const threatened = await requests.analyse(
      await message({
        from: 'Collections <c@billing.example>',
        text: 'Final notice: please remit payment today to avoid a late fee.',
      }),
      context(),
    );
    expect(threatened[0].weight).toBe(35);
  });

  it('reads gift cards under their brands and secrecy as pressure', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <ceo.keller@outlook.com>',
        text: 'I need you to get some Apple cards for the staff, send me the codes. Do not tell anyone, it is a surprise.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'money-or-secret-request', weight: 40 });
    expect(found.explanation).toContain('"Apple cards"');
  });

  it('names the opener of gift-card fraud from a free mail account: free for a task, and do not check', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <maria.keller.office@gmail.com>',
        text: "Are you available? I need you to handle a task for me discreetly. I'm in a conference and can't talk.",
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'bec-opener', weight: 40 });
    expect(found.explanation).toContain('"Are you available"');
    // moving to text messages is the other way of not being checked
    const texting = async (text: string) =>
      (
        await requests.analyse(
          await message({ from: 'Ilse <ilse.coppens.private@gmail.com>', text }),
          context(),
        )
      ).map((s) => s.code);
    expect(await texting('Hi Pieter, are you at your desk? I need a quick favour. Text me')).toEqual([
      'bec-opener',
    ]);
    expect(await texting('Are you free on Saturday? Text me when you land.')).toEqual([]);
  });

  it("says nothing of a colleague's question from the company's own mail, or a friend's plain one", async () => {
    const codes = async (from: string, text: string) =>
      (await requests.analyse(await message({ from, text }), context())).map((s) => s.code);
    expect(
      await codes(
        'Maria Keller <maria.keller@corp.example>',
        'Are you available? I am in a meeting until 3, then free.',
      ),
    ).toEqual([]);
    expect(await codes('Tom <tom.b@gmail.com>', 'Are you free on Saturday for the match?')).toEqual([]);
  });
  it("names the opener that asks for a personal number, and an ask for employees' W-2 forms, from free mail", async () => {
    const opener = await requests.analyse(
      await message({
        from: 'Maria Keller <m.keller.office@gmail.com>',
        text: "Hi, send me your cell number, I need a task done. I'm in a conference and can't talk.",
      }),
      context(),
    );
    expect(opener.map((s) => s.code)).toEqual(['bec-opener']);
    const w2 = await requests.analyse(
      await message({
        from: 'Maria Keller <m.keller.office@gmail.com>',
        text: 'I need the W-2 forms of all staff for a review today, send them as one PDF.',
      }),
      context(),
    );
    expect(w2.map((s) => s.code)).toEqual(['money-or-secret-request']);
    const taxForms = await requests.analyse(
      await message({
        from: 'Maria Keller <maria@keller-consult.example>',
        text: 'Could you email me the 2026 W2s in PDF for every employee? The auditors need them urgently.',
      }),
      context(),
    );
    expect(taxForms.map((s) => s.code)).toEqual(['money-or-secret-request']);
    const ownW2 = await requests.analyse(
      await message({
        from: 'Payroll <payroll@corp.example>',
        text: 'Your W-2 is now available in the payroll portal.',
      }),
      context(),
    );
    expect(ownW2).toEqual([]);
  });

  it("reads an employee's ask to change their salary account, and the opener that asks to be texted", async () => {
    const salary = await requests.analyse(
      await message({
        from: 'Tom Reyes <tom.reyes.home@mailbox.example>',
        text: 'Hello payroll, please change my payroll account before the next run. New numbers to follow.',
      }),
      context(),
    );
    expect(salary.map((s) => s.code)).toEqual(['payment-redirect']);
    const notice = await requests.analyse(
      await message({
        from: 'HR <hr@corp.example>',
        text: 'Reminder: staff can change their payroll account in the HR portal at any time.',
      }),
      context(),
    );
    expect(notice).toEqual([]);
    const opener = await requests.analyse(
      await message({
        from: 'Ana Ruiz <ana.ruiz.ceo@mailbox.example>',
        text: 'Are you free? I have something urgent for you. WhatsApp me at +34 600 000 000.',
      }),
      context(),
    );
    expect(opener.map((s) => s.code)).toEqual(['bec-opener']);
    const friend = await requests.analyse(
      await message({
        from: 'Ana Ruiz <ana@mailbox.example>',
        text: 'Landed! Text me at +34 600 000 000 when you are out of the meeting and we will grab dinner.',
      }),
      context(),
    );
    expect(friend).toEqual([]);
  });

  it('reads payment instructions said to have changed as a change of bank details, not your own card update', async () => {
    const changed = await requests.analyse(
      await message({
        from: 'Receivables <ar@tilemakers.example>',
        text: 'The remittance instructions in the enclosed letter have been revised; please pay invoice 8812 on that basis.',
      }),
      context(),
    );
    expect(changed.map((s) => s.code)).toEqual(['payment-redirect']);
    const card = await requests.analyse(
      await message({
        from: 'Billing <billing@saas-tool.example>',
        text: 'Your payment details have been updated. Your next payment is taken on 1 January.',
      }),
      context(),
    );
    expect(card).toEqual([]);
  });
});

describe('the requests analyser on payment diversion and gift cards', () => {
  const signs = async (from: string, text: string) =>
    (await requests.analyse(await message({ from, text }), context())).map((s) => [s.code, s.weight]);

  it('reads a new bank, new wire instructions and a secondary account as a change of bank details', async () => {
    expect(
      await signs(
        'Finance <finance@supplier-payments.example>',
        'We have moved our accounts to a new bank. Please update our remittance details before paying the open invoices.',
      ),
    ).toEqual([['payment-redirect', 35]]);
    expect(
      await signs(
        'Escrow <closing@title.example>',
        'Please use our secondary escrow account for the down payment and do not call the office today.',
      ),
    ).toEqual([['payment-redirect', 35]]);
  });

  it('weighs little a supplier that asks you to check the change by phone, and nothing of a card update', async () => {
    expect(
      await signs(
        'Accounts <ar@supplier.example>',
        'Our banking details have changed from 1 January. Please call your usual contact to confirm this change before the next payment.',
      ),
    ).toEqual([['payment-redirect', 15]]);
    expect(
      await signs(
        'Billing <billing@saas.example>',
        'Your card was declined. Update your payment details in the admin console.',
      ),
    ).toEqual([]);
  });

  it('names the opener from any outside domain when it announces a task and keeps you from checking', async () => {
    expect(
      await signs(
        'Maria Keller <maria.keller@keller-office.example>',
        "I'm in a meeting and can't talk. I have a task for you.",
      ),
    ).toEqual([['bec-opener', 30]]);
    expect(
      await signs(
        'Maria Keller <mk@keller-office.example>',
        'Send me your WhatsApp number, I need something done quickly.',
      ),
    ).toEqual([['bec-opener', 30]]);
    expect(
      await signs(
        'Partner <pm@supplier.example>',
        'Are you available for a call tomorrow? I am in a meeting until 3.',
      ),
    ).toEqual([]);
  });

  it("names an ask for gift cards' codes or pictures of their backs, and not a reward to choose", async () => {
    expect(
      await signs(
        'Maria Keller <ceo@keller-office.example>',
        'Get 5 Apple gift cards of $100 for clients. Scratch the back, take a clear picture of each card and email them to me.',
      ),
    ).toEqual([['gift-card-codes', 40]]);
    expect(
      await signs(
        'Rewards <rewards@rewards.example>',
        'You received a $50 reward. Choose a gift card or a charity donation; your code arrives by email.',
      ),
    ).toEqual([]);
  });

  it('weighs little a supplier whose notice says to keep paying the old account until confirmed by phone', async () => {
    expect(
      await signs(
        'Finance <finance@marlowpike.example>',
        'Change of bank account from 1 January. Our finance team will call your accounts\npayable department from the number you already hold for us to confirm the new details by phone; please do not change anything on the strength of this email alone, and keep paying to the current account until then.',
      ),
    ).toEqual([['payment-redirect', 15]]);
  });

  it('weighs little a change the thread says was checked by calling back a number already held, and not one that only claims a call', async () => {
    expect(
      await signs(
        'Chloe Bakker <chloe.bakker@bluefin-freight.example>',
        'RE: new bank details\nThanks for calling back this morning on our main line. Attached is the signed letter.\n\n> Chloe, before we change anything I will call your office on the number we hold.',
      ),
    ).toEqual([['payment-redirect', 15]]);
    expect(
      await signs(
        'Chloe Bakker <chloe.bakker@bluefin-freight.example>',
        'RE: new bank details\nAs agreed on the call, attached are our new bank details. Please update them today.',
      ),
    ).toEqual([['payment-redirect', 35]]);
  });

  it('reads an assignment to a factor, an account under audit and transfers on hold as a change of where payments go', async () => {
    for (const text of [
      'All payments on open and future invoices must now be made to the account in the attached notice. Payments to any other account will not discharge your debt.',
      'As our receiving account is under audit this quarter, kindly pay the remaining balance to our settlement account.',
      'Our bank transfers are on hold this week because of a system change, so please settle the open balance by card instead.',
    ])
      expect(await signs('AR <ar@supplier-finance.example>', text)).toEqual([['payment-redirect', 35]]);
    expect(
      await signs('AR <ar@supplier.example>', 'Payment is due within 30 days to the account on the invoice.'),
    ).toEqual([]);
  });

  it('reads a factor\'s "payments only to the new account" in the languages mail comes in', async () => {
    for (const text of [
      'Zahlungen auf offene Rechnungen können nur noch schuldbefreiend auf das folgende Konto geleistet werden.',
      'Tout paiement effectué sur un autre compte ne sera pas libératoire.',
      'Todos los pagos de facturas deberán realizarse en la nueva cuenta indicada.',
      'Tutti i pagamenti dovranno essere effettuati sul nuovo conto indicato.',
      'Alle betalingen moeten voortaan worden overgemaakt op de nieuwe rekening.',
    ])
      expect(await signs('Factor <collections@factor-finance.example>', text)).toEqual([
        ['payment-redirect', 35],
      ]);
  });

  it('reads an ask for a list of staff with their mobile numbers in the languages mail comes in', async () => {
    for (const text of [
      'Bitte senden Sie mir eine Liste Ihrer Mitarbeiter mit ihren Handynummern.',
      'Envoyez-moi la liste de vos collaborateurs avec leurs numéros de portable.',
      'Envíame la lista de tus empleados con sus números de móvil.',
      "Mandami l'elenco dei tuoi dipendenti con i loro numeri di cellulare.",
      'Stuur me een lijst van je medewerkers met hun mobiele nummers.',
    ])
      expect(await signs('Maria Keller <maria.keller.office@gmail.com>', text)).toEqual([
        ['money-or-secret-request', 40],
      ]);
  });

  it("names an ask for staff's mobile numbers or the contact in accounts payable from a free mail account, and not from a company's own", async () => {
    expect(
      await signs(
        'Maria Keller <maria.keller.office@gmail.com>',
        'Could you please send me a current list of your direct reports with their mobile numbers?',
      ),
    ).toEqual([['money-or-secret-request', 40]]);
    expect(
      await signs(
        'Tom Reyes <tom.reyes88@outlook.com>',
        'Could you kindly confirm the best point of contact in your accounts payable team, along with your current remittance email address?',
      ),
    ).toEqual([['money-or-secret-request', 40]]);
    expect(
      await signs(
        'Tom Reyes <tom.reyes@supplier.example>',
        'Could you confirm the contact in your accounts payable team for our invoices?',
      ),
    ).toEqual([]);
  });

  it('reads a free mail provider under any of its endings as free mail', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <maria.keller@yahoo.co.uk>',
        text: 'I need an urgent wire transfer processed today.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'money-or-secret-request', weight: 40 });
    expect(found.explanation).toContain('free mail account');
  });

  it("reads an executive's approval named to hurry a transfer as pressure", async () => {
    expect(
      await signs(
        'Mateo <mateo@corp-docs.example>',
        'As agreed with the CFO, please make the transfers we discussed; the bank details are below.',
      ),
    ).toContainEqual(['money-or-secret-request', 20]);
  });

  it('reads a final demand to transfer today in other languages, and not an invoice due in 30 days', async () => {
    expect(
      await signs(
        'Buchhaltung <ar@consulting-services.example>',
        'Rechnung 1162 ist noch offen. Bitte überweisen Sie den Betrag heute, um Inkassokosten zu vermeiden.',
      ),
    ).toEqual([['money-or-secret-request', 35]]);
    expect(
      await signs(
        'Buchhaltung <buchhaltung@ostara-components.example>',
        'Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf das in der Rechnung genannte Konto.',
      ),
    ).toEqual([]);
  });

  it('reads gift cards, a new account and a closed phone line in the languages mail comes in', async () => {
    expect(
      await signs(
        'Hannah <hannah.okafor@gmx.net>',
        'Ho bisogno che tu acquisti delle carte regalo per dei clienti oggi stesso, sono in riunione.',
      ),
    ).toEqual([['money-or-secret-request', 40]]);
    expect(
      await signs(
        'Omar <omar@freight-payments.example>',
        'Hemos cambiado la cuenta en la que recibimos los pagos; abonen las facturas en la nueva cuenta. Estos días no atendemos llamadas.',
      ),
    ).toEqual([['payment-redirect', 35]]);
    expect(
      await signs(
        'Escrow <closing@title-escrow.example>',
        'Our escrow account has changed due to an audit; disregard any earlier instructions. Our phones are down, email is best.',
      ),
    ).toEqual([['payment-redirect', 35]]);
    expect(
      await signs(
        'AR <ar@kestrelpack.example>',
        'We are moving to a new payment platform; payments sent to the old account after that date will be returned.',
      ),
    ).toEqual([['payment-redirect', 35]]);
    expect(
      await signs(
        'Omar <omar@freight.example>',
        'Les enviamos la factura de octubre; la cuenta es la de siempre.',
      ),
    ).toEqual([]);
  });

  it("reads a supplier's change of bank account in the languages BEC is written in, and not its ordinary invoice or a bank's welcome", async () => {
    const changes = [
      'Les agradeceríamos que el pago se hiciera a la siguiente cuenta, ya que la anterior está bloqueada: IBAN ES12 2100 0418 4502 0005 1332.',
      'Unsere Bankverbindung hat sich geändert. Bitte überweisen Sie die offenen Rechnungen ab sofort auf das untenstehende Konto.',
      "Suite à un changement de banque, merci d'effectuer vos virements sur notre nouveau compte ci-dessous.",
      'Vi informiamo che il vecchio conto è stato bloccato per una verifica: effettuate il bonifico sul nuovo conto.',
      'Informamos que os nossos dados bancários foram alterados. Efetue o pagamento para a nova conta abaixo.',
      'Onze bankgegevens zijn gewijzigd. Wilt u de openstaande facturen voortaan betalen op de nieuwe rekening?',
      'Uprzejmie informujemy o zmianie numeru rachunku bankowego. Prosimy o dokonywanie wpłat na poniższy rachunek.',
      'Banka hesap bilgilerimiz değişmiştir. Ödemelerinizi aşağıdaki yeni hesabımıza yapmanızı rica ederiz.',
      'Vi har fått nytt bankgironummer. Betala fakturorna till vårt nya konto nedan.',
      'Vă informăm că datele noastre bancare au fost modificate; vă rugăm ca plata să fie făcută în contul nou.',
      'Od 1. 12. jsme změnili banku. Faktury prosím hraďte výhradně na nový účet, platby na starý účet budou vráceny.',
      'Tájékoztatjuk, hogy bankszámlaszámunk megváltozott. Kérjük, a számlákat az alábbi új bankszámlaszámra utalják.',
      '弊社の取引銀行変更に伴い、今月分以降のお振込先を下記口座へ変更させていただきます。',
    ];
    for (const text of changes)
      expect(await signs('Accounts <accounts@supplier-group.example>', text)).toEqual([
        ['payment-redirect', 35],
      ]);
    const honest = [
      'Bienvenido: su nueva cuenta ya está activa y puede consultar sus movimientos en la aplicación.',
      'Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf das in der Rechnung genannte Konto.',
      'Bienvenue ! Votre nouveau compte client est créé, vous pouvez suivre vos commandes en ligne.',
      'Benvenuto, il tuo nuovo conto è attivo: trovi la carta nella tua area personale.',
      'Segue em anexo a fatura de novembro; o pagamento pode ser feito na conta de sempre.',
      'In de bijlage vindt u de nieuwe rekening voor november.',
      'W załączniku przesyłamy nowy rachunek za listopad, płatny w terminie 14 dni.',
      'Kasım ayı faturanız ektedir, ödemeyi her zamanki hesabımıza yapabilirsiniz.',
      'Bifogat finns fakturan för november, att betala till vårt vanliga bankgiro inom 30 dagar.',
      'Vă trimitem factura pentru noiembrie, cu plata în contul obișnuit.',
      'Posíláme fakturu 2026/114 se splatností 14 dní, platba na účet uvedený na faktuře.',
      'Mellékelten küldjük a novemberi számlát, fizetési határidő 15 nap.',
      '11月分のご請求書をお送りいたします。お振込先はいつもの口座です。',
    ];
    for (const text of honest)
      expect(await signs('Accounts <accounts@supplier-group.example>', text)).toEqual([]);
  });

  it("reads an employee's new salary account from free mail in other languages, and not the payslip notice", async () => {
    for (const text of [
      'Am deschis un cont nou și aș dori ca salariul din luna aceasta să fie virat în noul cont.',
      'He cambiado de banco y quiero que la nómina de este mes se ingrese en mi nueva cuenta.',
      'Ich habe die Bank gewechselt, bitte überweisen Sie mein Gehalt ab diesem Monat auf mein neues Konto.',
      'Zmieniłem bank i proszę o przelanie najbliższego wynagrodzenia na nowy rachunek.',
    ])
      expect(await signs('Ion Popescu <ion.popescu81@gmail.com>', text)).toEqual([['payment-redirect', 50]]);
    expect(
      await signs(
        'Lohnbüro <lohn@corp.example>',
        'Ihre Gehaltsabrechnung für November steht im Portal bereit. Die Auszahlung erfolgt auf das hinterlegte Konto.',
      ),
    ).toEqual([]);
  });

  it('reads a confidential payment asked from free mail in the languages CEO fraud is written in, and not a colleague asking the same plainly', async () => {
    for (const text of [
      'Bitte veranlassen Sie heute eine Zahlung über 82.531,93 €. Details folgen. Bitte behandeln Sie das absolut vertraulich und sprechen Sie mit niemandem darüber.',
      'Necesito que hoy mismo se haga una transferencia a un proveedor. Manténgalo en reserva, no lo comente con nadie.',
      "J'ai besoin que tu effectues un virement aujourd'hui, en toute discrétion. N'en parle à personne.",
      'Ho bisogno di un bonifico urgente oggi stesso, in via strettamente riservata.',
      'Preciso que faça uma transferência ainda hoje. Total sigilo, não comente com ninguém.',
      'Ik heb vandaag met spoed een overboeking nodig. Houd dit strikt vertrouwelijk.',
      'Czy jesteś w biurze? Potrzebuję, żebyś dzisiaj zrobił pilny przelew. Proszę nikomu o tym nie mówić.',
      'Müsait misiniz? Bugün acil bir havale yapmanız gerekiyor. Lütfen kimseye bahsetmeyin.',
      'Är du på kontoret? Jag behöver att du gör en brådskande betalning idag. Håll detta mellan oss.',
      'Ești la birou? Am nevoie să faci un transfer bancar astăzi. Te rog să nu spui nimănui.',
      'Jste v kanceláři? Potřebuji, abyste dnes provedl platbu. Prosím, zachovejte diskrétnost.',
      'Az irodában van? Még ma szükségem van egy sürgős átutalásra. Kérem, maradjon köztünk.',
      '至急、本日中に送金をお願いしたい案件があります。内密にお願いします。',
    ])
      expect(await signs('Director <director.office.mail@gmail.com>', text)).toEqual([
        ['money-or-secret-request', 40],
      ]);
    for (const text of [
      'Kannst du bitte die Zahlung an Müller prüfen, wenn du Zeit hast?',
      '¿Puedes revisar el pago de la factura 114 cuando tengas un momento?',
      'Czy możesz sprawdzić przelew do dostawcy w przyszłym tygodniu?',
      '来週、A社への送金内容を確認してもらえますか。',
    ])
      expect(await signs('Colleague <colleague@corp.example>', text)).toEqual([]);
  });

  it('names the opener and the ask for gift-card codes in other languages, and not a colleague asking if you are in the office', async () => {
    for (const text of [
      'Sind Sie heute im Büro? Ich brauche Ihre Unterstützung bei einer vertraulichen Angelegenheit. Ich bin in Besprechungen.',
      'Sei in ufficio? Ho bisogno di un piccolo favore, sono in riunione.',
      'Bent u op kantoor? Ik heb een klein verzoek, ik zit in een vergadering.',
      '今お時間よろしいですか。お願いしたいことがあります。会議中のため、メールでお願いします。',
    ])
      expect(await signs('Director <director.office.mail@gmail.com>', text)).toEqual([['bec-opener', 40]]);
    for (const text of [
      '¿Estás en la oficina? Necesito que compres tarjetas de regalo para unos clientes. Envíame los códigos.',
      'Você está disponível? Preciso que compre cartões-presente hoje. Envie-me os códigos.',
    ])
      expect(await signs('Director <director.office.mail@gmail.com>', text)).toEqual([
        ['money-or-secret-request', 40],
        ['gift-card-codes', 40],
      ]);
    expect(
      await signs(
        'Colleague <colleague@corp.example>',
        'Bist du heute im Büro? Ich bringe Kuchen für das Team mit.',
      ),
    ).toEqual([]);
  });

  it("reads an employee's salary moved to a new bank or credit union as a change of bank details", async () => {
    const [found] = await requests.analyse(
      await message({
        from: '"Ole Sandvik" <ole.sandvik@mailbox.example>',
        text: 'I switched to a new credit union and would like my salary to go to the new account. Can you update it before the next payroll?',
      }),
      context(),
    );
    expect(found?.code).toBe('payment-redirect');
  });
});
