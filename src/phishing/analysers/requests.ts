// Requests: what business-email-compromise notes ask for without any link or attachment (a payment or
// wire transfer, gift cards, a password, employees' W-2 forms, staff's mobile numbers or the contact in
// accounts payable), worse when written from a free mail account (where no company's payroll or supplier
// writes from), pressed for time or secrecy, or threatening a penalty (in the languages most mail comes
// in); and the redirection of payments — "our bank details have changed", "update my direct deposit",
// "our account is under audit, pay our settlement account", "transfers are on hold, pay by card instead"
// — the sign of invoice and payroll fraud whoever sends it; and the opener that comes before the ask —
// "are you available? a quick favour, send me your cell number, keep it between us" — from a free mail
// account. All of it is read in the languages business-email-compromise notes are written in, from
// Spanish to Japanese. Newer words are data (data/phishing/payment-changes.json, contact-asks.json).
import { readFileSync } from 'node:fs';
import { isFreeMail } from '../brands.js';
import { addressDomain } from '../lookalike.js';
import { firstUnruled } from '../word-patterns.js';
import { discussionList } from './mailing-list.js';
import { fromInside } from './owners.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'requests';
const CONTACT_ASKS_FILE = new URL('../../../data/phishing/contact-asks.json', import.meta.url);
const PAYMENT_CHANGES_FILE = new URL('../../../data/phishing/payment-changes.json', import.meta.url);
const MONEY =
  /\b(carte regalo|cartes?[- ]cadeaux?|tarjetas? (?:de )?regalo|geschenkkarten?|gutscheinkarten?|cadeaukaarten?|karty podarunkowe|wire transfer|bank transfer|(?:gift|apple|itunes|google play|steam|amazon) ?cards?|bank details|account details|payroll|salary account|invoice payment|payment details|routing number|iban|(?:a|the|this) payment|remit(?:tance)? payment|remit)\b/i;
/** Words of other languages, whole: \b knows only ASCII letters, so a word is bounded by anything but a
 * letter or digit; Japanese, which runs its words together, is matched anywhere. */
