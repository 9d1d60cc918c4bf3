<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Ajouter un événement depuis la sélection</source>
      <translation>&amp;Add an event from the selection</translation>
    </message>
    <message>
      <source>&amp;Annuler</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Coller un article</source>
      <translation>&amp;Paste an article</translation>
    </message>
    <message>
      <source>&amp;Effacer les filtres</source>
      <translation>&amp;Clear the filters</translation>
    </message>
    <message>
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Fusionner avec…</source>
      <translation>&amp;Merge with…</translation>
    </message>
    <message>
      <source>&amp;Guide rapide</source>
      <translation>&amp;Quick guide</translation>
    </message>
    <message>
      <source>&amp;Importer des articles…</source>
      <translation>&amp;Import articles…</translation>
    </message>
    <message>
      <source>&amp;Langue</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Masquer l'événement</source>
      <translation>&amp;Hide the event</translation>
    </message>
    <message>
      <source>&amp;Modifier l'événement…</source>
      <translation>&amp;Edit the event…</translation>
    </message>
    <message>
      <source>&amp;Nouvelle chronologie…</source>
      <translation>&amp;New timeline…</translation>
    </message>
    <message>
      <source>&amp;Ouvrir une chronologie…</source>
      <translation>&amp;Open a timeline…</translation>
    </message>
    <message>
      <source>&amp;Plein écran</source>
      <translation>&amp;Full screen</translation>
    </message>
    <message>
      <source>&amp;Quitter</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Rechercher</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <source>&amp;Relire tous les articles</source>
      <translation>&amp;Read every article again</translation>
    </message>
    <message>
      <source>&amp;Rétablir</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Scinder</source>
      <translation>&amp;Split</translation>
    </message>
    <message>
      <source>&amp;Tout afficher</source>
      <translation>&amp;Show everything</translation>
    </message>
    <message>
      <source>Afficher de nouveau tous les événements</source>
      <translation>Show every event again</translation>
    </message>
    <message>
      <source>Aid&amp;e</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>Ajuster la frise à tous les événements filtrés</source>
      <translation>Fit the timeline to every filtered event</translation>
    </message>
    <message>
      <source>Annuler la dernière correction</source>
      <translation>Undo the last correction</translation>
    </message>
    <message>
      <source>Basculer en plein écran</source>
      <translation>Toggle full screen</translation>
    </message>
    <message>
      <source>Chronologies &amp;récentes</source>
      <translation>&amp;Recent timelines</translation>
    </message>
    <message>
      <source>Copier la chronologie dans un autre fichier et continuer dans celui-ci</source>
      <translation>Copy the timeline to another file and go on in that one</translation>
    </message>
    <message>
      <source>Corriger le titre, la date et les acteurs</source>
      <translation>Correct the title, the date and the actors</translation>
    </message>
    <message>
      <source>Couloirs par &amp;source</source>
      <translation>Lanes by &amp;source</translation>
    </message>
    <message>
      <source>Couloirs par a&amp;cteur</source>
      <translation>Lanes by a&amp;ctor</translation>
    </message>
    <message>
      <source>Créer un fichier de chronologie vide et l'ouvrir</source>
      <translation>Create an empty timeline file and open it</translation>
    </message>
    <message>
      <source>Défaire une fusion</source>
      <translation>Undo a merge</translation>
    </message>
    <message>
      <source>E&amp;xporter en PDF…</source>
      <translation>E&amp;xport as PDF…</translation>
    </message>
    <message>
      <source>En&amp;registrer sous…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Exporter en &amp;CSV…</source>
      <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
      <source>Exporter pour &amp;TimelineJS…</source>
      <translation>Export for &amp;TimelineJS…</translation>
    </message>
    <message>
      <source>Fermer Frise</source>
      <translation>Close Frise</translation>
    </message>
    <message>
      <source>Français</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Importer des fichiers texte, HTML, PDF, Word ou Markdown</source>
      <translation>Import text, HTML, PDF, Word or Markdown files</translation>
    </message>
    <message>
      <source>Importer le texte ou le lien du presse-papiers</source>
      <translation>Import the text or the link on the clipboard</translation>
    </message>
    <message>
      <source>Importer tous les articles d'un dossier et de ses sous-dossiers</source>
      <translation>Import every article of a folder and its subfolders</translation>
    </message>
    <message>
      <source>Importer un &amp;dossier…</source>
      <translation>Import a &amp;folder…</translation>
    </message>
    <message>
      <source>Langue de l'interface : anglais</source>
      <translation>Interface language: English</translation>
    </message>
    <message>
      <source>Langue de l'interface : celle du système</source>
      <translation>Interface language: the system’s</translation>
    </message>
    <message>
      <source>Langue de l'interface : français</source>
      <translation>Interface language: French</translation>
    </message>
    <message>
      <source>Le fichier où Frise note ses erreurs, à joindre à un signalement de problème</source>
      <translation>The file where Frise notes its errors, to attach to a problem report</translation>
    </message>
    <message>
      <source>Lister et restaurer les événements masqués</source>
      <translation>List and restore the hidden events</translation>
    </message>
    <message>
      <source>Marquer comme &amp;vérifié</source>
      <translation>Mark as &amp;checked</translation>
    </message>
    <message>
      <source>Marquer l'événement comme vérifié, ou non</source>
      <translation>Mark the event as checked, or not</translation>
    </message>
    <message>
      <source>Ouvrir le &amp;journal</source>
      <translation>Open the &amp;log</translation>
    </message>
    <message>
      <source>Ouvrir un fichier de chronologie (.frise)</source>
      <translation>Open a timeline file (.frise)</translation>
    </message>
    <message>
      <source>Rapprocher la frise</source>
      <translation>Bring the timeline closer</translation>
    </message>
    <message>
      <source>Rechercher dans les événements</source>
      <translation>Search the events</translation>
    </message>
    <message>
      <source>Relever de nouveau dates et acteurs de chaque article ; vos corrections sont conservées</source>
      <translation>Find again the dates and actors of every article; your corrections are kept</translation>
    </message>
    <message>
      <source>Retirer l'événement de la frise et des exports</source>
      <translation>Take the event out of the timeline and the exports</translation>
    </message>
    <message>
      <source>Rétablir la correction annulée</source>
      <translation>Redo the undone correction</translation>
    </message>
    <message>
      <source>Réunir deux rapports d'un même événement</source>
      <translation>Bring together two reports of one event</translation>
    </message>
    <message>
      <source>Selon la langue du système</source>
      <translation>As the system’s language</translation>
    </message>
    <message>
      <source>Souris, clavier, recherche et corrections en une page</source>
      <translation>Mouse, keyboard, search and corrections on one page</translation>
    </message>
    <message>
      <source>Sélectionner l'événement précédent</source>
      <translation>Select the previous event</translation>
    </message>
    <message>
      <source>Sélectionner l'événement suivant</source>
      <translation>Select the next event</translation>
    </message>
    <message>
      <source>Un document PDF : vue d'ensemble, chronologie et sources</source>
      <translation>A PDF document: overview, chronology and sources</translation>
    </message>
    <message>
      <source>Un fichier JSON à publier sur le web avec TimelineJS</source>
      <translation>A JSON file to publish on the web with TimelineJS</translation>
    </message>
    <message>
      <source>Un nouvel événement dont le passage sélectionné est la source</source>
      <translation>A new event whose source is the selected passage</translation>
    </message>
    <message>
      <source>Un tableau : une ligne par événement et par source</source>
      <translation>A table: one row per event and per source</translation>
    </message>
    <message>
      <source>Une ligne de la frise par acteur</source>
      <translation>One row of the timeline per actor</translation>
    </message>
    <message>
      <source>Une ligne de la frise par article source</source>
      <translation>One row of the timeline per source article</translation>
    </message>
    <message>
      <source>Version et licence</source>
      <translation>Version and licence</translation>
    </message>
    <message>
      <source>Zoom &amp;avant</source>
      <translation>Zoom &amp;in</translation>
    </message>
    <message>
      <source>Zoom a&amp;rrière</source>
      <translation>Zoom &amp;out</translation>
    </message>
    <message>
      <source>À &amp;propos de Frise</source>
      <translation>&amp;About Frise</translation>
    </message>
    <message>
      <source>É&amp;dition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>Éloigner la frise</source>
      <translation>Move the timeline away</translation>
    </message>
    <message>
      <source>Événement &amp;précédent</source>
      <translation>&amp;Previous event</translation>
    </message>
    <message>
      <source>Événement &amp;suivant</source>
      <translation>&amp;Next event</translation>
    </message>
    <message>
      <source>Événements &amp;masqués…</source>
      <translation>Hi&amp;dden events…</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Impossible d'ouvrir la base de données
{path}

