// The twentieth unseen set's mail in Portuguese, Spanish, French and German: phishing (tax refunds from the
// Autoridade Tributária and the AEAT, CTT parcel fees, Multibanco references, supplier IBAN changes, the
// chief executive asking a favour, guests' complaints with "photos") and the genuine mail of the same kinds.
import jpeg from 'jpeg-js';
import { legacyMacroDocument, macroWorkbook, zipOf } from './payloads.js';
import {
  addDays,
  addr,
  alnum,
  box,
  build,
  CEO,
  CFO,
  chance,
  compose,
  digits,
  esc,
  freeAuth,
  freemail,
  hex,
  int,
  longDate,
  moneyEu,
  ORG,
  ownDomain,
  type Person,
  passes,
  prop,
  quote,
  type R,
  RELAYS,
  ROLE_BOXES,
  relayFor,
  shortDate,
  sig,
  someone,
  spoofed,
  staffIn,
  type Template,
  upper,
  when,
} from './unseen-20-scene.js';
import { onePagePdf } from './unseen-payloads.js';

const to = (p: Person) => addr(p.name, p.email);
const ptStaff = (r: R) => staffIn(r, 'pt');
const esStaff = (r: R) => staffIn(r, 'es');
const nif = (r: R) => `5${digits(r, 8)}`;
const iban = (r: R, cc: 'PT' | 'ES' | 'LT' | 'FR') =>
  cc === 'PT'
    ? `PT50 ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 1)}`
    : cc === 'ES'
      ? `ES${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}`
      : cc === 'LT'
        ? `LT${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}`
        : `FR76 ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 3)}`;