function spoken(words: string, japanese: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words})(?![\p{L}\p{N}])|${japanese}`, 'iu');
}
/** A payment or a bank transfer asked for, in the other languages business-email-compromise notes come in. */
const MONEY_ABROAD = spoken(
  [
    '(?:auslands|eil)?(?:überweisung|ueberweisung)|überweisen|ueberweisen|(?:eine|die|diese) zahlung',
    'transferencia|(?:un|el|este) pago|virement|(?:un|le|ce) paiement|bonifico|(?:un|il|questo) pagamento',
    'transferência|(?:um|o|este) pagamento|overboeking|overmaking|(?:een|de|deze) betaling|przelew(?:u|em)?',
    'płatnoś(?:ć|ci)|havale(?:yi)?|eft|ödeme(?:yi|si)?|överföring(?:en)?|betalning(?:en)?',
    'transfer(?:ul)? bancar|o plat[ăa]|plata|viramentul|převod|platb[ua]|úhrad[ua]|(?:át)?utalás(?:t|ra|hoz|sal)?|kifizetés(?:t|re|hez)?',
  ].join('|'),
  '振り?込み?|送金|お支払い',
);
const SECRET =
  /\b(your password|confirm your password|login details|verification code|one[- ]time code|w-?2 (?:forms?|statements?)|(?:employees'?|staff) (?:w-?2s?|tax forms|payroll records)|(?:w-?2s?|tax forms|payroll records)\b[^.\n]{0,30}\b(?:of|for) (?:all |every |each |our )?(?:employees?|staff))\b/i;
const PRESSURE =
  /\b(as (?:agreed|discussed|approved) (?:with|by) (?:the |our )?(?:ceo|cfo|coo|md|managing director|director|president|chairman|board)|(?:the |our )?(?:ceo|cfo|managing director|president) (?:has )?(?:approved|authori[sz]ed|asked (?:me|us))|heute|sofort|umgehend|dringend|hoy|inmediatamente|urgente|aujourd'hui|imm[ée]diatement|oggi|subito|vandaag|onmiddellijk|urgent(?:ly)?|today|immediately|right away|asap|within \d+ hours|in a meeting|keep (?:it|this) (?:between us|confidential)|discreet(?:ly)?|(?:don't|do not) (?:mention|tell)|can't talk|cannot (?:talk|call)|are you (?:available|at your desk)|past due|overdue)\b/i;
/** Haste, secrecy and "are you at your desk" in the other languages: Spanish, German, French, Italian,
 * Portuguese, Dutch, Polish, Turkish, Swedish, Romanian, Czech, Hungarian and Japanese. */
const PRESSURE_ABROAD = spoken(
  [
    'hoy mismo|cuanto antes|lo antes posible|(?:con|en) (?:total|absoluta|la máxima|estricta) (?:discreción|confidencialidad|reserva)',
    'mant(?:enga|én|engan|éngalo|enlo)(?: esto| este asunto| esta operación)? en (?:secreto|reserva|confidencialidad)',
    'no (?:lo )?(?:comente|comentes|hable|hables|diga|digas) (?:esto |nada )?(?:con|a) nadie|entre nosotros|estás (?:en la oficina|disponible)|está (?:usted )?en la oficina',
    'noch heute|heute noch|schnellstmöglich|(?:absolut|äußerst|strikt|streng) vertraulich|vertraulich (?:behandeln|behandelt)',
    'behandle (?:das|es) (?:bitte )?vertraulich|(?:sprechen|reden) sie (?:mit niemandem|nicht) darüber|sprich (?:mit niemandem|nicht) darüber',
    'mit niemandem darüber|unter uns|sind sie (?:heute )?(?:im büro|am platz|erreichbar)|bist du (?:heute )?(?:im büro|am platz|erreichbar)',
    'dès que possible|au plus vite|sans délai|en toute (?:discrétion|confidentialité)|dans la plus (?:grande|stricte) (?:discrétion|confidentialité)',
    `strictement confidentiel(?:le)?|n['’]en (?:parlez|parle) à personne|ne pas en parler|entre nous|êtes-vous (?:au bureau|disponible)|es-tu (?:au bureau|dispo(?:nible)?)`,
    'oggi stesso|al più presto|quanto prima|immediatamente|in via (?:strettamente )?(?:riservata|confidenziale)|(?:massima|assoluta|totale) (?:riservatezza|discrezione)',
    'non (?:ne )?(?:parlare|parli|dire|dica) (?:a|con) nessuno|non parlarne con nessuno|tra (?:di )?noi|sei (?:in ufficio|disponibile)|è in ufficio',
    'hoje|ainda hoje|o mais rápido possível|o quanto antes|com urgência|urgentemente|imediatamente|(?:em|com) (?:total |absoluto )?sigilo|sigilo (?:absoluto|total)',
    '(?:total|máxima) (?:discrição|confidencialidade)|(?:não|nao) (?:comente|fale|diga) (?:isso |nada )?(?:com|a) ninguém|entre nós|(?:você )?está no escritório|você está disponível|estás disponível',
    'met spoed|zo snel mogelijk|strikt vertrouwelijk|(?:behandel|houd|hou) (?:dit|het) (?:strikt )?(?:vertrouwelijk|onder ons|voor jezelf|stil)|bespreek (?:dit|het) met niemand',
    'met niemand over|onder ons|ben je (?:op kantoor|beschikbaar|aan je bureau)|bent u (?:op kantoor|beschikbaar|aan uw bureau)',
    'dzisiaj|dziś|pilne|pilnie|natychmiast|jak najszybciej|ściśle poufn(?:e|ie|a)|poufnie|w tajemnicy|(?:zachowaj|proszę zachować) dyskrecję',
    'nikomu (?:o tym )?nie (?:mów|mówić|wspominaj|wspominać)|nie rozmawiaj (?:o tym )?z nikim|między nami|(?:czy )?jesteś (?:w biurze|dostępn[ya]|przy biurku)|czy jest pan(?:i)? (?:w biurze|dostępn[ya])',
    'bugün|acil(?:en)?|hemen|derhal|en kısa sürede|gizli tut(?:un|unuz)?|gizli kalmalı|gizlilik içinde|aramızda kalsın',
    'kimseye (?:söylemeyin|söyleme|bahsetmeyin|bahsetme)|kimseyle (?:paylaşmayın|paylaşma|konuşmayın|konuşma)|ofiste misin(?:iz)?|müsait misin(?:iz)?|masanızda mısınız',
    'idag|i dag|brådskande|omgående|snarast|(?:behandla|håll) (?:detta|det) (?:helt )?(?:konfidentiellt|hemligt|mellan oss)|mellan oss|prata inte med någon',
    '(?:säg|nämn) inte (?:detta |det )?(?:till|för) någon|är du (?:på kontoret|tillgänglig|vid skrivbordet)',
    'astăzi|azi|urgent[ăa]?|imediat|cât mai repede|strict confiden[țţ]ial[ăa]?|discre[țţ]ie|între noi',
    'nu (?:vorbi|discuta|discuta[țţ]i|vorbi[țţ]i|spune|spune[țţ]i) (?:despre asta )?(?:cu nimeni|nimănui)|e[șş]ti (?:la birou|disponibil[ăa]?)|sunte[țţ]i (?:la birou|disponibil[ăa]?)',
    'dnes|ihned|okamžitě|urgentní|co nejdříve|co nejrychleji|přísně důvěrné|(?:zachovejte|zachovat|zachovej) (?:diskrétnost|mlčenlivost)|diskrétně|mezi námi',
    'nikomu (?:o tom )?(?:neříkejte|neříkej)|s nikým o tom (?:nemluvte|nemluv)|(?:jste|jsi) (?:v kanceláři|k dispozici|u stolu)',
    'még ma|azonnal|sürgős(?:en)?|minél előbb|minél hamarabb|szigorúan bizalmas|bizalmasan kezel(?:je|d)|maradjon köztünk|köztünk marad',
    'ne (?:szóljon|szólj|beszéljen|beszélj) (?:erről )?senkinek|irodában van',
  ].join('|'),
  '至急|本日中|今日中|内密|極秘|他言無用|誰にも(?:言わ|話さ|相談し)ないで|席に(?:いますか|いらっしゃいますか)',
);
const THREAT =
  /\b(letzte mahnung|inkasso\w*|mahnverfahren|[úu]ltimo aviso|cobro judicial|dernier rappel|mise en demeure|recouvrement|ultimo avviso|recupero crediti|laatste aanmaning|incasso\w*|final notice|(?:avoid|or face) (?:a |any )?(?:late fee|penalt(?:y|ies)|suspension|legal action|collection)|will be (?:suspended|closed|terminated|cancelled|sent to collection))/i;