{reason}</source>
      <translation>Could not open the database
{path}

{reason}</translation>
    </message>
  </context>
  <context>
    <name>ArticleTab</name>
    <message>
      <source>Date de publication :</source>
      <translation>Publication date:</translation>
    </message>
    <message>
      <source>Date non reconnue : écrivez par exemple 4 mai 2017, 05/2017 ou 2017</source>
      <translation>Date not recognised: write for instance 4 mai 2017, 05/2017 or 2017</translation>
    </message>
    <message>
      <source>Dater l'article</source>
      <translation>Date the article</translation>
    </message>
    <message>
      <source>Fixer la date de publication et relire toutes les dates de l'article</source>
      <translation>Set the publication date and read every date of the article again</translation>
    </message>
    <message>
      <source>ex. 4 mai 2017, 05/2017, 2017</source>
      <translation>e.g. 4 mai 2017, 05/2017, 2017</translation>
    </message>
    <message>
      <source>média inconnu</source>
      <translation>unknown outlet</translation>
    </message>
    <message>
      <source>{date} (fixée à la main)</source>
      <translation>{date} (set by hand)</translation>
    </message>
    <message>
      <source>{outlet} · date de publication inconnue</source>
      <translation>{outlet} · publication date unknown</translation>
    </message>
    <message>
      <source>{outlet} · date de publication inconnue (année supposée : {year})</source>
      <translation>{outlet} · publication date unknown (assumed year: {year})</translation>
    </message>
    <message>
      <source>{outlet} · publié : {published}</source>
      <translation>{outlet} · published: {published}</translation>
    </message>
  </context>
  <context>
    <name>ArticleText</name>
    <message>
      <source>« {text} » : {period} ({certainty}) — cliquer pour voir l'événement</source>
      <translation>“{text}”: {period} ({certainty}) — click to see the event</translation>
    </message>
  </context>
  <context>
    <name>ChronologyModel</name>
    <message>
      <source>Acteurs</source>
      <translation>Actors</translation>
    </message>
    <message>
      <source>Contexte : un arrière-plan que l'article rappelle, non une nouvelle.</source>
      <translation>Context: background the article recalls, not news.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Non vérifié (extrait automatiquement)</source>
      <translation>Not checked (extracted automatically)</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Vérifié</source>
      <translation>Checked</translation>
    </message>
    <message>
      <source>{n} événement</source>
      <translation>{n} event</translation>
    </message>
    <message>
      <source>{n} événements</source>
      <translation>{n} events</translation>
    </message>
    <message>
      <source>Événement</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <source>⚠ Les sources divergent sur la date.</source>
      <translation>⚠ The sources disagree on the date.</translation>
    </message>
  </context>
  <context>
    <name>Corrections</name>
    <message>
      <source>&amp;Annuler</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>&amp;Rétablir</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>Ajouter un événement</source>
      <translation>Add an event</translation>
    </message>
    <message>
      <source>Ajouter « {title} »</source>
      <translation>Add “{title}”</translation>
    </message>
    <message>
      <source>Annulé : {change}</source>
      <translation>Undone: {change}</translation>
    </message>
    <message>
      <source>Ces événements sont masqués de la frise, de la liste et des exports.</source>
      <translation>These events are hidden from the timeline, the list and the exports.</translation>
    </message>
    <message>
      <source>Cet événement n'a pas été fusionné : rien à scinder.</source>
      <translation>This event was not merged: nothing to split.</translation>
    </message>
    <message>
      <source>Choisissez l'événement qui rapporte le même fait que « {title} » : leurs sources seront réunies.</source>
      <translation>Choose the event that reports the same fact as “{title}”: their sources will be brought together.</translation>
    </message>
    <message>
      <source>Frise</source>
      <translation>Frise</translation>
    </message>
    <message>
      <source>Fusionner</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>Fusionner avec…</source>
      <translation>Merge with…</translation>
    </message>
    <message>
      <source>Fusionner « {a} » et « {b} »</source>
      <translation>Merge “{a}” and “{b}”</translation>
    </message>
    <message>
      <source>Impossible d'annuler « {change} » : {reason}.</source>
      <translation>Could not undo “{change}”: {reason}.</translation>
    </message>
    <message>
      <source>Impossible de rétablir « {change} » : {reason}.</source>
      <translation>Could not redo “{change}”: {reason}.</translation>
    </message>
    <message>
      <source>La correction « {change} » n'a pas été enregistrée : {reason}.</source>
      <translation>The correction “{change}” was not saved: {reason}.</translation>
    </message>
    <message>
      <source>Marquer « {title} » non vérifié</source>
      <translation>Mark “{title}” as not checked</translation>
    </message>
    <message>
      <source>Marquer « {title} » vérifié</source>
      <translation>Mark “{title}” as checked</translation>
    </message>
    <message>
      <source>Masquer « {title} »</source>
      <translation>Hide “{title}”</translation>
    </message>
    <message>
      <source>Modifier « {title} »</source>
      <translation>Edit “{title}”</translation>
    </message>
    <message>
      <source>Restaurer</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Restaurer « {title} »</source>
      <translation>Restore “{title}”</translation>
    </message>
    <message>
      <source>Rétabli : {change}</source>
      <translation>Redone: {change}</translation>
    </message>
    <message>
      <source>Scinder « {title} »</source>
      <translation>Split “{title}”</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord un passage dans l'article.</source>
      <translation>First select a passage in the article.</translation>
    </message>
    <message>
      <source>Sélectionnez d'abord un événement.</source>
      <translation>First select an event.</translation>
    </message>
    <message>
      <source>Événement masqué : « {title} ». Ctrl+Z l'affiche de nouveau ; Édition &gt; Événements masqués les liste.</source>
      <translation>Event hidden: “{title}”. Ctrl+Z shows it again; Edit &gt; Hidden events lists them.</translation>
    </message>
    <message>
      <source>Événements masqués</source>
      <translation>Hidden events</translation>
    </message>
  </context>
  <context>
    <name>DatasetDialog</name>
    <message>
      <source>Acteur :</source>
      <translation>Actor:</translation>
    </message>
    <message>
      <source>Acteur inconnu : « {name} »</source>
      <translation>Unknown actor: “{name}”</translation>
    </message>
    <message>
      <source>Au :</source>
      <translation>To:</translation>
    </message>
    <message>
      <source>Charger</source>
      <translation>Load</translation>
    </message>
    <message>
      <source>Dask et pyarrow manquent pour lire un jeu de données : installez frise[corpus] (« pip install 'frise[corpus]' »)</source>
      <translation>Dask and pyarrow are needed to read a dataset: install frise[corpus] (“pip install 'frise[corpus]'”)</translation>
    </message>
    <message>
      <source>Du :</source>
      <translation>From:</translation>
    </message>
    <message>
      <source>Impossible d'ouvrir le jeu de données {folder} : {reason}</source>
      <translation>Cannot open the dataset {folder}: {reason}</translation>
    </message>
    <message>
      <source>Jeu de données : {folder}</source>
      <translation>Dataset: {folder}</translation>
    </message>
    <message>
      <source>Le chargement du jeu de données a échoué : {reason}</source>
      <translation>Loading the dataset failed: {reason}</translation>
    </message>
    <message>
      <source>Les événements qui touchent cette période, nomment cet acteur et dont les passages ont tous ces mots ; tout le jeu de données si rien n'est choisi.</source>
      <translation>The events that meet this period, name this actor and whose passages hold all these words; the whole dataset if nothing is chosen.</translation>
    </message>
    <message>
      <source>Ouvrir un jeu de données</source>
      <translation>Open a dataset</translation>
    </message>
    <message>
      <source>Recherche :</source>
      <translation>Search:</translation>
    </message>
    <message>
      <source>ce dossier n'est pas un jeu de données écrit par « frise-cli corpus extract »</source>
      <translation>this folder is not a dataset written by “frise-cli corpus extract”</translation>
    </message>
    <message>
      <source>indifférent (des mots de leurs passages)</source>
      <translation>any (words of their passages)</translation>
    </message>
    <message>
      <source>indifférent (ex. Russie)</source>
      <translation>any (e.g. Russia)</translation>
    </message>
    <message>
      <source>l'extraction de ce jeu de données est inachevée : relancez « frise-cli corpus extract » avec les mêmes sources, elle reprendra où elle s'est arrêtée</source>
      <translation>the extraction of this dataset is unfinished: run “frise-cli corpus extract” again with the same sources, it will resume where it stopped</translation>
    </message>
    <message>
      <source>le jeu de données est illisible ou endommagé ({detail})</source>
      <translation>the dataset is unreadable or damaged ({detail})</translation>
    </message>
    <message>
      <source>{articles} et {events}</source>
      <translation>{articles} and {events}</translation>
    </message>
    <message>
      <source>{n} article</source>
      <translation>{n} article</translation>
    </message>
    <message>
      <source>{n} articles</source>
      <translation>{n} articles</translation>
    </message>
    <message>
      <source>{n} événement</source>
      <translation>{n} event</translation>
    </message>
    <message>
      <source>{n} événements</source>
      <translation>{n} events</translation>
    </message>
  </context>
  <context>
    <name>DatasetLoader</name>
    <message>
      <source>Chargement du jeu de données…</source>
      <translation>Loading the dataset…</translation>
    </message>
    <message>
      <source>Charger dans cette chronologie une tranche d'un jeu de données écrit par « frise-cli corpus extract »</source>
      <translation>Load into this timeline a slice of a dataset written by “frise-cli corpus extract”</translation>
    </message>
    <message>
      <source>Jeu de données %v / %m</source>
      <translation>Dataset %v / %m</translation>
    </message>
    <message>
      <source>Jeu de données…</source>
      <translation>Dataset…</translation>
    </message>
    <message>
      <source>Ouvrir un &amp;jeu de données…</source>
      <translation>Open a &amp;dataset…</translation>
    </message>
    <message>
      <source>Ouvrir un jeu de données</source>
      <translation>Open a dataset</translation>
    </message>
    <message>
      <source>depuis le jeu de données {folder}</source>
      <translation>from the dataset {folder}</translation>
    </message>
    <message>
      <source>non fusionnés avec les événements que la chronologie contenait déjà</source>
      <translation>not merged with the events the timeline already held</translation>
    </message>
    <message>
      <source>{n} article déjà présent</source>
      <translation>{n} article already there</translation>
    </message>
    <message>
      <source>{n} articles déjà présents</source>
      <translation>{n} articles already there</translation>
    </message>
    <message>
      <source>{n} événement chargé</source>
      <translation>{n} event loaded</translation>
    </message>
    <message>
      <source>{n} événements chargés</source>
      <translation>{n} events loaded</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source>L'article ne donne pas l'année : Frise l'a supposée d'après la collection.</source>
      <translation>The article does not give the year: Frise assumed it from the collection.</translation>
    </message>
    <message>
      <source>L'article ne donne qu'une période (« début mai », « mi-juillet »).</source>
      <translation>The article only gives a period (“early May”, “mid-July”).</translation>
    </message>
    <message>
      <source>L'expression n'a pas pu être placée dans le temps.</source>
      <translation>The expression could not be placed in time.</translation>
    </message>
    <message>
      <source>La date est écrite en toutes lettres dans l'article.</source>
      <translation>The date is written out in full in the article.</translation>
    </message>
    <message>
      <source>Sans date</source>
      <translation>Undated</translation>
    </message>
    <message>
      <source>année supposée</source>
      <translation>assumed year</translation>
    </message>
    <message>
      <source>approximative</source>
      <translation>approximate</translation>
    </message>
    <message>
      <source>automne {year}</source>
      <translation>autumn {year}</translation>
    </message>
    <message>
      <source>date non résolue</source>
      <translation>unresolved date</translation>
    </message>
    <message>
      <source>du {first} au {last}</source>
      <translation>{first} to {last}</translation>
    </message>
    <message>
      <source>début {month}</source>
      <translation>early {month}</translation>
    </message>
    <message>
      <source>début {year}</source>
      <translation>early {year}</translation>
    </message>
    <message>
      <source>exacte</source>
      <translation>exact</translation>
    </message>
    <message>
      <source>fin {month}</source>
      <translation>late {month}</translation>
    </message>
    <message>
      <source>fin {year}</source>
      <translation>late {year}</translation>
    </message>
    <message>
      <source>hiver {first}{dash}{last}</source>
      <translation>winter {first}{dash}{last}</translation>
    </message>
    <message>
      <source>inconnue</source>
      <translation>unknown</translation>
    </message>
    <message>
      <source>le {day}</source>
      <translation>on {day}</translation>
    </message>
    <message>
      <source>mi-{month}</source>
      <translation>mid-{month}</translation>
    </message>
    <message>
      <source>mi-{year}</source>
      <translation>mid-{year}</translation>
    </message>
    <message>
      <source>non résolue</source>
      <translation>unresolved</translation>
    </message>
    <message>
      <source>printemps {year}</source>
      <translation>spring {year}</translation>
    </message>
    <message>
      <source>semaine du {day}</source>
      <translation>week of {day}</translation>
    </message>
    <message>
      <source>été {year}</source>
      <translation>summer {year}</translation>
    </message>
  </context>
  <context>
    <name>DropOverlay</name>
    <message>
      <source>Déposez vos articles ici</source>
      <translation>Drop your articles here</translation>
    </message>
    <message>
      <source>Fichiers texte, HTML, PDF, Word ou Markdown, dossiers entiers, texte sélectionné ou liens</source>
      <translation>Text, HTML, PDF, Word or Markdown files, whole folders, selected text or links</translation>
    </message>
  </context>
  <context>
    <name>EventEditor</name>
    <message>
      <source>Acteurs</source>
      <translation>Actors</translation>
    </message>
    <message>
      <source>Actualité</source>
      <translation>News</translation>
    </message>
    <message>
      <source>Contexte (rappelé plutôt que rapporté)</source>
      <translation>Context (recalled rather than reported)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Importance</source>
      <translation>Importance</translation>
    </message>
    <message>
      <source>Modifier l'événement</source>
      <translation>Edit the event</translation>
    </message>
    <message>
      <source>Titre</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>compris : {period}</source>
      <translation>understood: {period}</translation>
    </message>
    <message>
      <source>ex. début juin 2017, 7-8 juillet 2017</source>
      <translation>e.g. début juin 2017, 7-8 juillet 2017</translation>
    </message>
    <message>
      <source>noms séparés par des virgules</source>
      <translation>names separated by commas</translation>
    </message>
  </context>
  <context>
    <name>EventPicker</name>
    <message>
      <source>Aucun événement.</source>
      <translation>No event.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>Acteur : {names}</source>
      <translation>Actor: {names}</translation>
    </message>
    <message>
      <source>Acteurs</source>
      <translation>Actors</translation>
    </message>
    <message>
      <source>Acteurs : {names}</source>
      <translation>Actors: {names}</translation>
    </message>
    <message>
      <source>Article n° {id} (supprimé depuis)</source>
      <translation>Article no. {id} (since deleted)</translation>
    </message>
    <message>
      <source>Aucun événement à exporter : le filtre actuel ne retient rien.</source>
      <translation>No event to export: the current filter keeps nothing.</translation>
    </message>
    <message>
      <source>Chaque événement est daté comme les articles le disent : « début mai 2017 » est une période (du 1er au 10 mai), non un jour.</source>
      <translation>Each event is dated as the articles say it: “early May 2017” is a period (1 to 10 May), not a day.</translation>
    </message>
    <message>
      <source>Chronologie</source>
      <translation>Chronology</translation>
    </message>
    <message>
      <source>Contenu</source>
      <translation>Contents</translation>
    </message>
    <message>
      <source>Document PDF (*.pdf)</source>
      <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
      <source>Export en cours : {path}…</source>
      <translation>Exporting: {path}…</translation>
    </message>
    <message>
      <source>Exporter</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Exporté : {path}</source>
      <translation>Exported: {path}</translation>
    </message>
    <message>
      <source>Exporté le</source>
      <translation>Exported on</translation>
    </message>
    <message>
      <source>FRISE · CHRONOLOGIE</source>
      <translation>FRISE · CHRONOLOGY</translation>
    </message>
    <message>
      <source>Filtre</source>
      <translation>Filter</translation>
    </message>
    <message>
      <source>Impossible de préparer le PDF.</source>
      <translation>Could not prepare the PDF.</translation>
    </message>
    <message>
      <source>L'export vers {path} a échoué : {reason}</source>
      <translation>The export to {path} failed: {reason}</translation>
    </message>
    <message>
      <source>Le détail technique est dans le journal : Aide &gt; Ouvrir le journal.</source>
      <translation>The technical detail is in the log: Help &gt; Open the log.</translation>
    </message>
    <message>
      <source>Lecture</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Les numéros entre crochets renvoient à la liste des sources, à la fin ; le passage cité est celui de la première source.</source>
      <translation>The numbers in brackets refer to the list of sources, at the end; the passage quoted is the first source’s.</translation>
    </message>
    <message>
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Lieu : {names}</source>
      <translation>Place: {names}</translation>
    </message>
    <message>
      <source>Lieux</source>
      <translation>Places</translation>
    </message>
    <message>
      <source>Lieux : {names}</source>
      <translation>Places: {names}</translation>
    </message>
    <message>
      <source>Média : {names}</source>
      <translation>Outlet: {names}</translation>
    </message>
    <message>
      <source>Médias : {names}</source>
      <translation>Outlets: {names}</translation>
    </message>
    <message>
      <source>Non datées</source>
      <translation>Undated</translation>
    </message>
    <message>
      <source>Période</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Répartition des événements dans le temps</source>
      <translation>Events over time</translation>
    </message>
    <message>
      <source>Sommaire</source>
      <translation>Contents</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Source : {titles}</source>
      <translation>Source: {titles}</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Sources : {titles}</source>
      <translation>Sources: {titles}</translation>
    </message>
    <message>
      <source>Sous la date, le type d'événement (accord, rencontre…) ; en gris, le contexte : ce que l'article rappelle (« depuis 2015 », « avait signé ») plutôt qu'il ne le rapporte.</source>
      <translation>Under the date, the type of event (agreement, meeting…); in grey, context: what the article recalls (“since 2015”, “had signed”) rather than reports.</translation>
    </message>
    <message>
      <source>Tableur CSV (*.csv)</source>
      <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
      <source>TimelineJS (*.json)</source>
      <translation>TimelineJS (*.json)</translation>
    </message>
    <message>
      <source>Tous les événements</source>
      <translation>All events</translation>
    </message>
    <message>
      <source>Type : {names}</source>
      <translation>Type: {names}</translation>
    </message>
    <message>
      <source>Types : {names}</source>
      <translation>Types: {names}</translation>
    </message>
    <message>
      <source>Un couloir par acteur parmi les plus cités ; « Autres » réunit le reste. Un événement figure dans le couloir de chacun de ses acteurs.</source>
      <translation>One lane for each of the most cited actors; “Others” gathers the rest. An event appears in the lane of each of its actors.</translation>
    </message>
    <message>
      <source>Vue d'ensemble</source>
      <translation>Overview</translation>
    </message>
    <message>
      <source>année supposée</source>
      <translation>assumed year</translation>
    </message>
    <message>
      <source>année supposée : {year}</source>
      <translation>assumed year: {year}</translation>
    </message>
    <message>
      <source>article n° {id}</source>
      <translation>article no. {id}</translation>
    </message>
    <message>
      <source>aucun acteur reconnu</source>
      <translation>no actor recognised</translation>
    </message>
    <message>
      <source>contexte</source>
      <translation>context</translation>
    </message>
    <message>
      <source>contexte (arrière-plan)</source>
      <translation>context (background)</translation>
    </message>
    <message>
      <source>contexte seulement</source>
      <translation>context only</translation>
    </message>
    <message>
      <source>date approximative</source>
      <translation>approximate date</translation>
    </message>
    <message>
      <source>date de publication inconnue</source>
      <translation>publication date unknown</translation>
    </message>
    <message>
      <source>date exacte</source>
      <translation>exact date</translation>
    </message>
    <message>
      <source>dates : {kinds}</source>
      <translation>dates: {kinds}</translation>
    </message>
    <message>
      <source>du {first} au {last}</source>
      <translation>{first} to {last}</translation>
    </message>
    <message>
      <source>erreur inattendue ({error})</source>
      <translation>unexpected error ({error})</translation>
    </message>
    <message>
      <source>jusqu'au {day}</source>
      <translation>until {day}</translation>
    </message>
    <message>
      <source>les sources divergent sur la date</source>
      <translation>the sources disagree on the date</translation>
    </message>
    <message>
      <source>média inconnu</source>
      <translation>unknown outlet</translation>
    </message>
    <message>
      <source>p. {n}</source>
      <translation>p. {n}</translation>
    </message>
    <message>
      <source>page {n}</source>
      <translation>page {n}</translation>
    </message>
    <message>
      <source>page {n} / {total}</source>
      <translation>page {n} / {total}</translation>
    </message>
    <message>
      <source>pages {first} à {last}</source>
      <translation>pages {first} to {last}</translation>
    </message>
    <message>
      <source>planche {n} / {total}</source>
      <translation>plate {n} / {total}</translation>
    </message>
    <message>
      <source>publié : {date}</source>
      <translation>published: {date}</translation>
    </message>
    <message>
      <source>période approximative</source>
      <translation>approximate period</translation>
    </message>
    <message>
      <source>recherche {text}</source>
      <translation>search {text}</translation>
    </message>
    <message>
      <source>sans le contexte</source>
      <translation>without context</translation>
    </message>
    <message>
      <source>sources en désaccord sur la date</source>
      <translation>sources disagreeing on the date</translation>
    </message>
    <message>
      <source>suite page {n} ›</source>
      <translation>continued on page {n} ›</translation>
    </message>
    <message>
      <source>vue du {first} au {last}</source>
      <translation>view {first} to {last}</translation>
    </message>
    <message>
      <source>vérifié</source>
      <translation>checked</translation>
    </message>
    <message>
      <source>vérifié par l'analyste</source>
      <translation>checked by the analyst</translation>
    </message>
    <message>
      <source>{name} · exporté de Frise le {day}</source>
      <translation>{name} · exported from Frise on {day}</translation>
    </message>
    <message>
      <source>{name} — chronologie</source>
      <translation>{name} — chronology</translation>
    </message>
    <message>
      <source>{n} article cité</source>
      <translation>{n} article cited</translation>
    </message>
    <message>
      <source>{n} articles cités</source>
      <translation>{n} articles cited</translation>
    </message>
    <message>
      <source>{n} expression que Frise n'a pas pu dater ne figure pas ici.</source>
      <translation>{n} expression Frise could not date is not shown here.</translation>
    </message>
    <message>
      <source>{n} expressions que Frise n'a pas pu dater ne figurent pas ici.</source>
      <translation>{n} expressions Frise could not date are not shown here.</translation>
    </message>
    <message>
      <source>{n} événement</source>
      <translation>{n} event</translation>
    </message>
    <message>
      <source>{n} événement daté</source>
      <translation>{n} dated event</translation>
    </message>
    <message>
      <source>{n} événement sans date n'y figure pas</source>
      <translation>{n} undated event is left out</translation>
    </message>
    <message>
      <source>{n} événements</source>
      <translation>{n} events</translation>
    </message>
    <message>
      <source>{n} événements datés</source>
      <translation>{n} dated events</translation>
    </message>
    <message>
      <source>{n} événements sans date n'y figurent pas</source>
      <translation>{n} undated events are left out</translation>
    </message>
    <message>
      <source>« date approximative » : l'article ne donne qu'une période ; « année supposée » : il ne donne pas l'année, que Frise a déduite de la collection.</source>
      <translation>“approximate date”: the article only gives a period; “assumed year”: it does not give the year, which Frise inferred from the collection.</translation>
    </message>
    <message>
      <source>à partir du {day}</source>
      <translation>from {day}</translation>
    </message>
    <message>
      <source>événements regroupés faute de place</source>
      <translation>events gathered for lack of room</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>A4 (210 × 297 mm)</source>
      <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
      <source>Ce que les articles rappellent plutôt qu'ils ne rapportent (« depuis 2015 », « avait signé »)</source>
      <translation>What the articles recall rather than report (“since 2015”, “had signed”)</translation>
    </message>
    <message>
      <source>Chronologie</source>
      <translation>Chronology</translation>
    </message>
    <message>
      <source>Contenu du document</source>
      <translation>Contents of the document</translation>
    </message>
    <message>
      <source>Exporter en PDF</source>
      <translation>Export as PDF</translation>
    </message>
    <message>
      <source>Exporter…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Format du papier :</source>
      <translation>Paper size:</translation>
    </message>
    <message>
      <source>La vue actuelle (aucune vue ouverte)</source>
      <translation>The current view (no view open)</translation>
    </message>
    <message>
      <source>La vue actuelle : {count}</source>
      <translation>The current view: {count}</translation>
    </message>
    <message>
      <source>La vue actuelle, du {first} au {last} : {count}</source>
      <translation>The current view, {first} to {last}: {count}</translation>
    </message>
    <message>
      <source>Le titre en tête du document et dans ses propriétés</source>
      <translation>The title at the head of the document and in its properties</translation>
    </message>
    <message>
      <source>Lettre US (8,5 × 11 pouces)</source>
      <translation>US Letter (8.5 × 11 inches)</translation>
    </message>
    <message>
      <source>Liste des sources à la fin</source>
      <translation>List of sources at the end</translation>
    </message>
    <message>
      <source>Titre :</source>
      <translation>Title:</translation>
    </message>
    <message>
      <source>Tout ce que garde le filtre : {count}</source>
      <translation>Everything the filter keeps: {count}</translation>
    </message>
    <message>
      <source>Vue d'ensemble de la frise (pages en paysage)</source>
      <translation>Overview of the timeline (landscape pages)</translation>
    </message>
    <message>
      <source>{n} événement daté</source>
      <translation>{n} dated event</translation>
    </message>
    <message>
      <source>{n} événements datés</source>
      <translation>{n} dated events</translation>
    </message>
    <message>
      <source>Événements de contexte (arrière-plan), imprimés en plus clair</source>
      <translation>Context events (background), printed lighter</translation>
    </message>
    <message>
      <source>Événements à exporter</source>
      <translation>Events to export</translation>
    </message>
  </context>
  <context>
    <name>Failures</name>
    <message>
      <source>Aucune application ne sait ouvrir le journal ici : son chemin est ci-dessus.</source>
      <translation>No application can open the journal here: its path is shown above.</translation>
    </message>
    <message>
      <source>Copier le chemin</source>
      <translation>Copy the path</translation>
    </message>
    <message>
      <source>Erreur inattendue : {error}</source>
      <translation>Unexpected error: {error}</translation>
    </message>
    <message>
      <source>Fichier : {path}</source>
      <translation>File: {path}</translation>
    </message>
    <message>
      <source>Frise</source>
      <translation>Frise</translation>
    </message>
    <message>
      <source>Journal de Frise</source>
      <translation>Frise journal</translation>
    </message>
    <message>
      <source>Le détail technique est enregistré dans le journal de Frise.</source>
      <translation>The technical detail is recorded in Frise’s log.</translation>
    </message>
    <message>
      <source>Le journal est vide.</source>
      <translation>The journal is empty.</translation>
    </message>
    <message>
      <source>Ouvrir avec le système</source>
      <translation>Open with the system</translation>
    </message>
    <message>
      <source>Ouvrir le journal</source>
      <translation>Open the log</translation>
    </message>
    <message>
      <source>Une tâche en arrière-plan a échoué : {error}</source>
      <translation>A background task failed: {error}</translation>
    </message>
    <message>
      <source>{message} — détails : Aide &gt; Ouvrir le journal</source>
      <translation>{message} — details: Help &gt; Open the log</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Effacer</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Filtre : {conditions} — {events} sur {total}</source>
      <translation>Filter: {conditions} — {events} of {total}</translation>
    </message>
    <message>
      <source>{events} · aucun filtre</source>
      <translation>{events} · no filter</translation>
    </message>
    <message>
      <source>{n} événement</source>
      <translation>{n} event</translation>
    </message>
    <message>
      <source>{n} événements</source>
      <translation>{n} events</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <source>Acteurs</source>
      <translation>Actors</translation>
    </message>
    <message>
      <source>Actualité et contexte</source>
      <translation>News and context</translation>
    </message>
    <message>
      <source>Au</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Certitude de la date</source>
      <translation>Certainty of the date</translation>
    </message>
    <message>
      <source>Contexte</source>
      <translation>Context</translation>
    </message>
    <message>
      <source>Contexte seulement</source>
      <translation>Context only</translation>
    </message>
    <message>
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Effacer les filtres</source>
      <translation>Clear the filters</translation>
    </message>
    <message>
      <source>Filtrer les acteurs…</source>
      <translation>Filter the actors…</translation>
    </message>
    <message>
      <source>Filtrer les lieux…</source>
      <translation>Filter places…</translation>
    </message>
    <message>
      <source>La fin ({last}) précède le début ({first}) : aucun événement ne peut s'y trouver.</source>
      <translation>The end ({last}) comes before the start ({first}): no event can fall there.</translation>
    </message>
    <message>
      <source>Le contexte : ce que les articles rappellent plutôt qu'ils ne rapportent