export const LOCAL_PHISHING: Template[] = [
  {
    name: 'pt-at-reembolso-irs',
    kind: 'tax-refund-lure',
    make: (r) => {
      const dom = r.pick(['portal-financas-reembolso.com', 'at-gov-pt.info', 'financas.reembolsos.test']);
      const v = ptStaff(r);
      const valor = moneyEu(r, 180, 2400);
      const l = compose({
        brand: 'Portal das Finanças',
        color: '#00573f',
        title: 'Autoridade Tributária e Aduaneira',
        greeting: 'Caro(a) contribuinte,',
        paras: [
          `Após a verificação da sua declaração de IRS referente ao ano ${r.pick(['2023', '2024', '2025'])}, foi apurado um reembolso no valor de ${valor} €.`,
          r.pick([
            'Para receber o reembolso deve confirmar o IBAN associado ao seu NIF no prazo de 5 dias úteis. Após esse prazo o valor será anulado.',
            'Não foi possível efetuar a transferência para a conta bancária registada. Atualize os seus dados para concluir o processo.',
          ]),
        ],
        button: {
          label: 'Confirmar dados de reembolso',
          url: `https://${dom}/reembolso/validar?nif=${nif(r)}&id=${hex(r, 12)}`,
        },
        footer: ['Autoridade Tributária e Aduaneira – Rua da Prata 10, 1149-027 Lisboa'],
      });
      return build(r, {
        from: addr('Portal das Finanças', r.pick([`reembolsos@${dom}`, 'reembolsos@at.gov.pt'])),
        auth: spoofed(r, 'at.gov.pt', dom),
        relay: relayFor(r, dom),
        to: to(v),
        subject: r.pick([
          'Reembolso de IRS disponível',
          'AT: Notificação de reembolso',
          `Reembolso de ${valor} € pendente`,
        ]),
        ...l,
      });
    },
  },
  {
    name: 'pt-ctt-encomenda-taxa',
    kind: 'parcel-fee-lure',
    make: (r) => {
      const dom = r.pick(['ctt-entregas.com', 'ctt-pt.encomendas.test', 'cttexpresso-pagamento.net']);
      const obj = `${upper(r, 2)}${digits(r, 9)}PT`;
      const taxa = r.pick(['1,99', '2,49', '0,95', '3,10']);
      const html = `<html><body style="font-family:Arial"><div style="max-width:540px;border:1px solid #ddd"><div style="background:#df0024;color:#fff;padding:14px;font-size:20px"><b>CTT</b> Correios de Portugal</div><div style="padding:18px">
<p>Olá,</p><p>A sua encomenda <b>${obj}</b> não pôde ser entregue porque ${r.pick(['os portes não foram pagos na totalidade', 'a morada está incompleta', 'existe uma taxa aduaneira pendente'])}.</p>
<p>Valor em falta: <b>${taxa} €</b></p><p><a href="https://${dom}/pagamento?objeto=${obj}" style="background:#df0024;color:#fff;padding:10px 16px;text-decoration:none">Pagar e reagendar entrega</a></p>
<p style="font-size:11px;color:#777">Se não efetuar o pagamento em 48 horas, a encomenda será devolvida ao remetente.</p></div></div></body></html>`;
      return build(r, {
        from: addr(
          'CTT Expresso',
          r.pick([
            `noreply@${dom}`,
            `info.${alnum(r, 4)}@${r.pick(['mailer-cloud.test', 'send-fast.example'])}`,
          ]),
        ),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.purchasing, to(ptStaff(r))]),
        subject: r.pick([
          `A sua encomenda ${obj} está retida`,
          'CTT: entrega pendente',
          'Aviso de entrega falhada',
        ]),
        html,
      });
    },
  },
  {
    name: 'pt-fatura-eletricidade-multibanco',
    kind: 'fake-utility-bill',
    make: (r) => {
      const sup = r.pick(['EDP Comercial', 'Galp Energia', 'Iberdrola Clientes']);
      const dom = r.pick(['edp-faturas.com', 'faturacao-energia.pt.test', 'clientes-galp.net']);
      const p = prop(r, 'PT');
      const valor = moneyEu(r, 1200, 9800);
      const ent = `${int(r, 10000, 99999)}`;
      const ref = `${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`;
      const l = compose({
        brand: sup,
        color: '#e2231a',
        greeting: 'Estimado Cliente,',
        paras: [
          `Informamos que a fatura de eletricidade do local de consumo ${p.address} se encontra em atraso.`,
          'Para evitar a suspensão do fornecimento nas próximas 72 horas, efetue o pagamento por Multibanco com os dados abaixo ou através do MB WAY.',
        ],
        rows: [
          ['Entidade', ent],
          ['Referência', ref],
          ['Valor', `${valor} €`],
          ['Data limite', shortDate(addDays(when(r), 3))],
        ],
        after: ['Se já efetuou o pagamento, por favor ignore esta mensagem.'],
        footer: [`${sup} – Serviço de Clientes`],
      });
      return build(r, {
        from: addr(sup, `faturacao@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.ap, ROLE_BOXES.finance]),
        subject: r.pick([
          'Fatura em atraso – aviso de corte',
          `Pagamento pendente ${valor} €`,
          'Último aviso antes da suspensão',
        ]),
        ...l,
      });
    },
  },
  {
    name: 'pt-orcamento-doc-macro',
    kind: 'macro-attachment',
    make: (r) => {
      const c = someone(r, 'pt');
      const dom = r.pick([
        'distribuicoes-alvalade.pt.test',
        'frescos-do-sul.com',
        'hotelaria-fornecimentos.net',
      ]);
      const text = r.pick([
        `Boa tarde,\n\nEm anexo segue a fatura proforma referente à última encomenda. Agradecemos a verificação e confirmação do pagamento.\n\nCumprimentos,\n${c.name}`,
        `Bom dia,\n\nConforme solicitado envio o orçamento atualizado. Para visualizar corretamente clique em "Ativar conteúdo".\n\nObrigado\n${c.first}`,
      ]);
      const doc = chance(r, 0.5);
      return build(r, {
        from: addr(
          c.name,
          `${c.first
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')}@${dom}`,
        ),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.purchasing, ROLE_BOXES.ap]),
        subject: r.pick(['Fatura proforma', 'Orçamento atualizado', `Encomenda nº ${digits(r, 5)}`]),
        text,
        attachments: [
          doc
            ? {
                type: 'application/msword',
                name: `Orcamento_${digits(r, 4)}.doc`,
                content: legacyMacroDocument(),
              }
            : {
                type: 'application/vnd.ms-excel.sheet.macroEnabled.12',
                name: `Fatura_${digits(r, 5)}.xlsm`,
                content: macroWorkbook(),
              },
        ],
      });
    },
  },
  {
    name: 'pt-ceo-favor-urgente',
    kind: 'ceo-fraud-favour',
    make: (r) => {
      const v = ptStaff(r);
      const from = `${r.pick(['ricardo.sequeira', 'rsequeira.casaalbufeira', 'ricardo.seq'])}${int(r, 1, 99)}@${r.pick(['gmail.com', 'sapo.pt', 'outlook.pt'])}`;
      const text = r.pick([
        `Olá ${v.name.split(' ')[0]},\n\nEstás no escritório? Preciso de um favor urgente e discreto. Estou numa reunião com investidores e não posso atender chamadas.\n\nResponde-me assim que puderes.\n\nRicardo\nEnviado do meu iPhone`,
        `${v.name.split(' ')[0]}, preciso que faças uma transferência hoje para um fornecedor novo, ${moneyEu(r, 4000, 19000)} €. Depois explico, é confidencial. Envio-te o IBAN a seguir. Não comentes com ninguém por agora.\n\nR. Sequeira`,
        `Bom dia, preciso que compres ${int(r, 4, 10)} cartões-presente (FNAC ou Apple) de 100 € para ofertas a clientes VIP. Envia-me fotografias dos códigos por aqui. Obrigado.\n\nRicardo`,
      ]);
      return build(r, {
        from: addr(CEO.name, from),
        auth: freeAuth(from),
        relay: from.includes('gmail') ? RELAYS.google(r) : relayFor(r, 'sapo.pt'),
        to: to(v),
        subject: r.pick(['Favor urgente', 'Estás disponível?', 'Confidencial', 'Pedido']),
        text,
      });
    },
  },
  {
    name: 'pt-booking-extranet-verificacao',
    kind: 'ota-extranet-credential',
    make: (r) => {
      const p = prop(r, 'PT');
      const dom = r.pick([
        'booking-parceiros.com',
        'extranet-bookingpt.net',
        'booking.verificacao-conta.test',
      ]);
      const l = compose({
        brand: 'Booking.com',
        color: '#003580',
        greeting: 'Caro parceiro,',
        paras: [
          `Detetámos que os dados de pagamento da propriedade ${p.name} (ID ${p.hotelId}) estão incompletos.`,
          'Para continuar a receber reservas, confirme os dados da conta da extranet nas próximas 24 horas. Caso contrário, a propriedade será temporariamente fechada para novas reservas.',
        ],
        button: {
          label: 'Confirmar dados',
          url: `https://${dom}/extranet/confirmar?hotel_id=${p.hotelId}&ses=${hex(r, 20)}`,
        },
        sign: ['Com os melhores cumprimentos,', 'Apoio a Parceiros Booking.com'],
      });
      return build(r, {
        from: addr('Booking.com Apoio a Parceiros', `apoio@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: box(p),
        subject: r.pick([
          'Ação necessária: verificação da propriedade',
          `Propriedade ${p.hotelId} – dados em falta`,
        ]),
        ...l,
      });
    },
  },
  {
    name: 'pt-contrato-assinatura-link',
    kind: 'esign-lookalike',
    make: (r) => {
      const c = someone(r, 'pt');
      const dom = r.pick([
        'adobesign-documentos.com',
        'assinatura-digital-pt.net',
        'echosign.docs-review.test',
      ]);
      const l = compose({
        brand: 'Adobe Acrobat Sign',
        color: '#eb1000',
        title: `${c.name} enviou-lhe um documento para assinar`,
        paras: [
          r.pick([
            'Contrato de prestação de serviços 2025',
            'Acordo de tarifas corporativas',
            'Aditamento ao contrato de fornecimento',
          ]),
          'Reveja e assine o documento até ao final do dia.',
        ],
        button: { label: 'Rever e assinar', url: `https://${dom}/public/esign?tsid=${upper(r, 24)}` },
        footer: ['Adobe Acrobat Sign'],
      });
      return build(r, {
        from: addr(`${c.name} via Adobe Sign`, `adobesign@${dom}`),
        auth: ownDomain(r, dom),
        relay: RELAYS.sendgrid(r),
        to: to(ptStaff(r)),
        subject: `Assinatura pendente: ${r.pick(['Contrato 2025', 'Acordo de tarifas', 'Aditamento'])}`,
        html: l.html,
      });
    },
  },
  {
    name: 'pt-fornecedor-alteracao-iban',
    kind: 'supplier-bank-change',
    make: (r) => {
      const sup = r.pick([
        ['Peixaria Atlântica Lda', 'peixaria-atlantica.pt', 'peixaria-atlantlca.pt'],
        ['Lavandaria Industrial do Sul', 'lavandariadosul.pt', 'lavandaria-dosul.com'],
        ['Vinhos Quinta do Vale', 'quintadovale.pt', 'quintadovale-pt.com'],
      ]);
      const c = someone(r, 'pt');
      const local = `${c.first}.${c.last}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
      const text = `Exmos. Senhores,\n\nVimos por este meio informar que, por motivos de reestruturação bancária, a nossa conta foi alterada. A partir desta data, todos os pagamentos deverão ser efetuados para o seguinte IBAN:\n\n${iban(r, r.pick(['PT', 'LT'] as const))}\nBanco: ${r.pick(['Banco CTT', 'Revolut Bank UAB', 'Banco BPI'])}\n\nSolicitamos que a fatura ${upper(r, 2)} ${digits(r, 4)}/${digits(r, 3)} (${moneyEu(r, 900, 12000)} €), já vencida, seja liquidada para a nova conta com a maior brevidade possível. Em anexo segue a declaração bancária.\n\nPor favor confirmem por email a atualização.\n\nCom os melhores cumprimentos,\n${c.name}\nDepartamento Financeiro\n${sup[0]}`;
      return build(r, {
        from: addr(`${c.name} – ${sup[0]}`, `${local}@${sup[2]}`),
        auth: ownDomain(r, sup[2]),
        relay: RELAYS.microsoft(r),
        to: r.pick([ROLE_BOXES.ap, addr('Rui Figueiredo', 'rui.figueiredo@corp.example')]),
        subject: r.pick([
          'Alteração de dados bancários',
          'Novo IBAN – atualização urgente',
          'Comunicação: mudança de conta',
        ]),
        text,
        attachments: chance(r, 0.6)
          ? [
              {
                type: 'application/pdf',
                name: 'Declaracao_IBAN.pdf',
                content: onePagePdf([sup[0], 'Declaração de titularidade de conta', 'IBAN: (ver email)']),
              },
            ]
          : undefined,
      });
    },
  },
  {
    name: 'pt-seguranca-social-divida',
    kind: 'government-debt-lure',
    make: (r) => {
      const dom = r.pick(['seg-social-direta.com', 'segurancasocial-notificacoes.net']);
      const text = `Segurança Social Direta\n\nExmo.(a) Senhor(a),\n\nInformamos que a entidade empregadora ${ORG} (NISS ${digits(r, 11)}) tem contribuições em dívida no valor de ${moneyEu(r, 3000, 28000)} €.\n\nPara consultar o processo de execução e evitar a penhora de contas, aceda ao documento de notificação:\nhttps://${dom}/notificacao/${digits(r, 9)}\n\nO prazo para regularização é de 10 dias.\n\nInstituto da Segurança Social, I.P.`;
      return build(r, {
        from: addr('Segurança Social', `notificacoes@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([ROLE_BOXES.hr, ROLE_BOXES.finance, to(CFO)]),
        subject: r.pick([
          'Notificação de dívida – processo de execução',
          'Segurança Social: contribuições em atraso',
        ]),
        text,
      });
    },
  },
  {
    name: 'es-aeat-notificacion-zip',
    kind: 'tax-notice-malware',
    make: (r) => {
      const dom = r.pick(['agenciatributaria-notificaciones.com', 'aeat-sede.es.test', 'sede-hacienda.net']);
      const p = prop(r, 'ES');
      const exp = `${upper(r, 3)}${digits(r, 10)}`;
      const l = compose({
        brand: 'Agencia Tributaria',
        color: '#8a1538',
        greeting: 'Estimado contribuyente:',
        paras: [
          `Le comunicamos que tiene a su disposición una notificación relativa al expediente ${exp} (requerimiento de información – IVA ${r.pick(['2023', '2024'])}) de la entidad ${p.name}.`,
          'Puede descargar el documento en formato comprimido desde el siguiente enlace. Dispone de 10 días hábiles para atender el requerimiento.',
        ],
        button: { label: 'Descargar notificación', url: `https://${dom}/descarga/${exp}.zip` },
        footer: ['Agencia Estatal de Administración Tributaria'],
      });
      return build(r, {
        from: addr('Agencia Tributaria', r.pick([`notificaciones@${dom}`, 'notificaciones@correo.aeat.es'])),
        auth: spoofed(r, 'correo.aeat.es', dom),
        relay: relayFor(r, dom),
        to: r.pick([to(esStaff(r)), `reservas.sevilla@corp.example`]),
        subject: r.pick([
          'Notificación pendiente – Agencia Tributaria',
          `Requerimiento ${exp}`,
          'Aviso de notificación electrónica',
        ]),
        ...l,
      });
    },
  },
  {
    name: 'es-reserva-grupo-itinerario',
    kind: 'group-booking-malware-link',
    make: (r) => {
      const p = prop(r, 'ES');
      const c = someone(r, 'es');
      const dom = r.pick(['viajes-solturismo.com', 'eventos-iberica-mice.net']);
      const link = r.pick([
        `https://${dom}/grupos/itinerario-${alnum(r, 6)}.zip`,
        `https://www.dropbox.com/scl/fi/${alnum(r, 21)}/Itinerario_Grupo.zip?rlkey=${alnum(r, 25)}&dl=1`,
      ]);
      const text = `Buenos días:\n\nSomos una agencia de viajes de ${r.pick(['Madrid', 'Valencia', 'Bilbao'])} y estamos organizando un viaje de grupo para ${int(r, 25, 60)} personas a ${p.city} del ${longDate(addDays(when(r), 40), 'es')} (${int(r, 2, 4)} noches).\n\nNecesitamos ${int(r, 12, 30)} habitaciones dobles, una cena de bienvenida y una sala para una presentación. El itinerario completo y la lista de participantes están aquí:\n${link}\n\n¿Podrían enviarnos su mejor tarifa de grupo lo antes posible? El cliente tiene que confirmar esta semana.\n\nUn saludo,\n${c.name}\nDepartamento de Grupos`;
      return build(r, {
        from: addr(c.name, `grupos@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: r.pick([box(p), ROLE_BOXES.events]),
        subject: r.pick([
          'Solicitud de presupuesto – grupo',
          `Reserva de grupo ${p.city}`,
          'Petición de tarifa de grupo',
        ]),
        text,
      });
    },
  },
  {
    name: 'es-proveedor-cambio-cuenta',
    kind: 'supplier-bank-change',
    make: (r) => {
      const sup = r.pick([
        ['Suministros Hosteleros del Sur SL', 'suministrosdelsur.es', 'suministros-delsur.com'],
        ['Aceites La Campiña SA', 'aceiteslacampina.es', 'aceiteslacampina-sa.com'],
      ]);
      const c = someone(r, 'es');
      const text = `Estimados señores:\n\nLes informamos de que hemos cambiado de entidad bancaria. A partir de hoy, les rogamos realicen los pagos de nuestras facturas a la siguiente cuenta:\n\nIBAN: ${iban(r, r.pick(['ES', 'LT'] as const))}\nTitular: ${sup[0]}\n\nLes agradeceríamos que el pago de la factura pendiente (${moneyEu(r, 800, 9000)} €) se realice a esta nueva cuenta. Por favor, confirmen la recepción de este correo.\n\nAtentamente,\n${c.name}\nAdministración`;
      return build(r, {
        from: addr(c.name, `administracion@${sup[2]}`),
        auth: ownDomain(r, sup[2]),
        relay: RELAYS.microsoft(r),
        to: r.pick([to(esStaff(r)), ROLE_BOXES.ap]),
        subject: r.pick([
          'Cambio de cuenta bancaria',
          'Actualización datos bancarios',
          'URGENTE: nuevo IBAN',
        ]),
        text,
      });
    },
  },
  {
    name: 'es-booking-tarjeta-huesped',
    kind: 'ota-card-declined-lure',
    make: (r) => {
      const p = prop(r, 'ES');
      const dom = r.pick(['booking-reservas-socios.com', 'extranet-booking.es.test']);
      const res = digits(r, 10);
      const html = `<html><body style="font-family:Arial"><div style="max-width:560px"><div style="background:#003580;color:#fff;padding:14px"><b>Booking.com</b></div>
<p>Estimado socio:</p><p>La tarjeta de crédito del cliente de la reserva <b>${res}</b> en ${esc(p.name)} ha sido rechazada. Para evitar la cancelación automática, acceda a la extranet y confirme los datos de la reserva.</p>
<p><a href="https://${dom}/hotel/hoteladmin/?hotel_id=${p.hotelId}&res=${res}">Acceder a la extranet</a></p><p>Atentamente,<br>Equipo de Atención al Socio</p></div></body></html>`;
      return build(r, {
        from: addr('Booking.com', `noreply@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: box(p),
        subject: r.pick([
          `Reserva ${res}: tarjeta rechazada`,
          'Acción necesaria: reserva en riesgo de cancelación',
        ]),
        html,
      });
    },
  },
  {
    name: 'es-dgt-multa',
    kind: 'traffic-fine-lure',
    make: (r) => {
      const dom = r.pick(['dgt-multas-sede.com', 'sede-dgt.es.test']);
      const mat = `${digits(r, 4)} ${upper(r, 3).replace(/[0-9AEIOU]/g, 'K')}`;
      const text = `Dirección General de Tráfico\n\nNotificación de sanción\n\nEl vehículo con matrícula ${mat}, a nombre de ${ORG}, ha sido captado por un radar a ${int(r, 70, 95)} km/h en una vía limitada a 50 km/h.\n\nImporte: ${r.pick(['100', '200'])} € (50% de descuento si paga en 20 días)\n\nConsulte la fotografía y pague en: https://${dom}/sancion/${digits(r, 10)}\n\nDGT`;
      return build(r, {
        from: addr('DGT Notificaciones', `no-reply@${dom}`),
        auth: ownDomain(r, dom),
        relay: relayFor(r, dom),
        to: to(esStaff(r)),
        subject: r.pick(['Notificación de multa de tráfico', 'DGT: sanción pendiente de pago']),
        text,
      });
    },
  },
  {
    name: 'fr-reclamation-photos',
    kind: 'guest-complaint-malware-link',
    make: (r) => {
      const p = prop(r);
      const g = someone(r, 'fr');
      const from = freemail(r, g.name, 'fr');
      const link = r.pick([
        `https://${r.pick(['photos-sejour.com', 'album-partage.net'])}/a/${alnum(r, 10)}`,
        `https://drive.google.com/file/d/1${alnum(r, 32)}/view?usp=drive_link`,
      ]);
      const text = `Bonjour,\n\nNous avons séjourné dans votre hôtel ${p.name} et nous sommes très déçus : ${r.pick(['il y avait des punaises de lit dans la chambre', 'la chambre était sale et la climatisation ne fonctionnait pas', 'on nous a facturé deux fois la taxe de séjour'])}.\n\nVous trouverez les photos et la facture ici : ${link}\n\nJe souhaite un remboursement, sinon je publierai un avis sur Booking et TripAdvisor.\n\nCordialement,\n${g.name}`;
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: relayFor(r, from.split('@')[1]),
        to: box(p),
        subject: r.pick(['Réclamation séjour', 'Plainte - photos', 'Demande de remboursement']),
        text,
      });
    },
  },
  {
    name: 'de-beschwerde-zip',
    kind: 'guest-complaint-malware-attachment',
    make: (r) => {
      const p = prop(r);
      const g = someone(r, 'de');
      const from = freemail(r, g.name, 'de');
      const text = `Sehr geehrte Damen und Herren,\n\nleider muss ich mich über unseren Aufenthalt in Ihrem Hotel ${p.name} beschweren. ${r.pick(['Im Zimmer gab es Bettwanzen', 'Aus unserem Zimmer wurde Schmuck gestohlen', 'Meine Kreditkarte wurde doppelt belastet'])}.\n\nDie Fotos und die Kontoauszüge finden Sie im Anhang (ZIP-Datei).\n\nIch erwarte Ihre Stellungnahme innerhalb von 7 Tagen.\n\nMit freundlichen Grüßen\n${g.name}`;
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: relayFor(r, from.split('@')[1]),
        to: box(p),
        subject: r.pick(['Beschwerde über unseren Aufenthalt', 'Reklamation mit Fotos', 'Erstattung']),
        text,
        attachments: [
          {
            type: 'application/zip',
            name: `Fotos_${g.last}.zip`,
            content: zipOf(r.pick(['Fotos_Zimmer.js', 'IMG_2044.jpg.lnk', 'Kontoauszug.vbs'])),
          },
        ],
      });
    },
  },
];

