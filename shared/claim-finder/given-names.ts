/**
 * Common given names by the sex they usually show, written by the team from
 * general knowledge of names across the languages news copy uses (English,
 * European, Slavic, Arabic, Turkish, Persian, South Asian, African). Names
 * borne by both sexes (Alex, Sam, Jo, Robin, Andrea, Jean, Kim, Sasha ...) are
 * left out ("Jan" too: a man in Dutch and Polish, a woman in English): the list
 * only answers when it is fairly sure. What it gives: "he" skips "Laura Pike"
 * for "Daniel Shaw", and "the company" does not point back to "Paul Fenwick" (a
 * name with no known given name may be a body's).
 */

import type { Gender } from './speaker-ref';
import { hasJobEnding, isPersonWord, looksLikeOccupation } from './speaker-words';

const names = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

const FEMALE = names(`
  abigail ada adaeze adele adriana agata agnes agnieszka aisha aiko alba aleksandra alexandra alice alicia alina alison
  alma amal amanda amara amelia amina amira amy ana anastasia angela angelika anita anja anna annabel anne
  annette anneke annika antonia anya aoife astrid audrey aurora ava barbara beata beatrice beatriz bella bianca birgit
  bridget brigitte camila camille carla carmen carol caroline carys catalina catherine cecilia celine charlotte chiara
  chloe christina christine cindy claire clara claudia colette cristina dagmar daisy dalia daniela danielle daria dawn
  deborah deirdre denise diana dina dolores dominika donna dora doris dorota edith edna eleanor elena eliza elizabeth
  ella ellen ellie elsa elif elisa eloise emilia emily emma erika esra esther eva eve evelyn ewa fatima fatma fiona
  florence francesca freya gabriela gabrielle gemma georgia gina giulia gloria grace greta gwen hafsa hana hanna hannah
  harriet hayley heather heidi helen helena helga hilary hilde holly ida ilse imogen ines inga ingrid irene irina iris
  isabel isabella isla ivana jacqueline jade jana jane janet janice jasmine jelena jennifer jessica joan joanna joanne
  johanna josephine joyce judith julia julie justyna karen karin karina karolina katarzyna kate katharina katherine
  kathleen katie katja katrin kerry kirsten kirsty klara kristina laila lara laura lauren layla leah leila lena lidia
  lily linda lisa liv liz lorna louise lucia lucy ludmila lydia lyn lynn madeleine magda magdalena maja malgorzata
  mara marcela margaret margarita maria mariam marianne marie marina marion marisa marta martina mary maryam matilda
  maureen maxine maya megan melanie melissa mia michelle mila milena miriam moira molly monica monika nadia nadine
  naomi natalia natalie natasha nicole nina noor nora olga olivia paola patricia paula paulina pauline petra philippa
  pilar polly priya rachel rebecca renata rhian rita rosa rosalind rose rosie ruth sabine sabrina sandra sara sarah
  sharon sheila silvia simone sinead sofia sonia sophia sophie stella stephanie susan susanne suzanne svetlana sylvia
  tamara tanya tatiana teresa tessa theresa tina tove tracy ursula valentina valeria vanessa vera veronica victoria
  viktoria violet vivian wanda wendy yasmin yelena yulia yvonne zainab zara zeynep zoe zofia zuzana aylin bukola
  chiamaka chioma folake funmilayo ngozi nkechi wanjiru akua abena efua ama njeri wambui anjali deepa kavita lakshmi
  meera neha pooja radha shreya sunita ayesha farah hina nasrin parisa shirin leyla mina roya marzieh golnar dilnoza
  gulnara aigerim marisol guadalupe rocio inmaculada mercedes ximena lorena monique nathalie sylvie
  veronique genevieve helene agathe margot manon lea oceane elodie annalena ulrike gudrun jutta sigrid solveig
  ragnhild kari siv ylva ebba signe mette lotte ilona zsofia katalin eszter ioana andreea mihaela roxana bogdana
  snezana dragana milica biljana vesna mirela jasna nevena tijana kalina desislava ekaterina oksana olena halyna
  nataliya yevgeniya darya polina ksenia galina raisa nino tamar
  bev trish kath debbie tracey shaz mandy sue
`);