(« depuis 2015 », « avait signé »), montré en plus clair</source>
      <translation>Context: what the articles recall rather than report
(“since 2015”, “had signed”), shown lighter</translation>
    </message>
    <message>
      <source>Lieux</source>
      <translation>Places</translation>
    </message>
    <message>
      <source>Non vérifiés</source>
      <translation>Not checked</translation>
    </message>
    <message>
      <source>Où les événements ont lieu (« à Genève », « à Sotchi »)</source>
      <translation>Where the events take place (“in Geneva”, “in Sochi”)</translation>
    </message>
    <message>
      <source>Période</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Rechercher (titres, passages)…</source>
      <translation>Search (titles, passages)…</translation>
    </message>
    <message>
      <source>Sans le contexte</source>
      <translation>Without context</translation>
    </message>
    <message>
      <source>Sources et médias</source>
      <translation>Sources and outlets</translation>
    </message>
    <message>
      <source>Tous</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Tous les mots, dans n'importe quel ordre (sans tenir compte des accents)
« zones de désescalade » ou "zones de désescalade" : cette expression exacte
Hambourg ou Astana : l'un ou l'autre
Poutine -Trump : sans le mot Trump ; -Trump : tout sauf Trump</source>
      <translation>Every word, in any order (accents ignored)
« zones de désescalade » or "zones de désescalade": this exact phrase
Hambourg ou Astana: either one
Poutine -Trump: without the word Trump; -Trump: everything but Trump</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Vérification</source>
      <translation>Checking</translation>
    </message>
    <message>
      <source>Vérifiés</source>
      <translation>Checked</translation>
    </message>
    <message>
      <source>contexte seulement</source>
      <translation>context only</translation>
    </message>
    <message>
      <source>du {start} au {end}</source>
      <translation>{start} to {end}</translation>
    </message>
    <message>
      <source>non vérifiés</source>
      <translation>not checked</translation>
    </message>
    <message>
      <source>sans le contexte</source>
      <translation>without context</translation>
    </message>
    <message>
      <source>vérifiés</source>
      <translation>checked</translation>
    </message>
    <message>
      <source>« {text} »</source>
      <translation>“{text}”</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>page trop volumineuse</source>
      <translation>page too large</translation>
    </message>
    <message>
      <source>texte déposé n° {number}</source>
      <translation>dropped text no. {number}</translation>
    </message>
    <message>
      <source>texte déposé n° {number} ({start})</source>
      <translation>dropped text no. {number} ({start})</translation>
    </message>
    <message>
      <source>téléchargement impossible ({reason})</source>
      <translation>download failed ({reason})</translation>
    </message>
  </context>
  <context>
    <name>ImportFeedback</name>
    <message>
      <source>Articles ({patterns});;Tous les fichiers (*)</source>
      <translation>Articles ({patterns});;All files (*)</translation>
    </message>
    <message>
      <source>Import %v / %m</source>
      <translation>Import %v / %m</translation>
    </message>
    <message>
      <source>Import : {name}</source>
      <translation>Import: {name}</translation>
    </message>
    <message>
      <source>Import en cours…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Importer des articles</source>
      <translation>Import articles</translation>
    </message>
    <message>
      <source>Importer un dossier</source>
      <translation>Import a folder</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <source>L'import a échoué : {error}</source>
      <translation>The import failed: {error}</translation>
    </message>
    <message>
      <source>Le presse-papiers ne contient ni texte ni lien.</source>
      <translation>The clipboard holds neither text nor a link.</translation>
    </message>
  </context>
  <context>
    <name>ImportReport</name>
    <message>
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Résultat de l'import</source>
      <translation>Result of the import</translation>
    </message>
    <message>
      <source>doublon</source>
      <translation>duplicate</translation>
    </message>
    <message>
      <source>importé</source>
      <translation>imported</translation>
    </message>
    <message>
      <source>échec</source>
      <translation>failed</translation>
    </message>
  </context>
  <context>
    <name>KindsButton</name>
    <message>
      <source>Aucun type coché : tous. « sans type » : ce que Frise n'a pas su classer.</source>
      <translation>No type ticked: all of them. “no type”: what Frise could not classify.</translation>
    </message>
    <message>
      <source>Tous les types</source>
      <translation>All types</translation>
    </message>
    <message>
      <source>{n} types</source>
      <translation>{n} types</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Alt+molette, barre de défilement, Page préc./Page suiv. : faire défiler les couloirs.</source>
      <translation>Alt+wheel, scroll bar, Page Up/Page Down: scroll the lanes.</translation>
    </message>
    <message>
      <source>Article relu : ses dates sont à jour.</source>
      <translation>Article read again: its dates are up to date.</translation>
    </message>
    <message>
      <source>Bienvenue ! Frise s'ouvre sur quelques articles d'exemple. Glissez vos propres articles (fichiers, dossiers, texte ou liens) sur la fenêtre pour les ajouter.</source>
      <translation>Welcome! Frise opens on a few sample articles. Drag your own articles (files, folders, text or links) onto the window to add them.</translation>
    </message>
    <message>
      <source>Cliquez sur le nom d'un couloir pour le replier ; Ctrl+1 et Ctrl+2 : couloirs par acteur ou par source.</source>
      <translation>Click a lane’s name to fold it; Ctrl+1 and Ctrl+2: lanes by actor or by source.</translation>
    </message>
    <message>
      <source>Corriger</source>
      <translation>Correcting</translation>
    </message>
    <message>
      <source>Ctrl+Z annule, Ctrl+Maj+Z rétablit ; vos corrections survivent à la relecture des articles.</source>
      <translation>Ctrl+Z undoes, Ctrl+Shift+Z redoes; your corrections survive reading the articles again.</translation>
    </message>
    <message>
      <source>Déposez des fichiers, des dossiers, du texte ou des liens sur la fenêtre, ou Fichier &gt; Importer (Ctrl+I). Texte, Markdown, HTML, PDF et Word.</source>
      <translation>Drop files, folders, text or links onto the window, or File &gt; Import (Ctrl+I). Text, Markdown, HTML, PDF and Word.</translation>
    </message>
    <message>
      <source>F2 : modifier l'événement ; Suppr : le masquer ; Ctrl+M : fusionner ; Ctrl+K : marquer vérifié ; Ctrl+Alt+A : ajouter un événement depuis le texte sélectionné.</source>
      <translation>F2: edit the event; Delete: hide it; Ctrl+M: merge; Ctrl+K: mark as checked; Ctrl+Alt+A: add an event from the selected text.</translation>
    </message>
    <message>
      <source>Flèches gauche et droite : événement précédent ou suivant ; Début et Fin : le premier et le dernier.</source>
      <translation>Left and right arrows: previous or next event; Home and End: the first and the last.</translation>
    </message>
    <message>
      <source>Frise</source>
      <translation>Frise</translation>
    </message>
    <message>
      <source>Frise {version}