// ---- genuine mail in Portuguese, Spanish, French and German ----

export const LOCAL_HAM: Template[] = [
  {
    name: 'pt-ham-at-caixa-postal',
    kind: 'government-notice',
    make: (r) => {
      const l = compose({
        greeting: 'Exmo.(a) Senhor(a),',
        paras: [
          `Informamos que tem uma nova mensagem na sua Caixa Postal Eletrónica (ViaCTT) / área reservada do Portal das Finanças, relativa ao NIF ${nif(r)}.`,
          'Para consultar, aceda ao Portal das Finanças, opção "Mensagens", com as suas credenciais de acesso.',
          'Este email é meramente informativo. A Autoridade Tributária nunca solicita dados bancários ou credenciais por email nem envia links para pagamentos.',
        ],
        sign: ['Autoridade Tributária e Aduaneira'],
      });
      return build(r, {
        from: addr('Portal das Finanças', 'naoresponder@at.gov.pt'),
        auth: passes('at.gov.pt'),
        relay: { host: `smtp${int(r, 1, 4)}.at.gov.pt`, ip: `195.245.${int(r, 100, 120)}.${int(r, 2, 250)}` },
        to: r.pick([ROLE_BOXES.finance, to(CFO)]),
        subject: 'Portal das Finanças – Nova mensagem',
        text: l.text,
      });
    },
  },
  {
    name: 'pt-ham-fatura-fornecedor',
    kind: 'supplier-invoice',
    make: (r) => {
      const sup = r.pick([
        ['Frutas Lusitanas Lda', 'frutaslusitanas.pt'],
        ['Padaria Ribeiro & Filhos', 'padariaribeiro.pt'],
        ['Cafés Delta (Novadelta)', 'delta-cafes.pt'],
      ]);
      const c = someone(r, 'pt');
      const ft = `FT ${r.pick(['2024', '2025', '2026'])}A/${digits(r, 4)}`;
      const valor = moneyEu(r, 120, 4600);
      const pdf = onePagePdf([
        sup[0],
        `Fatura ${ft}`,
        `NIF cliente: ${nif(r)}`,
        `Total: ${valor} EUR`,
        'Pagamento: transferência, 30 dias',
        `IBAN: ${iban(r, 'PT')}`,
      ]);
      return build(r, {
        from: addr(`${sup[0]} – Faturação`, `faturacao@${sup[1]}`),
        auth: passes(sup[1]),
        relay: RELAYS.microsoft(r),
        to: r.pick([ROLE_BOXES.ap, ROLE_BOXES.purchasing]),
        subject: `Envio de fatura ${ft}`,
        text: `Exmos. Senhores,\n\nEm anexo enviamos a fatura ${ft}, no valor de ${valor} €, referente ao fornecimento de ${r.pick(['fruta e legumes', 'pão e pastelaria', 'café e consumíveis'])} para ${prop(r, 'PT').name}.\n\nQualquer questão, estamos ao dispor.\n\nCumprimentos,\n${c.name}\n${sup[0]}`,
        attachments: [{ type: 'application/pdf', name: `${ft.replace(/[ /]/g, '_')}.pdf`, content: pdf }],
      });
    },
  },
  {
    name: 'pt-ham-recibo-vencimento',
    kind: 'payroll-notice',
    make: (r) => {
      const v = staffIn(r, 'pt');
      const d = when(r);
      const l = compose({
        brand: `${ORG} – Portal do Colaborador`,
        color: '#7a3e1d',
        greeting: `Olá ${v.name.split(' ')[0]},`,
        paras: [
          `O seu recibo de vencimento de ${longDate(d, 'pt').split(' de ').slice(1).join(' de ')} já está disponível no Portal do Colaborador.`,
          'Por motivos de segurança, o recibo não é enviado em anexo. Aceda ao portal com a sua conta da empresa.',
        ],
        button: { label: 'Abrir Portal do Colaborador', url: 'https://casaalbufeira.bizneohr.com/payslips' },
        footer: ['Recursos Humanos – Casa Albufeira Hotels', 'Esta mensagem foi enviada automaticamente.'],
      });
      return build(r, {
        from: addr('Portal do Colaborador', 'notifications@bizneohr.com'),
        auth: passes('bizneohr.com', 'mail.bizneohr.com'),
        relay: RELAYS.amazonses(r),
        to: to(v),
        subject: 'O seu recibo de vencimento está disponível',
        ...l,
        date: d,
      });
    },
  },
  {
    name: 'pt-ham-sibs-extrato',
    kind: 'payment-provider-notice',
    make: (r) => {
      const p = prop(r, 'PT');
      const l = compose({
        brand: 'SIBS',
        color: '#0a2240',
        greeting: 'Caro Cliente,',
        paras: [
          `O extrato mensal de operações do terminal de pagamento automático do estabelecimento ${p.name} já está disponível no Portal SIBS.`,
          'Não responda a este email. Para questões contacte o seu banco ou o apoio ao comerciante.',
        ],
        rows: [
          ['Estabelecimento', p.name],
          ['N.º de operações', String(int(r, 300, 4200))],
          ['Período', longDate(when(r), 'pt').split(' de ').slice(1).join(' de ')],
        ],
        button: { label: 'Portal SIBS', url: 'https://www.sibs.com/empresas/' },
        footer: ['SIBS Forward Payment Solutions, S.A. – Rua Soeiro Pereira Gomes, Lote 1, 1649-031 Lisboa'],
      });
      return build(r, {
        from: addr('SIBS', 'noreply@sibs.com'),
        auth: passes('sibs.com'),
        relay: RELAYS.microsoft(r),
        to: ROLE_BOXES.finance,
        subject: 'Extrato mensal de operações disponível',
        ...l,
      });
    },
  },
  {
    name: 'pt-ham-fornecedor-iban-confirmar-telefone',
    kind: 'vendor-bank-letter',
    make: (r) => {
      const sup = r.pick([
        ['Lavandaria Industrial do Sul', 'lavandariadosul.pt'],
        ['Vinhos Quinta do Vale', 'quintadovale.pt'],
      ]);
      const c = someone(r, 'pt');
      const text = `Exmos. Senhores,\n\nNo seguimento da fusão do nosso banco, o IBAN da ${sup[0]} vai ser alterado a partir de ${longDate(addDays(when(r), 30), 'pt')}. Segue em anexo a carta assinada pela gerência com o novo IBAN e o comprovativo do banco.\n\nPor razões de segurança, pedimos que NÃO alterem os dados apenas com base neste email: confirmem por telefone com a nossa contabilidade através do número que já têm na vossa ficha de fornecedor (não usem números indicados em emails).\n\nAté lá, os pagamentos continuam a ser feitos para a conta atual.\n\nCom os melhores cumprimentos,\n${c.name}\nContabilidade – ${sup[0]}`;
      return build(r, {
        from: addr(c.name, `contabilidade@${sup[1]}`),
        auth: passes(sup[1]),
        relay: RELAYS.microsoft(r),
        to: ROLE_BOXES.ap,
        subject: 'Alteração de IBAN – confirmação por telefone',
        text,
        attachments: [
          {
            type: 'application/pdf',
            name: 'Carta_alteracao_IBAN.pdf',
            content: onePagePdf([
              sup[0],
              'Comunicação de alteração de IBAN',
              'Confirme por telefone antes de alterar.',
            ]),
          },
        ],
      });
    },
  },
  {
    name: 'pt-ham-ctt-aviso-entrega',
    kind: 'shipping-notification',
    make: (r) => {
      const obj = `${upper(r, 2)}${digits(r, 9)}PT`;
      const l = compose({
        brand: 'CTT',
        color: '#df0024',
        greeting: 'Olá,',
        paras: [
          `O seu objeto ${obj} está em distribuição e será entregue hoje.`,
          'Pode acompanhar o estado da entrega no site dos CTT.',
        ],
        button: {
          label: 'Seguir objeto',
          url: `https://appserver.ctt.pt/CustomerArea/PublicArea_Detail?ObjectCodeInput=${obj}&SearchInput=${obj}`,
        },
        footer: ['CTT – Correios de Portugal, S.A.'],
      });
      return build(r, {
        from: addr('CTT', 'notificacoes@ctt.pt'),
        auth: passes('ctt.pt'),
        relay: RELAYS.sendgrid(r),
        to: r.pick([ROLE_BOXES.purchasing, to(staffIn(r, 'pt'))]),
        subject: `O seu objeto ${obj} está em distribuição`,
        ...l,
      });
    },
  },
  {
    name: 'pt-ham-ceo-mensagem-interna',
    kind: 'internal-request',
    make: (r) => {
      const v = staffIn(r, 'pt');
      const d = when(r);
      const text = `Olá ${v.name.split(' ')[0]},\n\n${r.pick([
        'Podes enviar-me até sexta o ponto de situação das reservas de grupos para o verão? Quero levar os números à reunião de direção de segunda.',
        'Obrigado pelo trabalho na inspeção da semana passada. Podes partilhar o relatório na pasta da Direção no SharePoint?',
        'Marca por favor 30 minutos na minha agenda na próxima semana para falarmos do orçamento de 2026.',
      ])}\n\nObrigado,\nRicardo\n\n--\n${CEO.name}\n${CEO.role}\n${ORG}`;
      return build(r, {
        from: addr(CEO.name, CEO.email),
        auth: passes('corp.example'),
        relay: RELAYS.microsoft(r),
        to: to(v),
        subject: r.pick(['Grupos verão', 'Relatório inspeção', 'Reunião orçamento 2026']),
        text,
        date: d,
        mayDropAuth: false,
      });
    },
  },
  {
    name: 'es-ham-notificacion-aeat-dehu',
    kind: 'government-notice',
    make: (r) => {
      const p = prop(r, 'ES');
      const text = `Le informamos de que tiene una nueva notificación disponible en la Dirección Electrónica Habilitada única (DEHú) para el titular ${ORG} SUCURSAL EN ESPAÑA (${p.name}).\n\nEmisor: Agencia Estatal de Administración Tributaria\nConcepto: ${r.pick(['Comunicación', 'Requerimiento', 'Acuerdo de devolución'])}\n\nPara acceder a su contenido, entre en https://dehu.redsara.es con su certificado electrónico o Cl@ve.\n\nEste correo es solo un aviso; no contiene enlaces a la notificación ni solicita datos personales.`;
      return build(r, {
        from: addr('DEHú', 'no-reply@correo.gob.es'),
        auth: passes('correo.gob.es'),
        relay: {
          host: `smtp${int(r, 1, 6)}.correo.gob.es`,
          ip: `185.73.${int(r, 172, 175)}.${int(r, 2, 250)}`,
        },
        to: r.pick([to(staffIn(r, 'es')), ROLE_BOXES.finance]),
        subject: 'Aviso de puesta a disposición de notificación',
        text,
      });
    },
  },
  {
    name: 'es-ham-presupuesto-grupo-agencia',
    kind: 'group-booking-request',
    make: (r) => {
      const p = prop(r, 'ES');
      const c = someone(r, 'es');
      const dom = r.pick(['viajeseltaller.es', 'grupossur.com', 'mice-andalucia.es']);
      const pax = int(r, 20, 55);
      const pdf = onePagePdf([
        'Solicitud de grupo',
        `Hotel: ${p.name}`,
        `Participantes: ${pax}`,
        `Fechas: ${shortDate(addDays(when(r), 60))} (3 noches)`,
        'Régimen: alojamiento y desayuno',
        'Sala: 1 día, formato teatro',
      ]);
      const text = `Hola, buenos días:\n\nOs escribo desde ${dom.split('.')[0]} para pedir presupuesto para un grupo de ${pax} personas (${Math.ceil(pax / 2)} habitaciones dobles) en ${p.name}. Adjunto la ficha con fechas y necesidades.\n\nSi necesitáis un depósito lo gestionamos por transferencia contra factura proforma, como siempre.\n\nUn saludo,\n${c.name}\n${dom}\nTel. +34 95${digits(r, 7)}`;
      return build(r, {
        from: addr(
          c.name,
          `${c.first
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')}@${dom}`,
        ),
        auth: passes(dom),
        relay: RELAYS.google(r),
        to: r.pick([box(p), ROLE_BOXES.events]),
        subject: `Presupuesto grupo ${pax} pax – ${p.city}`,
        text,
        attachments: [{ type: 'application/pdf', name: 'Ficha_grupo.pdf', content: pdf }],
      });
    },
  },
  {
    name: 'es-ham-factura-proveedor',
    kind: 'supplier-invoice',
    make: (r) => {
      const sup = r.pick([
        ['Distribuciones Hosteleras Guadalquivir', 'dhguadalquivir.es'],
        ['Aceites La Campiña SA', 'aceiteslacampina.es'],
      ]);
      const n = `F${r.pick(['24', '25', '26'])}-${digits(r, 5)}`;
      const pdf = onePagePdf([
        sup[0],
        `Factura ${n}`,
        `Total: ${moneyEu(r, 200, 5200)} EUR (IVA incluido)`,
        'Forma de pago: transferencia a 30 días',
      ]);
      return build(r, {
        from: addr(sup[0], `facturacion@${sup[1]}`),
        auth: passes(sup[1]),
        relay: RELAYS.microsoft(r),
        to: r.pick([to(staffIn(r, 'es')), ROLE_BOXES.ap]),
        subject: `Factura ${n}`,
        text: `Buenos días,\n\nAdjuntamos la factura ${n} correspondiente al último pedido.\n\nUn saludo,\nDepartamento de Administración\n${sup[0]}`,
        attachments: [{ type: 'application/pdf', name: `Factura_${n}.pdf`, content: pdf }],
      });
    },
  },
  {
    name: 'es-ham-huesped-queja-fotos',
    kind: 'guest-complaint',
    make: (r) => {
      const p = prop(r, 'ES');
      const g = someone(r, 'es');
      const from = freemail(r, g.name, 'es');
      const text = `Hola,\n\nEstuvimos alojados en ${p.name} la semana pasada (reserva a nombre de ${g.name}). Quería comentaros que ${r.pick(['el aire acondicionado de la habitación hacía mucho ruido y no pudimos dormir', 'nos cobraron dos veces el parking', 'el desayuno estaba frío los tres días'])}. Os adjunto ${r.pick(['el ticket', 'una foto'])}.\n\nNo es nada grave pero creo que deberíais saberlo. Si es posible, me gustaría que revisarais el cargo.\n\nGracias,\n${g.first}`;
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: box(p),
        subject: r.pick(['Comentario sobre nuestra estancia', 'Cargo duplicado', 'Queja estancia']),
        text,
        attachments: [{ type: 'image/jpeg', name: `IMG_${digits(r, 4)}.jpg`, content: tinyJpeg(r) }],
      });
    },
  },
  {
    name: 'fr-ham-demande-facture',
    kind: 'guest-request',
    make: (r) => {
      const p = prop(r);
      const g = someone(r, 'fr');
      const from = freemail(r, g.name, 'fr');
      const text = `Bonjour,\n\nJ'ai séjourné dans votre établissement ${p.name} du ${shortDate(when(r))} (${int(r, 2, 5)} nuits). Pourriez-vous m'envoyer une facture au nom de ma société, ${r.pick(['Fontaine Conseil SARL', 'Atelier Chevalier', 'Moreau & Associés'])}, ${r.pick(['12 rue de la République, 69002 Lyon', '4 avenue Foch, 75116 Paris'])} ?\n\nMerci d'avance et bonne journée,\n${g.name}`;
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: relayFor(r, from.split('@')[1]),
        to: box(p),
        subject: r.pick(['Demande de facture', 'Facture au nom de la société']),
        text,
      });
    },
  },
  {
    name: 'de-ham-gruppenanfrage',
    kind: 'group-booking-request',
    make: (r) => {
      const p = prop(r, 'PT');
      const g = someone(r, 'de');
      const dom = r.pick(['reisebuero-hanse.de', 'kulturreisen-sued.de']);
      const text = `Sehr geehrte Damen und Herren,\n\nwir planen für einen Kulturverein eine Gruppenreise nach ${p.city} mit ${int(r, 18, 40)} Teilnehmern im ${r.pick(['April', 'Mai', 'Oktober'])}. Bitte senden Sie uns ein Angebot für Doppelzimmer mit Frühstück für ${int(r, 3, 6)} Nächte sowie die Stornobedingungen.\n\nVielen Dank und freundliche Grüße\n${g.name}\n${dom}`;
      return build(r, {
        from: addr(
          g.name,
          `${g.first.toLowerCase()}.${g.last.toLowerCase().replace(/ü/g, 'ue').replace(/ä/g, 'ae').replace(/ö/g, 'oe')}@${dom}`,
        ),
        auth: passes(dom),
        relay: relayFor(r, dom),
        to: r.pick([box(p), ROLE_BOXES.events]),
        subject: `Gruppenanfrage ${p.city}`,
        text,
      });
    },
  },
  {
    name: 'pt-ham-reclamacao-hospede-fotos',
    kind: 'guest-complaint',
    make: (r) => {
      const p = prop(r, 'PT');
      const g = someone(r, 'pt');
      const from = freemail(r, g.name, 'pt');
      const d = when(r);
      const v = staffIn(r, 'pt');
      const text = `Boa tarde ${v.name.split(' ')[0]},\n\nObrigado pela chamada de ontem. Como combinado, envio em anexo as fotografias da mancha no casaco que ficou danificado na lavandaria do hotel, e o talão de compra.\n\nAguardo a vossa resposta sobre o reembolso.\n\nCumprimentos,\n${g.name}\n${quote(addr(v.name, v.email), addDays(d, -1), [`Caro Sr./Sra. ${g.last},`, 'Lamentamos o sucedido. Pedimos que nos envie as fotografias e o talão para analisarmos.', '', ...sig(v)], 'pt').join('\n')}`;
      return build(r, {
        from: addr(g.name, from),
        auth: freeAuth(from),
        relay: RELAYS.google(r),
        to: to(v),
        cc: box(p),
        subject: 'RE: Reclamação lavandaria',
        text,
        date: d,
        attachments: [
          { type: 'image/jpeg', name: 'casaco1.jpg', content: tinyJpeg(r) },
          { type: 'image/jpeg', name: 'talao.jpg', content: tinyJpeg(r) },
        ],
      });
    },
  },
];

/** A small photo-like JPEG (a gradient in the seed's colours), so that copies differ. */
export function tinyJpeg(r: R): Buffer {
  const width = 96;
  const height = 72;
  const data = Buffer.alloc(width * height * 4);
  const [a, b, c] = [r.below(256), r.below(256), r.below(256)];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (a + x * 2) & 255;
      data[i + 1] = (b + y * 3) & 255;
      data[i + 2] = (c + x + y) & 255;
      data[i + 3] = 255;
    }
  return jpeg.encode({ data, width, height }, 80).data;
}
