// Whole lines of a page that are not the story: timestamps, photo captions and credits, byline
// labels, end matter ("Reporting by …; Editing by …", "Originally published on …", "Copyright …"),
// invitations ("Join our forums", "Subscribe to our channel") and notices (cookie banners, consent
// boxes). Unlike stampOrCaption (which judges a summary sentence and may look inside it), a rule here must be true of the whole line,
// because extraction drops the line: a story sentence that mentions "9:30 a.m. EST" stays.
import { isTimestampLine, splitTrailingStamp } from './timestamps.js';

// Every rule asks for the word count of the same line: count it once.
let counted = { line: '', n: 0 };
const words = (line: string) => {
  if (counted.line !== line) counted = { line, n: line.split(/\s+/).filter(Boolean).length };
  return counted.n;
};
const AGENCY = String.raw`(?:Getty(?: Images)?|AP(?: Photo)?|AFP|Reuters|EPA(?:-EFE)?|Shutterstock|Bloomberg|iStock(?:photo)?|Alamy|NASA|PA(?: Images| Wire)?|Xinhua|Anadolu|SIPA|Rex|ZUMA(?: Wire)?|dpa|Keystone|Imago|Corbis)`;

/** Rules on the whole line; each returns the reason when the line is furniture. */
const RULES: [string, (line: string) => boolean][] = [
  ['timestamp', (line) => isTimestampLine(line)],
  // "By Justine Coleman - 11/18/19 11:04 PM EST", "2/26/2015 7:11 AM PST BY TMZ STAFF".
  ['byline', (line) => words(line) <= 14 && /^by\s/i.test(line) && Boolean(splitTrailingStamp(line).stamp)],
  ['byline', (line) => words(line) <= 14 && /\sby\s+[\p{L} .'’-]{2,40}$/iu.test(line) && isTimestampLine(line.replace(/\s+by\s+[\p{L} .'’-]{2,40}$/iu, ''))],
  // "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET"
  ['timestamp', (line) => {
    const label = /\b(?:first published|last updated|updated|published|posted)\b/i.exec(line);
    return Boolean(label) && words(line.slice(0, label?.index)) <= 4 && isTimestampLine(line.slice(label?.index));
  }],
  ['byline', (line) => /^(?:Opinion Columnist|Columnist|Contributing (?:Writer|Editor|Columnist)|Staff (?:Writer|Reporter)|(?:AP )?Sports Writer|Senior (?:Writer|Editor|Correspondent)|Associated Press Writer|Guest (?:Writer|Columnist|Contributor))$/i.test(line)],
  // Credits: "(Image: © NASA/ESA)", "Image copyright Getty Images", "Photos by cmgirl (Shutterstock), …".
  ['credit', (line) => words(line) <= 40 && /^\(?(?:image|photo|picture|foto|bild|video|illustration|graphic)s?(?: credit| copyright| courtesy)?\s*(?::|©|copyright|credit|courtesy|by)\s/i.test(line)],
  ['credit', (line) => words(line) <= 40 && /^(?:cover|featured|top|header|lead|main|hero) (?:image|photo|picture)\s*:/i.test(line)],
  // "Natalie Naccache | Bloomberg | Getty Images": short parts, one of them a photo agency.
  ['credit', (line) => words(line) <= 12 && /[|/]/.test(line) && new RegExp(`(?:^|[|/]\\s*)${AGENCY}\\s*\\)?$`, 'i').test(line)],
  // A caption that ends on its credit: "… outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)".
  ['caption', (line) => words(line) <= 80 && new RegExp(`\\((?:[^()]*\\b(?:Photo|Image|Picture|Credit|Foto)\\b[^()]*|[^()]*/\\s*${AGENCY}[^()]*|\\s*(?:Image|Photo)\\s*:\\s*[^()]*)\\)\\.?$`, 'i').test(line)],
  // "US professor Kevin King (left) and his colleague Timothy Weeks": says where in a photo, ends on no full stop.
  ['caption', (line) => words(line) <= 40 && /\((?:left|right|centre|center|top|bottom|above|below|pictured|L|R|C)\)/i.test(line) && !/[.!?"”]$/.test(line)],
  // "Jewels after Jewels, installation views, photos © Inexhibit, 2018".
  ['credit', (line) => words(line) <= 25 && /©|ⓒ/.test(line) && !/[.!?"”]$/.test(line)],
  ['caption', (line) => words(line) <= 60 && /^(?:an? |the )?(?:artist['’]s )?(?:illustration|impression|rendering|rendition|concept art) (?:of|shows|showing|depicts)\b/i.test(line)],
  ['caption', (line) => words(line) <= 40 && /\bsent (?:us |in )?(?:this|these) (?:picture|photo|image|video)s?\b/i.test(line)],
  ['caption', (line) => words(line) <= 60 && /^(?:pictured|above|below|left|right|top|bottom|file photo|file)\s*:/i.test(line)],
  // End matter of wires and magazines.
  ['end matter', (line) => words(line) <= 40 && /^\(?(?:Additional reporting|Reporting|Editing|Writing|Compiled|Edited|Produced|Translated|Research) by\b/i.test(line)],
  ['end matter', (line) => words(line) <= 40 && /^(?:Originally published|This (?:article|story|post|piece|interview) (?:was |has been |first |originally )*(?:published|appeared|ran|posted)|A version of this (?:article|story) )/i.test(line)],
  ['end matter', (line) => words(line) <= 40 && (/^(?:Copyright|©|ⓒ|\(c\))[\s\d@]/i.test(line) || /(?:©|ⓒ)\s?\d{4}\b/.test(line) || /\ball rights reserved\b/i.test(line))],
  ['end matter', (line) => words(line) <= 80 && /\b(?:contains?|may contain|includes?) affiliate links?\b|^Disclosure\s*:/i.test(line)],
  ['end matter', (line) => words(line) <= 80 && /\bFollow (?:us|him|her|them|me) on (?:Twitter|Facebook|Instagram|X)\b/i.test(line) && /@\w/.test(line)],
  // Invitations to do something other than read the story.
  ['invitation', (line) => words(line) <= 40 && /^(?:Join (?:our|us|the conversation)|Like us on|Click here|Tap here|Download (?:our|the \S+ app)|Get the \S+ (?:app|newsletter)|Lire aussi|Leia também|Lea también|Mehr zum Thema|Lesen Sie auch|Auch interessant|Revivez|Retrouvez (?:notre|nos|le direct|l’intégralité|l'intégralité)|Suivez (?:notre|le direct|en direct)|Voir aussi|À lire aussi|A lire aussi|Abonnez-vous|Lisez aussi|Jetzt (?:abonnieren|lesen|anmelden)|Hier (?:geht es|lesen|abonnieren)|Lees ook|Läs också|Leggi anche|Lee también|Mira también)\b/iu.test(line)],
  ['invitation', (line) => words(line) <= 30 && /^(?:Subscribe|Sign up)\b/i.test(line) && /\b(?:newsletter|channel|podcast|youtube|feed|alerts|updates|magazine|our|us)\b/i.test(line)],
  // "[What you need to know to start the day: Get New York Today in your inbox.]", "[Read: …]".
  // (A label of a few words in brackets, "[Chorus]", is part of a song's text.)
  ['invitation', (line) => words(line) >= 3 && words(line) <= 30 && /^\[[^\]]+\]$/.test(line)],
  // Cookie banners and newsletter consent boxes that a page prints in its text ("Wir verwenden Cookies,
  // um …", "Ja, ich bin interessiert am Empfang von … per E-Mail").
  ['notice', (line) => words(line) <= 80 && /^(?:We use cookies|This (?:web)?site uses cookies|By (?:continuing to use|using) (?:this|our) (?:web)?site|Wir verwenden Cookies|Wir nutzen Cookies|Diese (?:Web)?(?:seite|site) (?:verwendet|nutzt) Cookies|Nous utilisons des cookies|Ce site utilise des cookies|Utilizamos cookies|Este sitio (?:web )?utiliza cookies|Utilizziamo (?:i )?cookie|Questo sito utilizza (?:i )?cookie|Wij gebruiken cookies|Deze (?:web)?site gebruikt cookies)\b/iu.test(line)],
  ['notice', (line) => words(line) <= 80 && /^(?:Ja, ich (?:bin interessiert|möchte)|Yes, I (?:would like|want) to receive|I (?:agree|consent) to (?:receive|the processing))\b/iu.test(line)],
  ['notice', (line) => words(line) <= 40 && /\b(?:Einwilligung|Einverständnis)\b.*\bjederzeit\b.*\bwiderruf/iu.test(line)],
  ['invitation', (line) => words(line) <= 12 && /^(?:Read more|Read also|Related(?: coverage| stories| articles| news)?|See also|Watch|Listen|More)\b.*:$/i.test(line)],
];

/** Why a whole line of a page is not story text, or undefined when it is (or may be) the story. */
export function furnitureLine(line: string): string | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  for (const [reason, test] of RULES) if (test(text)) return reason;
  return undefined;
}