/** A task announced without saying what it is, the heart of the opener. */
const TASK =
  /\b(?:(?:quick|small|urgent) (?:favou?r|task|request)|(?:handle|do|complete) (?:a|an|this|something) (?:\w+ )?(?:task|favou?r|errand|for me)|I (?:have|need|got) (?:a|an) (?:\w+ )?(?:task|favou?r|errand|assignment) for you|need (?:you to (?:do|handle) )?something (?:done|handled)|(?:have|got|need) something (?:\w+[- ])?(?:urgent|time[- ]sensitive|important|confidential|pressing) (?:for you|to discuss|you can help with))/i;
/** The task announced without saying what it is, in the other languages. */
const TASK_ABROAD = spoken(
  [
    '(?:un|una) (?:pequeño |rápido )?(?:favor|encargo|tarea) (?:urgente|rápido|confidencial)|necesito que me (?:hagas|haga) un favor',
    'eine (?:kleine|dringende|vertrauliche) (?:bitte|aufgabe)|einen (?:kleinen )?gefallen|un petit service|une (?:petite )?(?:mission|tâche) (?:urgente|confidentielle)',
    'un (?:piccolo )?favore|un compito (?:urgente|riservato)|um (?:pequeno )?favor|uma tarefa (?:urgente|confidencial)|een klein (?:verzoek|klusje)|een gunst',
    '(?:drobną|małą) przysługę|pilne zadanie|küçük bir ricam|acil bir (?:iş|görev)|en (?:liten )?tjänst av (?:dig|er)|ett brådskande uppdrag',
    'o (?:mică )?favoare|o sarcină urgentă|(?:malou|o) laskavost|(?:egy )?(?:kis )?szívességet|sürgős feladat',
  ].join('|'),
  'お願いしたいことが|頼みたいことが',
);
/** The move to a chat where no company's records reach. */
const OFF_CHANNEL =
  /\b(?:send|text|share|give) me your (?:cell|mobile|personal|whatsapp)(?: phone)? (?:number|no\b)|\b(?:text|whats ?app|message) me (?:at|on) (?:\+|\d)|\b(?:text|whats ?app) me(?: (?:asap|now|please|right away))?(?:[.!]|$)/im;
