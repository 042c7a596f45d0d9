// The nineteenth unseen set's Spanish mail, for the Miami office and Spanish-speaking clients: phishing
// (closing wire changes, a partner asking for gift cards, tax refunds, judicial notices in locked zips, a
// QR invoice, payroll diversion) and genuine mail (e-signature, bank alerts, a title company's wiring
// letter that asks for a call, a client's complaint, an office closure for a hurricane).
import { qrPng } from './payloads.js';
import {
  addDays,
  addr,
  alnum,
  DOMAIN,
  digits,
  dolares,
  FIRM,
  fecha,
  free,
  freemail,
  guid,
  hex,
  int,
  letter,
  MONTHS_LONG,
  mailbox,
  miamiStaff,
  money,
  name,
  noteHtml,
  outsider,
  owned,
  pass,
  property,
  type R,
  signature,
  spoofed,
  staff,
  type Template,
  upper,
} from './unseen-19-scene.js';
import { onePagePdf, protectedZip } from './unseen-payloads.js';

const b64url = (s: string) => Buffer.from(s).toString('base64').replace(/=+$/, '');
const banco = (r: R) =>
  r.pick([
    ['Truist Bank', '061000104'],
    ['Ocean Bank', '066011392'],
    ['City National Bank of Florida', '066004367'],
    ['Citizens Bank, N.A.', '011500120'],
  ] as const);