const MALE = names(`
  aaron abdul abdullah adam adebayo adrian ahmad ahmed aidan alan albert alberto aleksandar aleksander alessandro
  alexander alexei alfred ali alistair amir anders andre andreas andrew andrzej angus anton antonio arjun armin arnold
  arthur arturo aziz barry bartosz ben benedict benjamin bernard bjorn bogdan boris brendan brian bruce bruno callum
  calvin carl carlos cedric charles christian christopher cillian ciaran clive colin conor craig cyril damian dan
  daniel darius darren dave david dean declan dennis derek desmond dieter dimitri dmitri dominic donald douglas duncan
  dylan edgar eduardo edward edwin emil emmanuel enrique eric erik ernst ethan eugene evan fabian farid felix fernando
  filip finn francesco francis francisco frank franz fraser frederick gareth gary gavin george gerald gerard gerhard
  giorgio giovanni giuseppe glen gordon goran graham grant gregor gregory gunnar gustav guy hamid hans harold harry
  hassan hector heinz henrik henry herbert hugh hugo ian ibrahim igor imran isaac ivan jack jacob jakob james jamal
  jaroslav jason javier jeffrey jens jeremy jerzy jesus joachim joel johan johannes john jonathan jorge jose josef
  joseph juan julian jurgen kamal karel karim karl kasper keith kenneth kevin khalid klaus konrad krzysztof kurt lars
  laurence lawrence leo leon leonard liam lorenzo louis luca lucas ludwig luis lukas luke magnus mahmoud malcolm manuel
  marc marcel marco marcus marek mario mark markus martin matteo matthew matthias maurice max michael michal miguel
  mikhail milan miles mohamed mohammed muhammad murat mustafa nathan neil nicholas niels nigel nikolai nils noah
  olaf oleg oliver omar oscar owen pablo patrick paul pavel pedro peter philip pierre piotr rafael rahul rajesh ralph
  ramon raymond reza rhodri richard rob robert roberto roger roland roman rory ross roy rudolf rupert russell ryan
  salim samuel sandro scott sean sebastian sergei sergio seth shane shaun simon stanislav stefan stephen steve steven
  stuart sven thomas tim timothy tobias todd tom tomas tomasz tony tore trevor tyler umar uwe vasily victor viktor
  vincent vladimir walter wayne werner wilhelm william wojciech yusuf yves zoltan adebola chukwuemeka emeka obinna
  oluwaseun tunde kwame kofi kwabena yaw jomo kamau otieno mwangi musa abubakar ravi sanjay suresh vijay amit anil
  deepak manoj rakesh sunil farhad babak dariush kourosh mehdi behrouz navid ahmet mehmet emre burak kerem serkan
  hakan volkan arda tariq bilal faisal nasser rashid walid youssef samir karam fadi ziad nabil jorgen
  henning torsten sten ulf leif arne bengt stig jarle eirik oystein ole kristian mikkel rasmus soren lasse
  tuomas jukka pekka matti istvan laszlo gabor tamas zsolt florin mihai ion dragos radu nenad dragan zoran milos
  nikola dejan bojan marko ivo mato tibor vaclav jiri ondrej lubos tadeusz zbigniew grzegorz pawel maciej mateusz
  anatoly yuri oleksandr andriy taras mykola bohdan giorgi levan davit archil rustam timur nurlan aslan arman
  thierry didier pascal olivier benoit sebastien jerome laurent francois philippe guillaume mathieu antoine
  horst rainer wolfgang gunter helmut reinhard dietrich volker stefano massimo alessio fabio paolo
  salvatore raffaele gianluca enzo
  mick jim jimmy bob pete danny kev gaz tommy billy
`);

/** "Seán" as "sean", "Zoë" as "zoe": the lists are written without accents. */
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** The sex a person's given name usually shows ("Laura Pike" → f), if the list is sure. */
export function genderOfGivenName(fullName: string): Gender | undefined {
  const first = withoutAccents(fullName.split(/\s+/)[0]?.toLowerCase().replace(/[.,]$/, '') ?? '');
  // "Jean-Marc", "Anna-Lena": a compound given name is known by either half.
  for (const part of [first, ...first.split('-')]) {
    if (FEMALE.has(part)) return 'f';
    if (MALE.has(part)) return 'm';
  }
  return undefined;
}

/** "M.", "H.S.": a given name written as its initials. */
export const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/** Whether a name opens with a known given name: then it is a person's, not a body's. */
export const hasGivenName = (fullName: string) => genderOfGivenName(fullName) !== undefined;

/**
 * "Landlord Mick Fenn", "Nurse Chloe Dempsey", "Independent TD Declan Furlong", "Sinn Féin TD Louise O'Reilly": how
 * many capitalised descriptors come before a given name and a surname. More than one only when the last of them is an
 * office's letters, a title or a word with a job's ending ("TD", "MSP", "Councillor", "County Administrator").
 */
export function descriptorsBefore(words: readonly string[]): number {
  for (const count of [1, 2, 3]) {
    // ("District Collector M. Lakshmi Prasanna": initials open a name as a given name does.)
    if (words.length < count + 2 || !(hasGivenName(words[count]) || INITIALS.test(words[count]))) continue;
    const before = words.slice(0, count);
    const last = before[count - 1];
    // ("County Administrator Denise Kowalczyk": a word with a job's ending before a known given name.)
    const office = count === 1 || /^\p{Lu}{2,4}$/u.test(last) || isPersonWord(last) || hasJobEnding(last);
    return office &&
      before.every((word) => !hasGivenName(word) && !/['’]s$/.test(word) && /^\p{Lu}/u.test(word)) &&
      (count === 1 || words.length === count + 2)
      ? count
      : 0;
  }
  return 0;
}
/** First halves of compound given names the list leaves out (borne by both sexes, or written with an accent). */
const COMPOUND_OPENERS = names('jean josé jose juan abdel abdul abd jan');

/**
 * "Landlord Mick Fenn", "Nurse Chloe Dempsey", "Labour Anna Smith": a capitalised descriptor before a given name and
 * a surname — not the first half of a compound given name ("José Luis Ortega", "Abdel Karim al-Tahir").
 */
export const opensWithDescriptor = (words: readonly string[]) =>
  words.length >= 3 &&
  (hasGivenName(words[1]) || (looksLikeOccupation(words[0]) && words.length === 3)) &&
  !hasGivenName(words[0]) &&
  !COMPOUND_OPENERS.has(words[0].toLowerCase()) &&
  !INITIALS.test(words[0]) &&
  !/['’]s$/.test(words[0]);