/** The opening move of gift-card and payment fraud: is the reader free for a task. */
const OPENER = new RegExp(
  String.raw`\b(?:are you (?:available|around|at your desk|free|busy)|got a (?:minute|moment|sec))|${TASK.source}|${OFF_CHANNEL.source}`,
  'im',
);
/** The opener in the other languages: are you in the office, free, at your desk; a task for you. */
const OPENER_ABROAD = new RegExp(
  `${TASK_ABROAD.source}|${
    spoken(
      [
        'sind sie (?:heute )?(?:im büro|am platz|verfügbar|erreichbar)|bist du (?:heute )?(?:im büro|da|verfügbar)|ha(?:ben sie|st du) (?:kurz|einen moment) zeit',
        'estás (?:en la oficina|disponible)|está (?:usted )?en la oficina|tienes? un momento|êtes-vous (?:au bureau|disponible)|es-tu (?:au bureau|dispo(?:nible)?)|avez-vous un (?:moment|instant)',
        'sei (?:in ufficio|disponibile)|è in ufficio|ha(?:i)? un minuto|(?:você )?está no escritório|você está disponível|tem um minuto',
        'ben je (?:op kantoor|beschikbaar|aan je bureau)|bent u (?:op kantoor|beschikbaar|aan uw bureau)|heb je (?:even|een minuutje) tijd',
        '(?:czy )?jesteś (?:w biurze|dostępn[ya]|przy biurku)|czy jest pan(?:i)? (?:w biurze|dostępn[ya])|masz (?:chwilę|minutę)',
        'ofiste misin(?:iz)?|müsait misin(?:iz)?|masanızda mısınız|är du (?:på kontoret|tillgänglig|vid skrivbordet)|har du en minut',
        'e[șş]ti (?:la birou|disponibil[ăa]?)|sunte[țţ]i (?:la birou|disponibil[ăa]?)|(?:jste|jsi) (?:v kanceláři|k dispozici|u stolu)|máte (?:chvilku|chvíli)',
        'irodában van|ráérsz most|elérhető most',
      ].join('|'),
      '席に(?:いますか|いらっしゃいますか)|今お時間(?:ありますか|よろしいですか|いただけますか)',
    ).source
  }`,
  'iu',
);
/** The reason nobody may check: it is secret, or the sender cannot be reached. */
const UNREACHABLE =
  /\b(?:discreet(?:ly)?|between us|confidential|surprise|can't talk|cannot (?:talk|call)|can't (?:call|take calls)|unable to (?:talk|call)|in a (?:meeting|conference)|tied up|(?:on|boarding) a flight)\b/i;
/** Secrecy and a sender out of reach, in the other languages. */
const UNREACHABLE_ABROAD = spoken(
  [
    'vertraulich(?:e|en)?|diskret|in (?:einer )?besprechung(?:en)?|nur per e-?mail erreichbar|confidencial|estoy reunid[oa]|en una reunión',
    'confidentiel(?:le)?|en réunion|riservat[oa]|in riunione|em reunião|vertrouwelijk|in (?:een )?vergadering|poufn(?:e|ie|a)|na spotkaniu',
    'gizli|toplantıdayım|toplantıda|konfidentiell(?:t)?|i möte|confiden[țţ]ial[ăa]?|în [șş]edin[țţ]ă|důvěrn(?:é|á|ě)|na schůzce|bizalmas(?:an)?|megbeszélésen|értekezleten',
  ].join('|'),
  '会議中|内密|極秘',
);
/** Gift cards by name, and the ask to hand over what spends them: the codes, a picture of each back. */
const GIFT_CARDS =
  /\b(?:gift ?cards?|itunes|google play|steam cards?|apple cards?|amazon cards?|carte regalo|cartes?[- ]cadeaux?|tarjetas? (?:de )?regalo|geschenkkarten?|gutscheinkarten?|cadeaukaarten?|cart[õo]es? (?:de )?presente|karty podarunkowe)\b/i;