Transforme des articles de presse en français en une chronologie datée et sourcée.
Licence MIT.</source>
      <translation>Frise {version}

Turns French-language news articles into a dated, sourced chronology.
MIT licence.</translation>
    </message>
    <message>
      <source>Frise — chronologie diplomatique</source>
      <translation>Frise — diplomatic chronology</translation>
    </message>
    <message>
      <source>Guide rapide</source>
      <translation>Quick guide</translation>
    </message>
    <message>
      <source>Importer</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Impossible d'ouvrir la chronologie
{path}

{reason}</source>
      <translation>Could not open the timeline
{path}

{reason}</translation>
    </message>
    <message>
      <source>La chronologie a été modifiée hors de cette fenêtre : elle est relue.</source>
      <translation>The timeline was changed outside this window: it is being read again.</translation>
    </message>
    <message>
      <source>La frise</source>
      <translation>The timeline</translation>
    </message>
    <message>
      <source>La frise s'ouvre sur la période la plus dense ; « Tout afficher » (Ctrl+0) montre toute la collection.</source>
      <translation>The timeline opens on its densest period; “Show everything” (Ctrl+0) shows the whole collection.</translation>
    </message>
    <message>
      <source>La langue choisie s'appliquera au prochain démarrage de Frise.</source>
      <translation>The language chosen will apply the next time Frise starts.</translation>
    </message>
    <message>
      <source>Lecture de la base…</source>
      <translation>Reading the database…</translation>
    </message>
    <message>
      <source>Masquer ce message</source>
      <translation>Hide this message</translation>
    </message>
    <message>
      <source>Molette : zoom autour du pointeur ; glisser : se déplacer ; + et - : zoom ; Ctrl+0 : tout afficher.</source>
      <translation>Wheel: zoom around the pointer; drag: move; + and -: zoom; Ctrl+0: show everything.</translation>
    </message>
    <message>
      <source>Nouvelle lecture de l'article…</source>
      <translation>Reading the article again…</translation>
    </message>
    <message>
      <source>Nouvelle lecture de tous les articles…</source>
      <translation>Reading every article again…</translation>
    </message>
    <message>
      <source>Outils</source>
      <translation>Tools</translation>
    </message>
    <message>
      <source>Période : « mai 2017 », « début juin 2017 », « 2016 » ou le calendrier ; Du prend le premier jour, Au le dernier.</source>
      <translation>Period: “mai 2017”, “début juin 2017”, “2016” or the calendar; From takes the first day, To the last.</translation>
    </message>
    <message>
      <source>Rechercher et filtrer</source>
      <translation>Searching and filtering</translation>
    </message>
    <message>
      <source>Rien à importer dans ce dépôt.</source>
      <translation>Nothing to import in this drop.</translation>
    </message>
    <message>
      <source>Tous les mots, dans n'importe quel ordre ; « une expression » ou "une expression" telle quelle ; Hambourg ou Astana : l'un ou l'autre ; -Trump : sans ce mot.</source>
      <translation>Every word, in any order; « a phrase » or "a phrase" as written; Hambourg ou Astana: either one; -Trump: without that word.</translation>
    </message>
    <message>
      <source>Type d'événement (accord, rencontre…), contexte et lieux : le contexte, ce que les articles rappellent (« depuis 2015 »), paraît en plus clair ; « Sans le contexte » le retire.</source>
      <translation>Event type (agreement, meeting…), context and places: context, what the articles recall (“since 2015”), shows lighter; “Without context” takes it out.</translation>
    </message>
    <message>
      <source>Un article sans date : saisissez-la dans le panneau de droite (« Dater l'article »).</source>
      <translation>An article without a date: type it in the right-hand pane (“Date the article”).</translation>
    </message>
    <message>
      <source>Une pastille chiffrée regroupe des événements faute de place : cliquez pour l'ouvrir.</source>
      <translation>A numbered pill gathers events for lack of room: click it to open it.</translation>
    </message>
    <message>
      <source>la frise montre les événements importés (Ctrl+0 : toute la collection)</source>
      <translation>the timeline shows the imported events (Ctrl+0: the whole collection)</translation>
    </message>
    <message>
      <source>{n} article</source>
      <translation>{n} article</translation>
    </message>
    <message>
      <source>{n} article relu ; vos corrections sont conservées.</source>
      <translation>{n} article read again; your corrections are kept.</translation>
    </message>
    <message>
      <source>{n} articles</source>
      <translation>{n} articles</translation>
    </message>
    <message>
      <source>{n} articles relus ; vos corrections sont conservées.</source>
      <translation>{n} articles read again; your corrections are kept.</translation>
    </message>
    <message>
      <source>{n} événement</source>
      <translation>{n} event</translation>
    </message>
    <message>
      <source>{n} événement regroupé</source>
      <translation>{n} event gathered</translation>
    </message>
    <message>
      <source>{n} événements</source>
      <translation>{n} events</translation>
    </message>
    <message>
      <source>{n} événements regroupés</source>
      <translation>{n} events gathered</translation>
    </message>
    <message>
      <source>À propos de Frise</source>
      <translation>About Frise</translation>
    </message>
  </context>
  <context>
    <name>PeriodEdit</name>
    <message>
      <source>Choisir sur un calendrier</source>
      <translation>Pick on a calendar</translation>
    </message>
    <message>
      <source>Compris : {day}</source>
      <translation>Understood: {day}</translation>
    </message>
    <message>
      <source>indifférent (ex. mai 2017)</source>
      <translation>any (e.g. mai 2017)</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>%1 File</source>
      <translation>%1 File</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>Impossible de dater l'article : {error}</source>
      <translation>Could not date the article: {error}</translation>
    </message>
    <message>
      <source>Impossible de relire les articles : {error}</source>
      <translation>Could not read the articles again: {error}</translation>
    </message>
    <message>
      <source>Lecture de la base impossible : {error}</source>
      <translation>Could not read the database: {error}</translation>
    </message>
    <message>
      <source>Lecture des dates non résolues impossible : {error}</source>
      <translation>Could not read the unresolved dates: {error}</translation>
    </message>
  </context>
  <context>
    <name>SourcePane</name>
    <message>
      <source>Sélectionnez un événement dans la frise ou la chronologie pour lire ses sources.</source>
      <translation>Select an event on the timeline or in the chronology to read its sources.</translation>
    </message>
    <message>
      <source>contexte</source>
      <translation>context</translation>
    </message>
    <message>
      <source>{n} source</source>
      <translation>{n} source</translation>
    </message>
    <message>
      <source>{n} sources</source>
      <translation>{n} sources</translation>
    </message>
    <message>
      <source>⚠ Les sources ne s'accordent pas sur la date.</source>
      <translation>⚠ The sources do not agree on the date.</translation>
    </message>
  </context>
  <context>
    <name>SourcesTree</name>
    <message>
      <source>Média inconnu</source>
      <translation>Unknown outlet</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>1 source</source>
      <translation>1 source</translation>
    </message>
    <message>
      <source>1er</source>
      <translation>1</translation>
    </message>
    <message>
      <source>Aucun événement daté à afficher</source>
      <translation>No dated event to show</translation>
    </message>
    <message>
      <source>Autres</source>
      <translation>Others</translation>
    </message>
    <message>
      <source>année supposée</source>
      <translation>assumed year</translation>
    </message>
    <message>
      <source>aujourd'hui</source>
      <translation>today</translation>
    </message>
    <message>
      <source>cliquer pour le déplier</source>
      <translation>click to unfold it</translation>
    </message>
    <message>
      <source>cliquer pour le replier</source>
      <translation>click to fold it</translation>
    </message>
    <message>
      <source>contexte (arrière-plan rappelé par l'article)</source>
      <translation>context (background the article recalls)</translation>
    </message>
    <message>
      <source>date approximative</source>
      <translation>approximate date</translation>
    </message>
    <message>
      <source>date incertaine</source>
      <translation>uncertain date</translation>
    </message>
    <message>
      <source>du {first} au {last}</source>
      <translation>{first} to {last}</translation>
    </message>
    <message>
      <source>fr_FR</source>
      <translation>en_GB</translation>
    </message>
    <message>
      <source>les sources divergent sur la date</source>
      <translation>the sources disagree on the date</translation>
    </message>
    <message>
      <source>non vérifié</source>
      <translation>not checked</translation>
    </message>
    <message>
      <source>sans type</source>
      <translation>no type</translation>
    </message>
    <message>
      <source>vérifié</source>
      <translation>checked</translation>
    </message>
    <message>
      <source>{n} sources</source>
      <translation>{n} sources</translation>
    </message>
    <message>
      <source>{n} événements, {period} (cliquer pour agrandir)</source>
      <translation>{n} events, {period} (click to enlarge)</translation>
    </message>
  </context>
  <context>
    <name>TimelineFiles</name>
    <message>
      <source>Aucune chronologie récente</source>
      <translation>No recent timeline</translation>
    </message>
    <message>
      <source>Cette chronologie est ouverte : choisissez un autre nom.</source>
      <translation>This timeline is open: choose another name.</translation>
    </message>
    <message>
      <source>Chronologies Frise (*.frise);;Tous les fichiers (*)</source>
      <translation>Frise timelines (*.frise);;All files (*)</translation>
    </message>
    <message>
      <source>Enregistrer la chronologie sous</source>
      <translation>Save the timeline as</translation>
    </message>
    <message>
      <source>Frise</source>
      <translation>Frise</translation>
    </message>
    <message>
      <source>Impossible d'enregistrer la chronologie sous {path} :
{error}</source>
      <translation>Could not save the timeline as {path}:
{error}</translation>
    </message>
    <message>
      <source>Nouvelle chronologie</source>
      <translation>New timeline</translation>
    </message>
    <message>
      <source>Ouvrir une chronologie</source>
      <translation>Open a timeline</translation>
    </message>
    <message>
      <source>Vider la liste</source>
      <translation>Clear the list</translation>
    </message>
    <message>
      <source>nouvelle-chronologie.frise</source>
      <translation>new-timeline.frise</translation>
    </message>
    <message>
      <source>{name} semble ouverte ailleurs (une autre fenêtre ou frise-cli) : la remplacer effacerait ce qui n'y est pas encore écrit. Fermez-la d'abord, ou choisissez un autre nom.</source>
      <translation>{name} seems to be open elsewhere (another window or frise-cli): replacing it would erase what is not yet written into it. Close it first, or choose another name.</translation>
    </message>
    <message>
      <source>{name} — Frise</source>
      <translation>{name} — Frise</translation>
    </message>
  </context>
  <context>
    <name>UnresolvedList</name>
    <message>
      <source>Dates non résolues</source>
      <translation>Unresolved dates</translation>
    </message>
    <message>
      <source>Toutes les dates ont été placées.</source>
      <translation>Every date was placed.</translation>
    </message>
    <message>
      <source>« {text} » — {article}</source>
      <translation>“{text}” — {article}</translation>
    </message>
    <message>
      <source>… et {n} autres</source>
      <translation>… and {n} more</translation>
    </message>
  </context>
</TS>