export const LOCAL_PHISHING_19: Template[] = [
  {
    id: 'es-closing-wire-change',
    kind: 'closing-wire-fraud',
    make(r, d) {
      const host = r.pick([
        'brickell-titulos.com',
        'miamititle-escrow.com',
        'oldrepublic-miami.net',
        'fidelitytitle-fl.com',
      ]);
      const officer = outsider(r, true);
      const to = miamiStaff(r, 'paralegal', 'partner', 'associate');
      const prop = property(r, 'Miami');
      const [b, aba] = banco(r);
      const text = [
        `Estimada ${to.first}:`,
        '',
        r.pick([
          `Le escribo en relación con el cierre de ${prop}. Por una auditoría interna, nuestra cuenta de depósito en garantía (escrow) habitual no puede recibir transferencias esta semana. Le pido que el comprador envíe los fondos a la siguiente cuenta:`,
          `Le informamos que las instrucciones de transferencia para el cierre de ${prop} han sido actualizadas. Por favor ignore las instrucciones anteriores y utilice estas:`,
        ]),
        '',
        `Banco: ${b}`,
        `Número de ruta (ABA): ${aba}`,
        `Cuenta: ${digits(r, 10)}`,
        `Beneficiario: ${r.pick(['Title Escrow Trust', 'Escrow Services LLC', 'Closing Trust Account'])}`,
        `Monto: ${dolares(r, 60000, 850000)}`,
        '',
        `Los fondos deben llegar antes del ${fecha(addDays(d, 1))} a las 11:00 a. m. Por favor confírmeme por este medio cuando la transferencia haya sido enviada; estamos trabajando de forma remota y no estamos atendiendo el teléfono de la oficina.`,
        '',
        'Saludos cordiales,',
        name(officer),
        'Oficial de Cierre',
      ];
      return {
        from: mailbox(
          name(officer),
          `${officer.first[0].toLowerCase()}${alnum(r, 2)}@${host}`
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, ''),
        ),
        to: addr(to),
        subject: r.pick([
          `Instrucciones de transferencia actualizadas - ${prop.split(',')[0]}`,
          `URGENTE: cambio de cuenta para el cierre`,
          `RE: Cierre ${prop.split(',')[0]}`,
        ]),
        text: text.join('\n'),
        html: r.below(2) ? noteHtml(text) : undefined,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-partner-gift-cards',
    kind: 'gift-card-bec',
    make(r) {
      const boss = r.pick([
        { first: 'Alejandro', last: 'Ferrer' },
        { first: 'Valeria', last: 'Montes' },
      ]);
      const to = miamiStaff(r, 'office', 'paralegal');
      const from = `${boss.first.toLowerCase()}.${boss.last.toLowerCase()}${r.pick(['.abogado', '.law', '01', ''])}@${r.pick(['gmail.com', 'outlook.com', 'hotmail.com'])}`;
      const text = r.pick([
        [
          `Hola ${to.first}, ¿estás en la oficina? Necesito que me hagas un favor urgente, estoy en una reunión con un cliente y no puedo hablar.`,
        ],
        [
          `${to.first}, necesito que compres unas tarjetas de regalo para unos clientes, ${int(r, 4, 8)} tarjetas de $${r.pick([100, 200, 250])} cada una. Es una sorpresa, no le digas a nadie. Me mandas fotos de los códigos por aquí. Te reembolso hoy mismo.`,
        ],
        [`Buenos días ${to.first}`, '', '¿Tienes un momento? Necesito que me ayudes con algo confidencial.'],
      ]);
      return {
        from: mailbox(`${boss.first} ${boss.last}`, from),
        to: addr(to),
        subject: r.pick(['Urgente', 'Favor', '¿Estás disponible?', 'Solicitud']),
        text: [
          ...text,
          '',
          r.pick(['Enviado desde mi iPhone', boss.first, `${boss.first} ${boss.last}`]),
        ].join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'es-inheritance-counsel',
    kind: 'advance-fee',
    make(r) {
      const who = outsider(r, true);
      const from = freemail(r, who, ['gmail.com', 'outlook.es', 'yahoo.es', 'hotmail.com']);
      const text = [
        'Estimado abogado:',
        '',
        `Mi nombre es ${name(who)}, abogado en ${r.pick(['Madrid', 'Caracas', 'Bogotá', 'Panamá'])}. Me pongo en contacto con su despacho para solicitar su colaboración en un asunto de herencia. Un cliente mío, ciudadano estadounidense residente en Florida, falleció sin herederos directos y dejó un depósito de ${r.pick(['7.500.000', '4.200.000', '11.800.000'])} dólares en una entidad bancaria.`,
        '',
        'Necesito un despacho en Estados Unidos que actúe como representante legal para reclamar los fondos. Su firma recibiría el 35 % del monto total como honorarios. Todos los documentos están en regla; solo se requiere cubrir los gastos de registro y certificación, que serán reembolsados.',
        '',
        'Le ruego me responda con su nombre completo y número de teléfono directo para enviarle la documentación. Este asunto es estrictamente confidencial.',
        '',
        'Atentamente,',
        name(who),
      ];
      return {
        from: mailbox(`Lic. ${name(who)}`, from),
        to: r.pick([`info@${DOMAIN}`, miamiStaff(r, 'partner').email]),
        subject: r.pick([
          'Propuesta confidencial',
          'Asunto de herencia - representación legal',
          'Colaboración profesional',
        ]),
        text: text.join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'es-irs-refund',
    kind: 'tax-refund-lure',
    make(r) {
      const host = r.pick(['irs-reembolsos.com', 'irs-gov-refund.org', 'tesoro-irs.info']);
      const to = staff(r);
      const url = `https://${host}/reembolso/${upper(r, 10)}?lang=es`;
      const l = letter({
        brand: { name: 'IRS - Servicio de Impuestos Internos', color: '#112e51' },
        greeting: 'Estimado contribuyente:',
        paras: [
          `Después del último cálculo anual de su actividad fiscal, hemos determinado que usted es elegible para recibir un reembolso de impuestos de ${money(r, 480, 2900)}.`,
          'Para recibir su reembolso, por favor complete el formulario en línea y verifique su información bancaria. Las solicitudes no completadas en 48 horas serán canceladas.',
        ],
        button: { text: 'Solicitar mi reembolso', url },
        footer: ['Internal Revenue Service | Departamento del Tesoro de los EE. UU.'],
      });
      return {
        from: mailbox('IRS Reembolsos', `reembolsos@${host}`),
        to: to.email,
        subject: r.pick([
          'Notificación de reembolso de impuestos',
          'Usted tiene un reembolso pendiente',
          'IRS: Acción requerida para su reembolso',
        ]),
        html: l.html,
        text: r.below(2) ? l.text : undefined,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-docusign-link',
    kind: 'esignature-lure',
    make(r) {
      const host = r.pick(['docusign-firma.com', 'firma-documentos.net', 'esign-revision.com']);
      const to = miamiStaff(r);
      const client = outsider(r, true);
      const doc = r.pick([
        'Contrato de compraventa',
        'Poder notarial',
        'Acuerdo de honorarios',
        'Declaración jurada',
      ]);
      const url = r.pick([
        `https://${host}/Signing/EmailStart.aspx?a=${guid(r)}&acct=${guid(r)}`,
        `https://${alnum(r, 10)}.pages.dev/?d=${b64url(to.email)}`,
      ]);
      const l = letter({
        brand: { name: 'DocuSign', color: '#1e4ca1' },
        paras: [`${name(client)} le envió un documento para revisar y firmar.`, `Documento: ${doc}.pdf`],
        button: { text: 'REVISAR DOCUMENTO', url },
        footer: [
          'No comparta este correo electrónico. Contiene un enlace seguro a DocuSign.',
          'Acerca de DocuSign: firme documentos electrónicamente en minutos.',
        ],
      });
      return {
        from: mailbox(`${name(client)} a través de DocuSign`, `dse@${host}`),
        to: addr(to),
        subject: `Complete con DocuSign: ${doc}`,
        html: l.html,
        text: l.text,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-wells-fargo-locked',
    kind: 'bank-impersonation',
    make(r) {
      const host = r.pick(['wellsfargo-seguridad.com', 'wf-alertas.net', 'wellsfargo-online.info']);
      const to = staff(r);
      const url = `https://${host}/es/verificar/${hex(r, 12)}`;
      const text = [
        'Estimado cliente de Wells Fargo,',
        '',
        `Hemos detectado un intento de inicio de sesión inusual en su cuenta desde ${r.pick(['Bogotá, Colombia', 'Lagos, Nigeria', 'Moscú, Rusia'])}. Por su seguridad, su acceso a Banca en Línea ha sido bloqueado temporalmente.`,
        '',
        `Para desbloquear su cuenta, verifique su identidad aquí: ${url}`,
        '',
        'Si no verifica su cuenta en 24 horas, será suspendida permanentemente.',
        '',
        'Atentamente,',
        'Servicio al Cliente Wells Fargo',
      ];
      return {
        from: mailbox('Wells Fargo', r.pick([`alertas@${host}`, 'alerts@notify.wellsfargo.com'])),
        to: to.email,
        subject: r.pick([
          'Su cuenta ha sido bloqueada',
          'Alerta de seguridad: acceso inusual',
          'Acción requerida en su cuenta',
        ]),
        text: text.join('\n'),
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-usps-parcel',
    kind: 'parcel-delivery',
    make(r) {
      const host = r.pick(['usps-entregas.com', 'usps-redelivery.info', 'uspstrack-es.net']);
      const to = staff(r);
      const url = `https://${host}/${alnum(r, 6)}`;
      return {
        from: mailbox('USPS', `notificaciones@${host}`),
        to: to.email,
        subject: r.pick([
          'USPS: Su paquete no pudo ser entregado',
          'Paquete retenido - dirección incompleta',
          'USPS Aviso de entrega',
        ]),
        html: `<div style="font-family:Arial;max-width:520px"><div style="background:#333366;color:#fff;padding:14px;font-weight:bold">USPS</div><p>Estimado cliente,</p><p>Su paquete <b>US${digits(r, 9)}</b> llegó al almacén pero no pudo ser entregado debido a una dirección incompleta.</p><p>Por favor actualice su dirección y pague la tarifa de reenvío de <b>$${int(r, 1, 3)}.${int(r, 10, 99)}</b> en las próximas 12 horas:</p><p><a href="${url}" style="background:#333366;color:#fff;padding:10px 20px;text-decoration:none">Actualizar dirección</a></p><p style="font-size:11px;color:#888">Servicio Postal de los Estados Unidos</p></div>`,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-judicial-notice-locked-zip',
    kind: 'malware-protected-zip',
    make(r, d) {
      const host = r.pick([
        'notificaciones-judiciales.com',
        'juzgado-notifica.net',
        'rama-judicial-notif.org',
      ]);
      const to = miamiStaff(r);
      const proceso = `${int(r, 2024, 2026)}-${digits(r, 5)}`;
      const pw = digits(r, 4);
      return {
        from: mailbox('Notificaciones Judiciales', `notificacion@${host}`),
        to: addr(to),
        subject: r.pick([
          `Notificación de demanda - Proceso ${proceso}`,
          `Citación judicial No. ${proceso}`,
          `Aviso de audiencia - Expediente ${proceso}`,
        ]),
        text: [
          `Señor(a) ${name(to)}:`,
          '',
          `Por medio del presente se le notifica la admisión de una demanda en su contra dentro del proceso No. ${proceso}. Se adjunta el auto admisorio y el traslado de la demanda.`,
          '',
          `Audiencia programada: ${fecha(addDays(d, int(r, 5, 15)))}`,
          `Contraseña del archivo: ${pw}`,
          '',
          'Esta notificación se considera realizada al recibo del presente mensaje.',
          '',
          'Secretaría del Juzgado',
        ].join('\n'),
        parts: [
          {
            type: 'application/zip',
            name: `Demanda_${proceso}.zip`,
            content: protectedZip(`Demanda_${proceso}.pdf.exe`, int(r, 1, 9999)),
          },
        ],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-task-job-offer',
    kind: 'job-scam',
    make(r) {
      const who = outsider(r, true);
      const from = freemail(r, who);
      const to = staff(r);
      const pay = int(r, 200, 600);
      return {
        from: mailbox(`${who.first} - Recursos Humanos`, from),
        to: to.email,
        subject: r.pick([
          'Oferta de trabajo desde casa',
          `Empleo a tiempo parcial - $${pay} por día`,
          'Oportunidad laboral',
        ]),
        text: [
          'Hola,',
          '',
          `Su perfil fue recomendado por nuestra agencia de reclutamiento. Ofrecemos un trabajo a tiempo parcial desde casa, solo 30-60 minutos al día con su teléfono, ganando entre $${pay - 100} y $${pay} diarios.`,
          '',
          'No se requiere experiencia. Debe tener más de 23 años.',
          '',
          `Para más información contáctenos por WhatsApp: +1 (${r.pick(['786', '305', '954'])}) ${int(r, 200, 989)}-${digits(r, 4)}`,
          '',
          'Saludos,',
          name(who),
        ].join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'es-mailbox-quota',
    kind: 'mailbox-quota',
    make(r) {
      const host = r.pick(['outlook-buzon.com', 'correo-soporte365.net', 'm365-almacenamiento.com']);
      const to = staff(r);
      const url = `https://${host}/owa/?user=${encodeURIComponent(to.email)}&q=${hex(r, 8)}`;
      const pct = int(r, 96, 99);
      const html = `<div style="font-family:Segoe UI,Arial;font-size:14px"><p>Hola ${to.email},</p><p>Su buzón ha alcanzado el <b>${pct}%</b> de su capacidad. Los mensajes entrantes serán rechazados a partir de hoy.</p><table width="300" style="border:1px solid #ccc"><tr><td style="background:#d13438;width:${pct}%;height:10px"></td><td></td></tr></table><p>${r.pick(['Haga clic abajo para aumentar el almacenamiento gratis', 'Libere espacio o solicite más almacenamiento'])}:</p><p><a href="${url}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Aumentar almacenamiento</a></p><p style="font-size:11px;color:#777">Administrador de correo de ${DOMAIN}</p></div>`;
      return {
        from: mailbox(
          r.pick(['Administrador de correo', 'Microsoft Outlook', 'Soporte Técnico']),
          `admin@${host}`,
        ),
        to: to.email,
        subject: r.pick([
          `Su buzón está casi lleno (${pct}%)`,
          'Aviso: límite de almacenamiento alcanzado',
          'Mensajes pendientes retenidos',
        ]),
        html,
        auth: owned(r, host),
        encoding: r.below(2) ? 'base64' : undefined,
      };
    },
  },
  {
    id: 'es-sextortion',
    kind: 'extortion-sextortion',
    make(r) {
      const to = miamiStaff(r);
      const btc = `bc1q${alnum(r, 38)}`;
      return {
        from: to.email,
        to: to.email,
        subject: r.pick(['Tu cuenta ha sido hackeada', 'Pago pendiente', 'Tengo tus videos']),
        text: [
          'Hola,',
          '',
          `Soy un hacker profesional y hackeé tu dispositivo hace unos meses. Como puedes ver, te envié este correo desde tu propia cuenta (${to.email}).`,
          '',
          'Grabé videos tuyos a través de la cámara mientras visitabas sitios para adultos. También tengo una copia de todos tus contactos, incluidos los clientes de tu despacho.',
          '',
          `Si no quieres que envíe el video a todos tus contactos, transfiere US$ ${int(r, 1200, 2500)} en bitcoin a esta dirección: ${btc}`,
          '',
          'Tienes 48 horas. No respondas este correo.',
        ].join('\n'),
        auth: spoofed(r, DOMAIN, r.pick(['mail.host-br.test', 'relay.cheapvps.invalid'])),
        relay: `${r.pick(['vps', 'srv'])}${digits(r, 5)}.${r.pick(['host-br.test', 'cheapvps.invalid'])}`,
      };
    },
  },
  {
    id: 'es-invoice-qr-inline',
    kind: 'qr-code-image',
    async make(r) {
      const host = r.pick(['facturas-pago.com', 'portal-facturacion.net', 'pagos-seguros.info']);
      const to = staff(r, 'accountant', 'office');
      const url = `https://${host}/f/${alnum(r, 10)}?c=${b64url(to.email)}`;
      const png = await qrPng(url);
      const num = `F-${digits(r, 6)}`;
      const html = `<div style="font-family:Arial;font-size:14px;max-width:520px"><p>Estimado(a) ${to.first}:</p><p>Adjuntamos la factura <b>${num}</b> por ${dolares(r, 1200, 18000)} con vencimiento hoy. Para ver el detalle y realizar el pago, escanee el código QR con la cámara de su teléfono.</p><p><img src="cid:factura-qr.png" width="180" height="180" alt="Código QR"></p><p>Gracias por su pago puntual.</p><p>Departamento de Cobranzas</p></div>`;
      return {
        from: mailbox('Departamento de Cobranzas', `cobranzas@${host}`),
        to: addr(to),
        subject: r.pick([
          `Factura ${num} - vence hoy`,
          'Aviso de pago pendiente',
          `Factura electrónica ${num}`,
        ]),
        html,
        parts: [{ type: 'image/png', name: 'factura-qr.png', content: png, inline: true }],
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-payroll-change',
    kind: 'payroll-diversion-bec',
    make(r) {
      const emp = miamiStaff(r);
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const from = freemail(r, emp);
      return {
        from: mailbox(name(emp), from),
        to: addr(to),
        subject: r.pick([
          'Cambio de cuenta para depósito directo',
          'Nómina',
          'Actualización de datos bancarios',
        ]),
        text: [
          `Hola ${to.first},`,
          '',
          r.pick([
            'Cambié de banco y necesito actualizar mi cuenta para el depósito directo antes del próximo pago. ¿Qué información necesitas? Te escribo desde mi correo personal porque no tengo acceso al de la oficina.',
            'Por favor, ¿me puedes ayudar a cambiar la cuenta donde recibo la nómina? Te envío el número de cuenta y de ruta nuevos. Gracias.',
          ]),
          '',
          emp.first,
        ].join('\n'),
        auth: free(from),
      };
    },
  },
  {
    id: 'es-whatsapp-voice-note',
    kind: 'messaging-app-lure',
    make(r) {
      const host = r.pick(['wa-mensajes.com', 'whatsapp-voz.net', 'audio-wa.info']);
      const to = staff(r);
      const url = `https://${host}/escuchar/${hex(r, 10)}`;
      return {
        from: mailbox('WhatsApp', `notificacion@${host}`),
        to: to.email,
        subject: r.pick([
          `Nuevo mensaje de voz (0:${int(r, 12, 59)})`,
          'Tiene un mensaje de audio pendiente',
          'Mensaje de voz privado',
        ]),
        html: `<div style="font-family:Helvetica,Arial;max-width:480px"><div style="background:#25d366;color:#fff;padding:12px;font-weight:bold">WhatsApp</div><p>Recibió un nuevo mensaje de voz privado de <b>+1 (${r.pick(['786', '305'])}) ${int(r, 200, 989)}-${digits(r, 4)}</b>.</p><p>Duración: 0:${int(r, 12, 59)}</p><p><a href="${url}" style="color:#128c7e;font-weight:bold">▶ Reproducir mensaje</a></p></div>`,
        auth: owned(r, host),
      };
    },
  },
  {
    id: 'es-tax-documents-fake-onedrive',
    kind: 'fake-file-share',
    make(r) {
      const host = r.pick(['onedrive-compartido.com', 'docs-onedrive.net', 'share-1drv.info']);
      const who = outsider(r, true);
      const from = freemail(r, who);
      const to = staff(r, 'accountant');
      const url = `https://${host}/personal/${alnum(r, 8)}/Documents/Impuestos_${int(r, 2024, 2025)}?login_hint=${encodeURIComponent(to.email)}`;
      const text = [
        `Buenas tardes ${to.first},`,
        '',
        `Le comparto por OneDrive los documentos para mi declaración de impuestos (W-2, 1099 y recibos). Son muchos archivos y no me deja adjuntarlos.`,
        '',
        url,
        '',
        'Quedo atento(a). Gracias.',
        name(who),
      ];
      return {
        from: mailbox(name(who), from),
        to: addr(to),
        subject: r.pick([
          'Documentos para la declaración de impuestos',
          'Le compartí unos archivos',
          'Impuestos - documentos',
        ]),
        text: text.join('\n'),
        html: noteHtml(text),
        auth: free(from),
      };
    },
  },
];

// ---------------- genuine mail in Spanish ----------------

export const LOCAL_HAM_19: Template[] = [
  {
    id: 'es-ham-dropbox-client-share',
    kind: 'shared-document',
    make(r) {
      const who = outsider(r, true);
      const to = miamiStaff(r);
      const file = r.pick(['Escrituras_y_contrato.pdf', 'Estados_de_cuenta_2025', 'Documentos_cierre']);
      const url = `https://www.dropbox.com/scl/fi/${alnum(r, 21)}/${file}?rlkey=${alnum(r, 25)}&e=1&dl=0`;
      const l = letter({
        brand: { name: 'Dropbox', color: '#0061fe' },
        paras: [
          `${name(who)} compartió «${file}» contigo.`,
          r.pick([
            'Aquí están los documentos que me pidieron. Saludos.',
            'Documentos para el cierre, cualquier cosa me avisan.',
          ]),
        ],
        button: { text: 'Ver en Dropbox', url },
        footer: [
          '¿No quieres recibir este tipo de correos? Cancelar suscripción',
          'Dropbox, Inc., PO Box 77767, San Francisco, CA 94107',
        ],
      });
      return {
        from: mailbox(`${name(who)} (vía Dropbox)`, 'no-reply@dropbox.com'),
        replyTo: freemail(r, who),
        to: addr(to),
        subject: `${name(who)} compartió «${file}» contigo`,
        text: l.text,
        html: l.html,
        auth: pass('dropbox.com', 'em-s.dropbox.com', 'dropbox.com'),
        relay: `mail-${digits(r, 3)}.em-s.dropbox.com`,
      };
    },
  },
  {
    id: 'es-ham-chase-wire-alert',
    kind: 'bank-alert',
    make(r, d) {
      const to = staff(r, 'accountant');
      const l = letter({
        brand: { name: 'CHASE', color: '#117aca' },
        paras: [
          `Se envió una transferencia bancaria de ${money(r, 2000, 95000)} desde su cuenta que termina en ${digits(r, 4)} el ${fecha(d)}.`,
          'Si usted no realizó esta transferencia, llámenos al número que aparece en el reverso de su tarjeta o en chase.com.',
        ],
        footer: [
          'Está recibiendo esta alerta porque la configuró en chase.com. No responda a este correo.',
          'JPMorgan Chase Bank, N.A. Miembro de FDIC.',
        ],
      });
      return {
        from: mailbox('Alertas de Chase', 'no.reply.alerts@chase.com'),
        to: to.email,
        subject: 'Se envió su transferencia bancaria',
        html: l.html,
        text: l.text,
        auth: pass('chase.com', 'chase.com', 'chase.com'),
        relay: 'mail-out.chase.com',
      };
    },
  },
  {
    id: 'es-ham-chamber-newsletter',
    kind: 'newsletter',
    make(r) {
      const to = miamiStaff(r);
      const id = hex(r, 10);
      const u = (p: string) =>
        `https://camaralatinamiami.us${int(r, 1, 21)}.list-manage.com/track/click?u=${hex(r, 25)}&id=${hex(r, 10)}&e=${id}#${p}`;
      const html = `<div style="font-family:Georgia,serif;max-width:600px"><h2 style="color:#8b1e3f">Boletín de la Cámara · ${r.pick(['Primavera', 'Verano', 'Otoño'])}</h2><p>Estimados socios:</p><p>Les invitamos a nuestro <a href="${u('evento')}">Desayuno de Networking</a> en Brickell, con la participación de líderes empresariales y profesionales del derecho y la contabilidad.</p><p>Además: <a href="${u('seminario')}">Seminario gratuito sobre cambios fiscales para pequeñas empresas</a>.</p><p style="font-size:11px;color:#888">Recibe este correo porque es socio de la Cámara de Comercio Latina de Miami.<br><a href="https://camaralatinamiami.us${int(r, 1, 21)}.list-manage.com/unsubscribe?u=${hex(r, 25)}&id=${hex(r, 10)}">Cancelar suscripción</a></p><img src="https://camaralatinamiami.us${int(r, 1, 21)}.list-manage.com/track/open.php?u=${hex(r, 25)}&id=${id}" width="1" height="1"></div>`;
      return {
        from: mailbox('Cámara de Comercio Latina de Miami', 'boletin@camaralatinamiami.org'),
        to: to.email,
        subject: r.pick([
          'Boletín: Desayuno de Networking y seminario fiscal',
          'Novedades de la Cámara este mes',
        ]),
        html,
        headers: [
          `List-Unsubscribe: <https://camaralatinamiami.us${int(r, 1, 21)}.list-manage.com/unsubscribe?u=${hex(r, 25)}>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
          `X-Mailer: Mailchimp Mailer - **CID${hex(r, 10)}**`,
        ],
        auth: pass(
          'camaralatinamiami.org',
          `mail${int(r, 10, 200)}.atl${int(r, 11, 99)}.mcsv.net`,
          'camaralatinamiami.org',
        ),
        relay: `mail${int(r, 10, 200)}.atl${int(r, 11, 99)}.mcsv.net`,
      };
    },
  },
  {
    id: 'es-ham-clio-grow-intake',
    kind: 'client-intake',
    make(r) {
      const who = outsider(r, true);
      const to = miamiStaff(r, 'partner', 'office');
      const phone = `(${r.pick(['786', '305', '954'])}) ${int(r, 200, 989)}-${digits(r, 4)}`;
      const l = letter({
        brand: { name: 'Clio Grow', color: '#0070e0' },
        paras: [
          'Se recibió un nuevo formulario de contacto desde el sitio web de su firma.',
          `Nombre: ${name(who)}\nTeléfono: ${phone}\nCorreo: ${freemail(r, who)}\nÁrea: ${r.pick(['Bienes raíces', 'Planificación patrimonial', 'Impuestos'])}`,
          `Mensaje: ${r.pick([
            'Buenas, estoy comprando un condominio en Miami y necesito un abogado para revisar el contrato antes del cierre. ¿Cuánto cobran?',
            'Mi padre falleció y tenía una propiedad en Florida. Necesito ayuda con la sucesión (probate). Prefiero hablar en español.',
            'Tengo una pequeña empresa y necesito ayuda con los impuestos del año pasado, me llegó una carta del IRS.',
          ])}`,
        ],
        button: { text: 'Ver contacto en Clio Grow', url: `https://grow.clio.com/contacts/${digits(r, 8)}` },
        footer: ['Clio, 4500 East Cotton Center Boulevard, Phoenix, AZ 85040'],
      });
      return {
        from: mailbox('Clio Grow', 'notifications@grow.clio.com'),
        to: addr(to),
        subject: `Nuevo contacto: ${name(who)}`,
        html: l.html,
        text: l.text,
        auth: pass('grow.clio.com', 'grow.clio.com', 'clio.com'),
      };
    },
  },
  {
    id: 'es-ham-zoom-invite',
    kind: 'meeting-invite',
    make(r, d) {
      const host = miamiStaff(r, 'partner', 'associate');
      const to = miamiStaff(r);
      const meeting = `8${digits(r, 10)}`;
      const url = `https://us06web.zoom.us/j/${meeting}?pwd=${alnum(r, 32)}`;
      const start = addDays(d, int(r, 1, 6));
      return {
        from: mailbox(name(host), host.email),
        to: addr(to),
        subject: `Invitación: Reunión con cliente - ${fecha(start)}`,
        text: [
          `${name(host)} le está invitando a una reunión de Zoom programada.`,
          '',
          `Tema: Revisión de documentos de cierre`,
          `Hora: ${fecha(start)} 10:00 a. m. Hora del este (EE. UU. y Canadá)`,
          '',
          'Unirse a la reunión Zoom',
          url,
          '',
          `ID de reunión: ${meeting.slice(0, 3)} ${meeting.slice(3, 7)} ${meeting.slice(7)}`,
          `Código de acceso: ${digits(r, 6)}`,
        ].join('\n'),
        auth: pass(DOMAIN, DOMAIN, DOMAIN),
        relay: `mail-${r.pick(['bn8nam', 'dm6nam'])}${int(r, 10, 12)}on20${int(r, 600, 730)}.outbound.protection.outlook.com`,
        zone: -300,
      };
    },
  },
  {
    id: 'es-ham-docusign-purchase',
    kind: 'e-signature',
    make(r) {
      const agent = outsider(r, true);
      const to = miamiStaff(r);
      const doc = r.pick(['Contrato de compraventa', 'Addendum al contrato', 'Acuerdo de arrendamiento']);
      const url = `https://na${int(r, 2, 4)}.docusign.net/Signing/EmailStart.aspx?a=${guid(r)}&etti=24&acct=${guid(r)}&er=${guid(r)}`;
      const l = letter({
        brand: { name: 'DocuSign', color: '#1e4ca1' },
        paras: [
          `${name(agent)} le envió un documento para revisar y firmar.`,
          `${doc} - ${property(r, 'Miami')}`,
        ],
        button: { text: 'REVISAR DOCUMENTO', url },
        footer: [
          `Este correo contiene un enlace seguro a DocuSign. No comparta este correo, enlace o código de acceso con otras personas.`,
          `Método de firma alternativo: visite DocuSign.com, haga clic en "Access Documents" e ingrese el código de seguridad: ${hex(r, 32).toUpperCase()}`,
        ],
      });
      return {
        from: mailbox(`${name(agent)} a través de DocuSign`, 'dse_NA3@docusign.net'),
        replyTo: mailbox(
          name(agent),
          `${agent.first[0].toLowerCase()}${alnum(r, 3)}@${r.pick(['brickellrealty.com', 'coralgablesproperties.com'])}`
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, ''),
        ),
        to: addr(to),
        subject: `Complete con DocuSign: ${doc}`,
        html: l.html,
        text: l.text,
        auth: pass('docusign.net', 'docusign.net', 'docusign.net'),
        relay: 'mailsea.docusign.net',
      };
    },
  },
  {
    id: 'es-ham-hurricane-closure',
    kind: 'internal-notice',
    make(r, d) {
      const admin = {
        first: 'Carmen',
        last: 'Ibarra',
        email: `cibarra@${DOMAIN}`,
        title: 'Office Administrator',
        office: 'Miami' as const,
      };
      const it = staff(r, 'it');
      const text = [
        'Equipo de Miami / Miami team:',
        '',
        `Debido al aviso de huracán emitido para el condado de Miami-Dade, la oficina de Brickell permanecerá cerrada ${r.pick(['mañana', 'el jueves y viernes', 'a partir del mediodía de hoy'])}. Por favor lleven sus laptops a casa y trabajen de forma remota por VPN.`,
        '',
        `Los cierres programados para esas fechas se reprogramarán; Marisol se comunicará con las compañías de título. Recuerden: nunca cambiamos instrucciones de transferencia por correo electrónico.`,
        '',
        `Si tienen problemas con la VPN, llamen a ${it.first} de IT en Austin a la extensión 4410.`,
        '',
        `Due to the hurricane warning, the Brickell office will be closed. Please take laptops home and work remotely. Updates will follow by ${MONTHS_LONG[addDays(d, 1).getUTCMonth()]} ${addDays(d, 1).getUTCDate()}.`,
        '',
        ...signature(admin),
      ];
      return {
        from: addr(admin),
        to: `miami-office@${DOMAIN}`,
        subject: 'Cierre de oficina por huracán / Office closure - hurricane warning',
        text: text.join('\n'),
        html: noteHtml(text),
        auth: pass(DOMAIN, DOMAIN, DOMAIN),
        relay: `mail-${r.pick(['bn8nam', 'dm6nam'])}${int(r, 10, 12)}on20${int(r, 600, 730)}.outbound.protection.outlook.com`,
        zone: -300,
      };
    },
  },
  {
    id: 'es-ham-title-wire-call-verify',
    kind: 'wire-instructions-legit',
    make(r) {
      const officer = outsider(r, true);
      const to = miamiStaff(r, 'paralegal', 'partner');
      const prop = property(r, 'Miami');
      const file = `${int(r, 24, 26)}-${digits(r, 5)}`;
      const text = [
        `Buenos días ${to.first},`,
        '',
        `Adjunto el estado de cierre preliminar para ${prop} (expediente ${file}). Las instrucciones de transferencia se enviarán únicamente a través de nuestro portal seguro de CertifID; recibirá una invitación por separado.`,
        '',
        'IMPORTANTE: Nuestras instrucciones de transferencia nunca cambian. Antes de enviar fondos, llame a nuestra oficina al número que aparece en nuestro sitio web (305) 555-0148 para verificarlas verbalmente. Nunca confirme instrucciones llamando a un número que reciba por correo electrónico.',
        '',
        'Saludos,',
        name(officer),
        'Escrow Officer | Biscayne Bay Title Services',
        '(305) 555-0148',
      ];
      return {
        from: mailbox(
          name(officer),
          `${officer.first[0].toLowerCase()}${officer.last.split(' ')[0].toLowerCase()}@biscaynebaytitle.com`
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, ''),
        ),
        to: addr(to),
        subject: `Expediente ${file} - ${prop.split(',')[0]} - estado de cierre preliminar`,
        text: text.join('\n'),
        html: noteHtml(text),
        parts: [
          {
            type: 'application/pdf',
            name: `Estado_de_cierre_${file}.pdf`,
            content: onePagePdf([
              'Biscayne Bay Title Services',
              `Estado de cierre preliminar - expediente ${file}`,
              prop,
              'Borrador - sujeto a cambios',
            ]),
          },
        ],
        auth: pass('biscaynebaytitle.com'),
        relay: `mail-${r.pick(['bn8nam', 'co1nam'])}${int(r, 10, 12)}on20${int(r, 600, 730)}.outbound.protection.outlook.com`,
      };
    },
  },
  {
    id: 'es-ham-client-invoice-complaint',
    kind: 'customer-complaint',
    make(r, d) {
      const who = outsider(r, true);
      const from = freemail(r, who);
      const to = miamiStaff(r, 'partner', 'office');
      const inv = `${int(r, 24, 26)}${digits(r, 4)}`;
      const text = [
        `Sr./Sra. ${to.last}:`,
        '',
        `Le escribo porque recibí la factura ${inv} por ${money(r, 1800, 9800)} y no estoy de acuerdo con varias de las horas cobradas. En la reunión inicial se me dijo que la revisión del contrato tendría un costo fijo. Adjunto la factura con mis comentarios marcados.`,
        '',
        r.pick([
          'Le agradecería una llamada esta semana para aclarar esto.',
          'Espero una respuesta antes de realizar cualquier pago.',
        ]),
        '',
        name(who),
      ];
      return {
        from: mailbox(name(who), from),
        to: addr(to),
        subject: r.pick([
          `Factura ${inv} - no estoy de acuerdo`,
          'Reclamo sobre la factura',
          `Consulta sobre cobro - ${fecha(d)}`,
        ]),
        text: text.join('\n'),
        parts: [
          {
            type: 'application/pdf',
            name: `Factura_${inv}_comentarios.pdf`,
            content: onePagePdf([
              FIRM,
              `Factura ${inv}`,
              'Revisión de contrato - 6.5 h',
              'Comentarios del cliente: acordado precio fijo',
            ]),
          },
        ],
        auth: free(from),
      };
    },
  },
  {
    id: 'es-ham-vendor-bank-change-call',
    kind: 'vendor-bank-change-legit',
    make(r) {
      const who = outsider(r, true);
      const to = r.pick([staff(r, 'office'), staff(r, 'accountant')]);
      const text = [
        `Estimada ${to.first}:`,
        '',
        'Le informamos que a partir del próximo mes Intérpretes Jurídicos del Sur cambiará de banco. Adjuntamos la carta firmada con los nuevos datos.',
        '',
        'Por su seguridad y la nuestra, no realice ningún cambio solo con base en este correo: por favor llame a nuestra oficina al número que ya tiene registrado en sus archivos, (305) 555-0172, y pida hablar con contabilidad para confirmar los datos antes de actualizar su sistema.',
        '',
        'Atentamente,',
        name(who),
        'Administración | Intérpretes Jurídicos del Sur',
      ];
      return {
        from: mailbox(name(who), `administracion@interpretesjuridicosdelsur.com`),
        to: addr(to),
        subject: 'Aviso de cambio de datos bancarios - favor de confirmar por teléfono',
        text: text.join('\n'),
        parts: [
          {
            type: 'application/pdf',
            name: 'Carta_cambio_bancario.pdf',
            content: onePagePdf([
              'Intérpretes Jurídicos del Sur, LLC',
              'Aviso de cambio de datos bancarios',
              'Confirme por teléfono al número registrado antes de actualizar.',
            ]),
          },
        ],
        auth: pass(
          'interpretesjuridicosdelsur.com',
          'interpretesjuridicosdelsur.com',
          'interpretesjuridicosdelsur.com',
        ),
        relay: `smtp.${r.pick(['google.com', 'mail-sor-f41.google.com'])}`,
      };
    },
  },
  {
    id: 'es-ham-microsoft-security-code',
    kind: 'security-code',
    make(r) {
      const to = miamiStaff(r);
      const masked = `${to.email.slice(0, 2)}*****@${DOMAIN}`;
      const l = letter({
        paras: [
          'Código de seguridad de la cuenta Microsoft',
          `Use el siguiente código de seguridad para la cuenta Microsoft ${masked}.`,
          `Código de seguridad: ${digits(r, 6)}`,
          `Si no reconoce la cuenta Microsoft, puede hacer clic aquí para quitar su correo electrónico de la cuenta: https://account.live.com/dp?ft=${alnum(r, 40)}`,
          'Gracias,\nEl equipo de cuentas Microsoft',
        ],
        footer: [
          'Declaración de privacidad: https://go.microsoft.com/fwlink/?LinkId=521839',
          'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
        ],
      });
      return {
        from: mailbox(
          'Equipo de cuentas Microsoft',
          'account-security-noreply@accountprotection.microsoft.com',
        ),
        to: to.email,
        subject: 'Código de seguridad de la cuenta Microsoft',
        html: l.html,
        text: l.text,
        auth: pass(
          'accountprotection.microsoft.com',
          'accountprotection.microsoft.com',
          'accountprotection.microsoft.com',
        ),
        relay: `${r.pick(['DM3PR', 'BN7PR'])}${digits(r, 2)}CA${digits(r, 4)}.namprd${digits(r, 2)}.prod.outlook.com`,
      };
    },
  },
  {
    id: 'es-ham-amazon-shipped',
    kind: 'shipping-notice',
    make(r) {
      const to = miamiStaff(r);
      const order = `11${int(r, 1, 4)}-${digits(r, 7)}-${digits(r, 7)}`;
      const l = letter({
        brand: { name: 'amazon', color: '#232f3e' },
        greeting: `Hola ${to.first}:`,
        paras: [
          `Tu paquete está en camino. Pedido nº ${order}.`,
          `Artículos: ${r.pick(['Tóner HP 58A negro (2 unidades)', 'Monitor Dell 27" P2723D', 'Papel de impresora, 10 resmas', 'Auriculares Jabra Evolve2 40'])}`,
          `Llegada estimada: ${r.pick(['mañana', 'el jueves', 'el lunes'])}`,
        ],
        button: {
          text: 'Seguir paquete',
          url: `https://www.amazon.com/gp/your-account/ship-track?ie=UTF8&orderId=${order}&packageIndex=0&shipmentId=${alnum(r, 10)}&ref_=pe_${digits(r, 7)}_${digits(r, 9)}`,
        },
        footer: ['Este correo se envió desde una dirección que no puede recibir correos. Amazon.com'],
      });
      return {
        from: mailbox('Amazon.com', 'shipment-tracking@amazon.com'),
        to: to.email,
        subject: `Enviado: "${r.pick(['Tóner HP', 'Monitor Dell', 'Papel de impresora', 'Auriculares Jabra'])}..." y ${int(r, 1, 3)} artículos más`,
        html: l.html,
        text: l.text,
        auth: pass('amazon.com', 'bounces.amazon.com', 'amazon.com'),
        relay: `a${digits(r, 2)}-${digits(r, 3)}.smtp-out.amazonses.com`,
      };
    },
  },
];