const CARD_CODES =
  /\b(?:(?:pictures?|photos?|images?|snaps?|pics?|scans?) of (?:the )?(?:back of )?(?:each|the|all|every|both) (?:cards?|backs?)|(?:send|email|e-mail|text|forward) (?:me |us )?(?:the |all |their )?(?:card |gift card |claim |redemption )?(?:codes|pins|numbers)|(?:codes|pins|cards|them) (?:to me|back to me)\b)/i;
/** Gift cards named in the other languages, and the ask for their codes or pictures. */
const GIFT_CARDS_ABROAD = spoken(
  [
    'cart[õo]es?[- ](?:de )?presente|vales?[- ]presente|hediye kart(?:ı|ları|larını)?|presentkort(?:en)?|card(?:uri)?(?:le)? cadou',
    'dárkov(?:é|ou|ých) (?:kart(?:y|u)|poukaz(?:y|ů)?)|ajándékkártyá(?:t|kat|k)?|ajándékkártya',
  ].join('|'),
  'ギフトカード|ギフト券|アマゾンギフト|iTunesカード|プリペイドカード',
);
const CARD_CODES_ABROAD = spoken(
  [
    '(?:env[íi]a(?:me|nos)?|m[áa]nda(?:me)?|envíe(?:me)?|schick(?:en sie)?(?: mir)?|senden sie mir|envoyez-moi|envoie-moi|inviami|mandami|mi invii',
    '|envie(?:-me)?|me mande|stuur (?:me|mij)|wyślij(?: mi)?|prześlij(?: mi)?|skicka(?: mig)?|trimite(?:-mi|[țţ]i-mi)?|pošlete mi|pošli mi|küldd el|küldje el)',
    String.raw`(?![\p{L}\p{N}])[^.\n]{0,40}(?<![\p{L}\p{N}])(?:c[óo]digos|codes?|codici|kody|koderna|codurile|kódy|kódokat|fotos|photos|foto|zdjęcia|bilder(?:na)?|fotky|fényképeket)`,
    '|kodlar[ıi](?:nı)? (?:bana )?gönder(?:in)?',
  ].join(''),
  '(?:コード|番号|裏面)[^。\\n]{0,20}(?:送|写真|撮)',
);
/** The ways a change of where payments go is announced (data/phishing/payment-changes.json): each from
 * the start of a word, or anywhere in Japanese script. */
const REDIRECT = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_])|(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]))(?:${(JSON.parse(readFileSync(PAYMENT_CHANGES_FILE, 'utf8')) as { patterns: string[] }).patterns.join('|')})`,
  'iu',
);
/** Asks for the people behind the money and the staff (data/phishing/contact-asks.json). */
const CONTACTS = new RegExp(
  (JSON.parse(readFileSync(CONTACT_ASKS_FILE, 'utf8')) as { patterns: string[] }).patterns.join('|'),
  'iu',
);
/** Words that keep the reader from checking a change of bank details by phone. */
const NO_CHECK =
  /\b(?:do not|don't|please don't|no need to) (?:call|phone|ring|contact)\b|\bphones? (?:are|is) (?:down|out of (?:order|service))\b|\be-?mail is (?:best|the best way|preferred)\b|\bno (?:atendemos|aceptamos) llamadas\b|\bnicht telefonisch erreichbar\b|\bpas joignables? par t[ée]l[ée]phone\b|\b(?:not reachable|unreachable|unavailable) by phone\b|\bwill no longer (?:accept|receive|be used)\b/i;
/** A change announced the way honest suppliers do: check it by phone with the number you already have. */
const CHECK_INVITED =
  /\b(?:call|phone|contact)\b[^.]{0,80}\b(?:to (?:confirm|verify) (?:this|the) change|(?:number|contact) (?:you have )?on (?:file|record)|number on (?:your|our) (?:existing |own )?(?:\w+ )?(?:file|record)s?|number (?:you|we) already (?:have|hold|know)|number (?:you|we) (?:already )?have on (?:file|record)|your usual contact|(?:confirm|verify) (?:the|this|our) (?:new |change[ds]? )?(?:details|change|account) by (?:phone|telephone))\b|\b(?:do not|don't|please don't) (?:change|update|amend) anything (?:on the strength of|based on|because of|from|on the basis of) this (?:e-?mail|message)|\bkeep paying (?:in)?to the (?:current|existing|old) account\b/i;
/** The same invitation in the other languages suppliers write in. */
const CHECK_INVITED_ABROAD = new RegExp(
  [
    String.raw`\b(?:llame|llamar|comuníquese|contacte|ligue|telefone)\b[^.]{0,80}número (?:que (?:ya )?(?:tiene|tenga|conoce|já tem|possui)|registrado|habitual|de siempre)`,
    'no (?:realice|haga|efectúe) ningún cambio (?:solo |únicamente )?(?:con base en|basándose en|por) este (?:correo|mensaje)',
    '(?:appelez|appeler|contactez)[^.]{0,80}numéro (?:que vous (?:avez|connaissez)|habituel|connu)',
    'ne (?:modifiez|changez) rien (?:sur la (?:seule )?base de|sur la foi de|à partir de) ce (?:courriel|mail|message)',
    '(?:rufen sie|anrufen|telefonisch)[^.]{0,80}(?:bekannte|hinterlegte|vorliegende|übliche)n? (?:nummer|rufnummer|telefonnummer)',
    'ändern sie nichts (?:allein |nur )?(?:aufgrund|auf grundlage) dieser (?:e-?mail|nachricht)',
    String.raw`(?:bel|belt u|bellen)\b[^.]{0,80}(?:bekende|vertrouwde|gebruikelijke) (?:nummer|telefoonnummer)`,
    'wijzig niets (?:alleen )?op basis van (?:deze|dit) (?:e-?mail|bericht)',
    String.raw`(?:zadzwo[ńn]\S*|telefoniczn\S*)[^.]{0,80}numer\S* (?:wskazan\S*|znan\S*|dotychczasow\S*|podan\S* w umowie|z umowy)`,
    String.raw`nie (?:wprowadza[ćc]|dokonywa[ćc]|zmienia[ćc])\S* (?:żadnych )?zmian\S* (?:wyłącznie |tylko )?na podstawie (?:tej|tego) (?:wiadomości|maila|e-?maila)`,
    String.raw`(?:chiam\S*|telefon\S*|contatt\S*)[^.]{0,80}numero (?:che (?:già )?(?:avete|conoscete)|abituale|noto|in anagrafica)`,
    'non (?:modificate|cambiate|apportate) (?:nulla|alcuna modifica|modifiche) (?:solo |esclusivamente )?(?:sulla base di|in base a) (?:questa|questo) (?:e-?mail|mail|messaggio)',
    String.raw`(?:ring\S*|kontakta\S*)[^.]{0,80}(?:nummer|telefonnummer) (?:ni (?:redan )?har|som ni (?:redan )?har|ni känner till|som ni känner till)`,
    'ändra (?:inte|ingenting) (?:enbart |bara |endast )?(?:utifrån|baserat på|på grund av) (?:detta|det här) (?:mejl|e-?postmeddelande|e-?post|meddelande)',
  ].join('|'),
  'iu',
);
/** A change the reader has already checked by calling back a number they held, as the thread records. */
const CHECK_DONE =
  /\b(?:call(?:ed|ing)?|phon(?:ed|ing)|r[ai]ng(?:ing)?) (?:\w+ )?back\b[^.]{0,60}\bon (?:our|your|the) (?:main|usual|office|switchboard) (?:line|number)\b|\b(?:call|phone|ring)\b[^.]{0,80}\bon the number (?:we|I|you) (?:already )?(?:have|hold|know)\b/i;

/** Haste or secrecy, in English or another language, where no "never" rules it out. */
function pressure(text: string): RegExpExecArray | null {
  return firstUnruled(PRESSURE, text) ?? firstUnruled(PRESSURE_ABROAD, text);
}

export const requests: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (discussionList(message)) return [];
    const text = `${message.subject}\n${message.text}`;
    const free = isFreeMail(addressDomain(message.from?.address ?? ''), context.brands);
    const fromFree = free ? `, from a free mail account (${message.from?.address})` : '';
    const signals: Signal[] = [];
    const redirect = firstUnruled(REDIRECT, text);
    if (redirect !== null) {
      const pressed = pressure(text) ?? NO_CHECK.exec(text);
      const unpressed = !free && pressed === null;
      const checked = unpressed && CHECK_DONE.test(text);
      const checkInvited =
        unpressed && !checked && (CHECK_INVITED.test(text) || CHECK_INVITED_ABROAD.test(text));
      signals.push(
        sign(
          NAME,
          'payment-redirect',
          free ? 50 : checkInvited || checked ? 15 : 35,
          `It asks to send payments to a new account ("${redirect[0]}")${fromFree}${pressed === null ? '' : ` and presses you ("${pressed[0]}")`}: the mark of invoice and payroll fraud${checkInvited ? ', though it asks you to check the change by phone, as honest suppliers do' : ''}${checked ? ', though the thread says the change was checked by calling back a number already held' : ''}. Check any change of bank details by phone, with a number you already know.`,
          redirect[0],
        ),
      );
    }
    const money = firstUnruled(MONEY, text) ?? firstUnruled(MONEY_ABROAD, text);
    // In English a gift card is asked for by the payment words ("iTunes cards"); a brand named alone
    // ("iTunes") is news, not an ask.
    const cardsAbroad = firstUnruled(GIFT_CARDS_ABROAD, text);
    const cards = firstUnruled(GIFT_CARDS, text) ?? cardsAbroad;
    const asked = money ?? cardsAbroad ?? firstUnruled(SECRET, text) ?? firstUnruled(CONTACTS, text);
    // A payment alone, no gift cards: what friends ask each other too.
    const payment = money !== null && cards === null;
    // From free mail, any opener with a reason not to check; from another outside domain, only a task
    // announced without saying what, with a reason not to check or a move to a chat.
    const outside = !fromInside(message, context);
    const task = TASK.exec(text) ?? TASK_ABROAD.exec(text);
    const unreachable =
      UNREACHABLE.exec(text) ??
      UNREACHABLE_ABROAD.exec(text) ??
      (task === null ? null : OFF_CHANNEL.exec(text));
    const opener = free ? (OPENER.exec(text) ?? OPENER_ABROAD.exec(text)) : task;
    if (asked === null && outside && opener !== null && unreachable !== null) {
      signals.push(
        sign(
          NAME,
          'bec-opener',
          free ? 40 : 30,
          `It asks if you are free for a task ("${opener[0]}") and keeps you from checking ("${unreachable[0]}")${fromFree}: the opening move of gift-card and payment fraud, the ask coming in the next mail. Check with the person by phone or in person, with a number you already know.`,
          opener[0],
        ),
      );
    }
    // From free mail a payment is asked of friends too ("I'll pay, you send me a transfer after"); only
    // pressure or secrecy besides makes it the fraud's ask on its own. Gift cards, a password or the
    // staff's numbers are asked of no one so.
    if (asked !== null && redirect === null) {
      const pressed = pressure(text);
      const threat = THREAT.exec(text);
      if (free || pressed !== null) {
        signals.push(
          sign(
            NAME,
            'money-or-secret-request',
            free ? (payment && pressed === null ? 25 : 40) : threat !== null ? 35 : 20,
            `It asks for "${asked[0]}"${pressed === null ? '' : ` and presses you ("${pressed[0]}"${threat === null ? '' : `, "${threat[0]}"`})`}${fromFree}: confirm any such request by phone, with a number you already know.`,
            asked[0],
          ),
        );
      }
    }
    const codes = cards === null ? null : (CARD_CODES.exec(text) ?? CARD_CODES_ABROAD.exec(text));
    if (codes !== null && outside) {
      signals.push(
        sign(
          NAME,
          'gift-card-codes',
          40,
          `It asks for gift cards ("${cards?.[0]}") and for what spends them ("${codes[0]}"): whoever has a card's code has its money, and no employer or client is paid in gift-card codes by mail. Check with the person by phone, with a number you already know.`,
          codes[0],
        ),
      );
    }
    return signals;
  },
};
