<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgreementEditor</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Angekreuzt</translation>
    </message>
    <message>
        <source>Nothing ticked.</source>
        <translation>Nichts angekreuzt.</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Was ich tun werde</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>Written earlier</source>
        <translation>Früher geschrieben</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date format (QDate::toString): the month as an abbreviated word, never as a number.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A day and a time of day: &quot;%1&quot; is a date as &quot;2 Dec 2026&quot;, &quot;%2&quot; a time as &quot;14:05&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
</context>
<context>
    <name>DemoWorkbook</name>
    <message>
        <source>Demo workbook (deleted when you quit). Passphrases: %1 uses &quot;%2&quot;, %3 uses &quot;%4&quot;.</source>
        <translation>Demo-Arbeitsbuch (wird beim Beenden gelöscht). Passphrasen: %1 nutzt „%2“, %3 nutzt „%4“.</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Etwa %n Minute</numerusform>
            <numerusform>Etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOverPage</name>
    <message>
        <source>This passphrase cannot be used here: it is already in use in this workbook, or too easy to guess.</source>
        <translation>Diese Passphrase geht hier nicht: Sie wird in diesem Arbeitsbuch schon verwendet oder ist zu leicht zu erraten.</translation>
    </message>
</context>
<context>
    <name>OtherVersionsNote</name>
    <message>
        <source>Also changed on another of your devices</source>
        <translation>Auch auf einem anderen deiner Geräte geändert</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep the version shown and drop the other one</source>
        <translation>Die angezeigte Fassung behalten und die andere verwerfen</translation>
    </message>
    <message>
        <source>Use that one</source>
        <translation>Die andere nehmen</translation>
    </message>
    <message>
        <source>Use the other version instead of the one shown</source>
        <translation>Die andere Fassung statt der angezeigten verwenden</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Keep both versions, the other one as a private entry of its own</source>
        <translation>Beide Fassungen behalten, die andere als eigenen privaten Eintrag</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Your answer here was changed on two of your devices at the same time. Trustwork shows the version saved last and keeps the other one in your private space, so nothing you wrote is lost. Choose which to keep when you are ready.</source>
        <translation>Deine Antwort hier wurde auf zwei deiner Geräte gleichzeitig geändert. Trustwork zeigt die zuletzt gespeicherte Fassung und bewahrt die andere in deinem privaten Bereich auf, damit nichts verloren geht, was du geschrieben hast. Entscheide, welche du behalten möchtest, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>The other version, from %1 (%2)</source>
        <translation>Die andere Fassung, von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Choose three or four ordinary words that have nothing to do with each other or with you.</source>
        <translation>Wähle drei oder vier gewöhnliche Wörter, die nichts miteinander und nichts mit dir zu tun haben.</translation>
    </message>
    <message>
        <source>Too easy to guess. Add another ordinary word or two that have nothing to do with you; names, dates, places and well-known phrases do not help.</source>
        <translation>Zu leicht zu erraten. Füge noch ein oder zwei gewöhnliche Wörter hinzu, die nichts mit dir zu tun haben; Namen, Daten, Orte und bekannte Sprüche helfen nicht.</translation>
    </message>
    <message>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Gut genug. Ein weiteres Wort, das nicht dazu passt, macht sie stark.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Sehr stark.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Trust (0-10)</source>
        <translation>Vertrauen (0–10)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Gap between you</source>
        <translation>Abstand zwischen euch</translation>
    </message>
    <message>
        <source>You: due</source>
        <translation>Du: fällig</translation>
    </message>
    <message>
        <source>You: kept</source>
        <translation>Du: eingehalten</translation>
    </message>
    <message>
        <source>%1: due</source>
        <translation>%1: fällig</translation>
    </message>
    <message>
        <source>%1: kept</source>
        <translation>%1: eingehalten</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Done by you</source>
        <translation>Von dir erledigt</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Von %1 erledigt</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Your trust</source>
        <translation>Dein Vertrauen</translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation>Deine Check-ins</translation>
    </message>
    <message>
        <source>%1&apos;s trust</source>
        <translation>Vertrauen von %1</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation>kein Check-in</translation>
    </message>
    <message>
        <source>none shared</source>
        <translation>nichts geteilt</translation>
    </message>
    <message>
        <source>not both</source>
        <translation>nicht beide</translation>
    </message>
    <message>
        <source>You: missed</source>
        <translation>Du: nicht eingehalten</translation>
    </message>
    <message>
        <source>You: not marked yet</source>
        <translation>Du: noch nicht markiert</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Night (0-6)</source>
        <translation>Nachts (0–6)</translation>
    </message>
    <message>
        <source>Morning (6-12)</source>
        <translation>Morgens (6–12)</translation>
    </message>
    <message>
        <source>Afternoon (12-18)</source>
        <translation>Nachmittags (12–18)</translation>
    </message>
    <message>
        <source>Evening (18-24)</source>
        <translation>Abends (18–24)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Triggers logged</source>
        <translation>Erfasste Auslöser</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message numerus="yes">
        <source>%1
(of %n)</source>
        <extracomment>A step in the steps chart: its name, then how many exercises it has.</extracomment>
        <translation>
            <numerusform>%1
(von %n)</numerusform>
            <numerusform>%1
(von %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Trustwork cannot start</source>
        <translation>Trustwork kann nicht starten</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>That recovery code is not right. Check each group of five characters and try again.</source>
        <translation>Dieser Wiederherstellungscode stimmt nicht. Prüfe jede Fünfergruppe und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Only for you: this answer is never shared, even when you share the rest.</source>
        <translation>Nur für dich: Diese Antwort wird nie geteilt, auch wenn du den Rest teilst.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A commitment is due on %1.</source>
        <translation>Eine Zusage ist am %1 fällig.</translation>
    </message>
    <message>
        <source>“%1” is due on %2.</source>
        <translation>„%1“ ist am %2 fällig.</translation>
    </message>
    <message>
        <source>A commitment was due on %1. Mark how it went when you are ready.</source>
        <translation>Eine Zusage war am %1 fällig. Halte fest, wie es gelaufen ist, sobald du so weit bist.</translation>
    </message>
    <message>
        <source>“%1” was due on %2. Mark how it went when you are ready.</source>
        <translation>„%1“ war am %2 fällig. Halte fest, wie es gelaufen ist, sobald du so weit bist.</translation>
    </message>
    <message>
        <source>Your weekly check-in is waiting, whenever you are ready.</source>
        <translation>Dein wöchentliches Check-in wartet auf dich, wann immer du so weit bist.</translation>
    </message>
    <message>
        <source>About a month has passed: are your agreements still working for you both?</source>
        <translation>Etwa ein Monat ist vergangen: Passen eure Vereinbarungen noch für euch beide?</translation>
    </message>
    <message>
        <source>A reminder is waiting.</source>
        <translation>Eine Erinnerung wartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n older commitments also passed their day without being marked.</source>
        <comment>Home, after the newest overdue commitments; always two or more</comment>
        <translation>
            <numerusform>Auch %n ältere Zusage ist über ihren Tag hinaus, ohne dass sie eingetragen wurde.</numerusform>
            <numerusform>Auch %n ältere Zusagen sind über ihren Tag hinaus, ohne dass sie eingetragen wurden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>That passphrase does not open this backup. Use the passphrase you had when it was made.</source>
        <translation>Diese Passphrase öffnet diese Sicherung nicht. Nimm die Passphrase, die du hattest, als sie gemacht wurde.</translation>
    </message>
    <message>
        <source>This backup has no partner of that name.</source>
        <translation>In dieser Sicherung gibt es niemanden mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>RewriteEditor</name>
    <message>
        <source>What I might say when hurt</source>
        <translation>Was ich sagen könnte, wenn ich verletzt bin</translation>
    </message>
    <message>
        <source>A gentler way to say it</source>
        <translation>Eine sanftere Art, es zu sagen</translation>
    </message>
</context>
<context>
    <name>SetupPages</name>
    <message>
        <source>I was hurt</source>
        <translation>Ich wurde verletzt</translation>
    </message>
    <message>
        <source>I broke trust</source>
        <translation>Ich habe Vertrauen gebrochen</translation>
    </message>
    <message>
        <source>We have both broken trust</source>
        <translation>Wir haben beide Vertrauen gebrochen</translation>
    </message>
</context>
<context>
    <name>SyncFolderChooser</name>
    <message>
        <source>Choose the sync folder</source>
        <translation>Den Sync-Ordner wählen</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>a device without a name</source>
        <translation>ein Gerät ohne Namen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A device of the other partner: %1 is the device&apos;s name, %2 its owner (&quot;laptop (Sam)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An entry was changed on two of your devices at once; both versions are kept.</source>
        <translation>Ein Eintrag wurde gleichzeitig auf zwei deiner Geräte geändert; beide Fassungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were changed on two of your devices at once; both versions of each are kept.</source>
        <translation>
            <numerusform>%n Eintrag wurde gleichzeitig auf zwei deiner Geräte geändert; beide Fassungen bleiben erhalten.</numerusform>
            <numerusform>%n Einträge wurden gleichzeitig auf zwei deiner Geräte geändert; von jedem bleiben beide Fassungen erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown device</source>
        <translation>ein unbekanntes Gerät</translation>
    </message>
    <message>
        <source>waiting for 1 change from %1</source>
        <extracomment>Part of the sync status line: &quot;waiting for 2 changes from laptop&quot;.</extracomment>
        <translation>1 Änderung von %1 steht noch aus</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n changes from %1</source>
        <translation>
            <numerusform>%n Änderung von %1 steht noch aus</numerusform>
            <numerusform>%n Änderungen von %1 stehen noch aus</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date with %1, %2</source>
        <extracomment>The sync status line: %1 lists devices (&quot;laptop and desktop (Sam)&quot;), %2 is a time of day.</extracomment>
        <translation>Auf dem gleichen Stand wie %1, %2</translation>
    </message>
    <message>
        <source>Synced at %1. No other device has joined this workbook yet.</source>
        <translation>Um %1 abgeglichen. Noch kein anderes Gerät ist diesem Arbeitsbuch beigetreten.</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Um %1 abgeglichen</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Joins the parts of the sync status line.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Your passphrase was changed on another device. Lock and unlock with the new passphrase to finish syncing; until then this computer sends nothing.</source>
        <translation>Deine Passphrase wurde auf einem anderen Gerät geändert. Sperre und entsperre mit der neuen Passphrase, um den Abgleich abzuschließen; bis dahin sendet dieser Computer nichts.</translation>
    </message>
    <message>
        <source>A change file from %1 is damaged or incomplete, so nothing in it was used. If your sync tool is still copying it, this clears by itself.</source>
        <translation>Eine Änderungsdatei von %1 ist beschädigt oder unvollständig, daher wurde nichts daraus übernommen. Wenn dein Sync-Programm sie noch kopiert, erledigt sich das von selbst.</translation>
    </message>
    <message numerus="yes">
        <source>%n change files from %1 are damaged or incomplete, so nothing in them was used. If your sync tool is still copying them, this clears by itself.</source>
        <translation>
            <numerusform>%n Änderungsdatei von %1 ist beschädigt oder unvollständig, daher wurde nichts daraus übernommen. Wenn dein Sync-Programm sie noch kopiert, erledigt sich das von selbst.</numerusform>
            <numerusform>%n Änderungsdateien von %1 sind beschädigt oder unvollständig, daher wurde nichts daraus übernommen. Wenn dein Sync-Programm sie noch kopiert, erledigt sich das von selbst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clock of %1 is more than a day ahead of this computer&apos;s. Its changes are kept, but please set its clock right.</source>
        <translation>Die Uhr von %1 geht mehr als einen Tag vor, verglichen mit diesem Computer. Die Änderungen von dort bleiben erhalten, aber bitte stelle die Uhr dort richtig.</translation>
    </message>
    <message>
        <source>Another computer wrote into the sync folder as if it were this one (a copied home folder), so this computer now writes under a name of its own. Nothing was lost.</source>
        <translation>Ein anderer Computer hat in den Sync-Ordner geschrieben, als wäre er dieser (ein kopierter Benutzerordner). Dieser Computer schreibt jetzt unter einem eigenen Namen. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Not synced: the sync folder was written by a newer version of Trustwork. Install it on this computer too. Nothing was changed here or in the folder.</source>
        <translation>Nicht abgeglichen: Der Sync-Ordner wurde von einer neueren Version von Trustwork geschrieben. Installiere sie auch auf diesem Computer. Weder hier noch im Ordner wurde etwas verändert.</translation>
    </message>
    <message>
        <source>Not synced: the disk with the sync folder is full. Your workbook on this computer is safe; free some space and sync again.</source>
        <translation>Nicht abgeglichen: Der Datenträger mit dem Sync-Ordner ist voll. Dein Arbeitsbuch auf diesem Computer ist sicher; schaffe etwas Platz und gleiche dann noch einmal ab.</translation>
    </message>
    <message>
        <source>Not synced: the sync folder cannot be written to (it is read-only). Your workbook on this computer is safe.</source>
        <translation>Nicht abgeglichen: In den Sync-Ordner kann nicht geschrieben werden (er ist schreibgeschützt). Dein Arbeitsbuch auf diesem Computer ist sicher.</translation>
    </message>
    <message>
        <source>Not synced: your passphrase was changed on another device. Lock and unlock with the new passphrase.</source>
        <translation>Nicht abgeglichen: Deine Passphrase wurde auf einem anderen Gerät geändert. Sperre und entsperre mit der neuen Passphrase.</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <extracomment>%1 is the reason, in the words of Trustwork&apos;s sync (it names the folder).</extracomment>
        <translation>Nicht abgeglichen: %1</translation>
    </message>
    <message>
        <source>Not synced: the sync folder %1 is not there. If it is on a drive, connect the drive; your workbook on this computer is safe.</source>
        <translation>Nicht abgeglichen: Den Sync-Ordner %1 gibt es gerade nicht. Wenn er auf einem Laufwerk liegt, schließe das Laufwerk an; dein Arbeitsbuch auf diesem Computer ist sicher.</translation>
    </message>
</context>
<context>
    <name>Therapist</name>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: not done yet</source>
        <translation>%1: noch nicht erledigt</translation>
    </message>
    <message>
        <source>Overdue: %1 (was due %2)</source>
        <extracomment>An assigned exercise whose due day has passed before every partner did it.</extracomment>
        <translation>Überfällig: %1 (war fällig am %2)</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig am %2)</translation>
    </message>
    <message>
        <source>Assigned by %1</source>
        <extracomment>Home section heading; %1 is the therapist&apos;s name.</extracomment>
        <translation>Aufgegeben von %1</translation>
    </message>
    <message>
        <source>Note from your therapist</source>
        <translation>Notiz deiner Therapeutin oder deines Therapeuten</translation>
    </message>
    <message>
        <source>%1 (this exercise is not installed here)</source>
        <translation>%1 (diese Übung ist hier nicht installiert)</translation>
    </message>
    <message>
        <source>Not a practice</source>
        <translation>Keine Praxis</translation>
    </message>
    <message>
        <source>The folder %1 holds a couple&apos;s workbook. A practice needs a folder of its own: leave out --data-dir, or give an empty folder.</source>
        <translation>Der Ordner %1 enthält das Arbeitsbuch eines Paares. Eine Praxis braucht einen eigenen Ordner: Lass --data-dir weg oder gib einen leeren Ordner an.</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <extracomment>Read by screen readers before the fingerprint&apos;s groups.</extracomment>
        <translation>Fingerabdruck %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trustwork: an offline workbook for couples rebuilding trust.</source>
        <translation>Trustwork: ein Offline-Arbeitsbuch für Paare, die Vertrauen wieder aufbauen.</translation>
    </message>
    <message>
        <source>Keep the workbook in &lt;dir&gt;.</source>
        <translation>Das Arbeitsbuch in &lt;dir&gt; aufbewahren.</translation>
    </message>
    <message>
        <source>Read the curriculum from &lt;dir&gt;.</source>
        <translation>Den Lehrplan aus &lt;dir&gt; lesen.</translation>
    </message>
    <message>
        <source>Also load the content pack at &lt;path&gt;.</source>
        <translation>Zusätzlich das Inhaltspaket unter &lt;path&gt; laden.</translation>
    </message>
    <message>
        <source>Open a throw-away demo workbook; your real data is never touched.</source>
        <translation>Ein Demo-Arbeitsbuch zum Wegwerfen öffnen; deine echten Daten werden nie angetastet.</translation>
    </message>
    <message>
        <source>Open a therapist&apos;s practice workbook.</source>
        <translation>Das Praxis-Arbeitsbuch einer Therapeutin oder eines Therapeuten öffnen.</translation>
    </message>
</context>
<context>
    <name>tw::app::ActionBar</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>tw::app::AddPartnerDialog</name>
    <message>
        <source>Add your partner</source>
        <translation>Partner/in hinzufügen</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Name der anderen Person</translation>
    </message>
    <message>
        <source>Your partner can join this workbook now. Everything you wrote privately stays private; only what you have shared, or share later, is visible to them.

Trustwork locks your workbook first, so nothing of yours is on screen. Then hand the computer to your partner: they choose their own passphrase, and get their recovery code and their private safety check the first time they open the workbook.</source>
        <translation>Die andere Person kann diesem Arbeitsbuch jetzt beitreten. Alles, was du privat geschrieben hast, bleibt privat; sichtbar ist nur, was du geteilt hast oder später teilst.

Trustwork sperrt zuerst dein Arbeitsbuch, damit nichts von dir auf dem Bildschirm ist. Dann gib den Computer weiter: Die andere Person wählt ihre eigene Passphrase und bekommt ihren Wiederherstellungscode und ihren privaten Sicherheitscheck, wenn sie das Arbeitsbuch zum ersten Mal öffnet.</translation>
    </message>
    <message>
        <source>Your partner&apos;s &amp;name</source>
        <translation>&amp;Name der anderen Person</translation>
    </message>
    <message>
        <source>&amp;Lock and hand over</source>
        <translation>&amp;Sperren und übergeben</translation>
    </message>
    <message>
        <source>Lock and hand over</source>
        <translation>Sperren und übergeben</translation>
    </message>
</context>
<context>
    <name>tw::app::AgreementEditor</name>
    <message>
        <source>Status of your last change</source>
        <translation>Stand deiner letzten Änderung</translation>
    </message>
    <message>
        <source>Propose an item</source>
        <translation>Einen Punkt vorschlagen</translation>
    </message>
    <message>
        <source>You can write items down now. They come into force once your partner joins this workbook and accepts them.</source>
        <translation>Du kannst schon jetzt Punkte aufschreiben. Sie gelten, sobald deine Partnerin oder dein Partner in dieses Arbeitsbuch einsteigt und sie annimmt.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Wording of the item</source>
        <translation>Wortlaut des Punkts</translation>
    </message>
    <message>
        <source>Ar&amp;ea:</source>
        <translation>Berei&amp;ch:</translation>
    </message>
    <message>
        <source>Wor&amp;ding:</source>
        <translation>Wo&amp;rtlaut:</translation>
    </message>
    <message>
        <source>P&amp;ropose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Propose this item</source>
        <translation>Diesen Punkt vorschlagen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>For example:
%1</source>
        <translation>Zum Beispiel:
%1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>a former partner</source>
        <translation>einer Person, die nicht mehr dabei ist</translation>
    </message>
    <message>
        <source>Withdrawn by %1. Kept here so the history stays readable.</source>
        <translation>Zurückgezogen von %1. Bleibt hier, damit der Verlauf lesbar bleibt.</translation>
    </message>
    <message>
        <source>In force since %1. Due for a review together.</source>
        <translation>Gilt seit %1. Zeit für eine gemeinsame Überprüfung.</translation>
    </message>
    <message>
        <source>In force since %1.</source>
        <translation>Gilt seit %1.</translation>
    </message>
    <message>
        <source>Comes into force once your partner joins and accepts it.</source>
        <translation>Gilt, sobald deine Partnerin oder dein Partner einsteigt und zustimmt.</translation>
    </message>
    <message>
        <source>Waiting for %1 to accept.</source>
        <translation>Wartet auf die Zustimmung von %1.</translation>
    </message>
    <message>
        <source>Waiting for you to accept.</source>
        <translation>Wartet auf deine Zustimmung.</translation>
    </message>
    <message>
        <source>The agreements could not be read: %1</source>
        <translation>Die Vereinbarungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>Weitere Punkte</translation>
    </message>
    <message>
        <source>Nothing proposed yet.</source>
        <translation>Noch nichts vorgeschlagen.</translation>
    </message>
    <message>
        <source>Version %1, worded by %2.</source>
        <translation>Fassung %1, formuliert von %2.</translation>
    </message>
    <message>
        <source>Proposed by %1.</source>
        <translation>Vorgeschlagen von %1.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Zustimmen</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 zustimmen</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Zugestimmt.</translation>
    </message>
    <message>
        <source>Propose again</source>
        <translation>Erneut vorschlagen</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Umformulieren</translation>
    </message>
    <message>
        <source>Propose again %1</source>
        <translation>%1 erneut vorschlagen</translation>
    </message>
    <message>
        <source>Revise %1</source>
        <translation>%1 umformulieren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw my acceptance</source>
        <translation>Meine Zustimmung zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>%1 zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw my acceptance of %1</source>
        <translation>Meine Zustimmung zu %1 zurückziehen</translation>
    </message>
    <message>
        <source>Withdrawn. It stays in the history.</source>
        <translation>Zurückgezogen. Der Punkt bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Your acceptance is withdrawn, so the item is not in force.</source>
        <translation>Deine Zustimmung ist zurückgezogen, also gilt der Punkt nicht.</translation>
    </message>
    <message>
        <source>Earlier wording of %1</source>
        <translation>Früherer Wortlaut von %1</translation>
    </message>
    <message>
        <source>Version %1, by %2: %3</source>
        <translation>Fassung %1, von %2: %3</translation>
    </message>
    <message>
        <source>A new wording needs to be accepted again by both of you.</source>
        <translation>Einem neuen Wortlaut müsst ihr beide wieder zustimmen.</translation>
    </message>
    <message>
        <source>Area of the new wording</source>
        <translation>Bereich des neuen Wortlauts</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>Neuer Wortlaut</translation>
    </message>
    <message>
        <source>Save new wording</source>
        <translation>Neuen Wortlaut speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the new wording</source>
        <translation>Neuen Wortlaut verwerfen</translation>
    </message>
    <message>
        <source>New wording saved. It is in force again once you have both accepted it.</source>
        <translation>Neuer Wortlaut gespeichert. Er gilt wieder, sobald ihr beide zugestimmt habt.</translation>
    </message>
    <message>
        <source>Write the item first, then propose it.</source>
        <translation>Schreib den Punkt zuerst auf, dann schlag ihn vor.</translation>
    </message>
    <message>
        <source>Written down. It comes into force once your partner joins and accepts it.</source>
        <translation>Aufgeschrieben. Der Punkt gilt, sobald deine Partnerin oder dein Partner einsteigt und zustimmt.</translation>
    </message>
    <message>
        <source>Proposed. It is in force once %1 accepts it.</source>
        <translation>Vorgeschlagen. Der Punkt gilt, sobald %1 zustimmt.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht geklappt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Review together every %n day(s).</source>
        <translation>
            <numerusform>Gemeinsam überprüfen, jeweils nach %n Tag.</numerusform>
            <numerusform>Gemeinsam überprüfen, jeweils nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>These agreements are shared: %1 sees every item you propose here. An item is in force once you have both accepted its current wording; any new wording needs both of you again.</source>
        <translation>Diese Vereinbarungen sind gemeinsam: %1 sieht jeden Punkt, den du hier vorschlägst. Ein Punkt gilt, sobald ihr beide seinem aktuellen Wortlaut zugestimmt habt; jeder neue Wortlaut braucht wieder euch beide.</translation>
    </message>
    <message>
        <source>Accept as %1</source>
        <translation>Zustimmen als %1</translation>
    </message>
    <message>
        <source>%1 accepts %2</source>
        <translation>%1 stimmt %2 zu</translation>
    </message>
    <message>
        <source>Accepted by %1.</source>
        <translation>%1 hat zugestimmt.</translation>
    </message>
    <message>
        <source>Withdraw this item?</source>
        <translation>Diesen Punkt zurückziehen?</translation>
    </message>
    <message>
        <source>Withdraw your acceptance?</source>
        <translation>Deine Zustimmung zurückziehen?</translation>
    </message>
    <message>
        <source>It stops being in force for both of you and stays in the history. %1 sees that you withdrew it.</source>
        <translation>Er gilt dann für euch beide nicht mehr und bleibt im Verlauf. %1 sieht, dass du ihn zurückgezogen hast.</translation>
    </message>
    <message>
        <source>The item is no longer in force until you accept it again. %1 sees that you withdrew your acceptance.</source>
        <translation>Der Punkt gilt nicht mehr, bis du ihm wieder zustimmst. %1 sieht, dass du deine Zustimmung zurückgezogen hast.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier wording(s)</source>
        <translation>
            <numerusform>%n früherer Wortlaut</numerusform>
            <numerusform>%n frühere Wortlaute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::AgreementsPanel</name>
    <message>
        <source>Our agreements</source>
        <translation>Unsere Vereinbarungen</translation>
    </message>
    <message>
        <source>Every agreement you have both accepted and that is in force now: who proposed it and when it took effect. Expand one to read its earlier wordings.</source>
        <translation>Jede Vereinbarung, der ihr beide zugestimmt habt und die jetzt gilt: wer sie vorgeschlagen hat und seit wann sie gilt. Klapp eine auf, um ihre früheren Fassungen zu lesen.</translation>
    </message>
    <message>
        <source>Agreements in force</source>
        <translation>Geltende Vereinbarungen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>Gilt seit</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Still working for us?</source>
        <translation>Passt das noch für uns?</translation>
    </message>
    <message>
        <source>About once a month, take ten minutes together: read the agreements aloud and ask whether each one still helps you both. Change any that no longer fit; that is part of the work, not a failure.</source>
        <translation>Nehmt euch etwa einmal im Monat zehn Minuten zusammen: Lest die Vereinbarungen laut vor und fragt euch, ob jede noch euch beiden hilft. Ändert, was nicht mehr passt; das gehört zur Arbeit dazu und ist kein Scheitern.</translation>
    </message>
    <message>
        <source>A short note about this review (optional, shared with your partner)</source>
        <translation>Eine kurze Notiz zu dieser Überprüfung (freiwillig, für euch beide sichtbar)</translation>
    </message>
    <message>
        <source>Note about this review, shared with your partner</source>
        <translation>Notiz zu dieser Überprüfung, für euch beide sichtbar</translation>
    </message>
    <message>
        <source>We reviewed them today</source>
        <translation>Wir haben sie heute überprüft</translation>
    </message>
    <message>
        <source>Still working for us? We reviewed them today</source>
        <translation>Passt das noch für uns? Wir haben sie heute überprüft</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (proposed by %2, in force since %3)</source>
        <translation>%1 (vorgeschlagen von %2, gilt seit %3)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Earlier wording: %1</source>
        <translation>Früherer Wortlaut: %1</translation>
    </message>
    <message>
        <source>Revision %1, by %2: %3</source>
        <translation>Fassung %1, von %2: %3</translation>
    </message>
    <message>
        <source>No agreements are in force yet. When you have both accepted one (in Step 2, the pause signal or the weekly meeting), it appears here with who proposed it, when it took effect and its earlier wordings.</source>
        <translation>Noch gilt keine Vereinbarung. Sobald ihr beide einer zugestimmt habt (in Schritt 2, beim Pausensignal oder beim wöchentlichen Treffen), erscheint sie hier: wer sie vorgeschlagen hat, seit wann sie gilt und ihre früheren Fassungen.</translation>
    </message>
    <message>
        <source>One proposal is waiting to be accepted or reworded in its exercise.</source>
        <translation>Ein Vorschlag wartet in seiner Übung auf Zustimmung oder einen neuen Wortlaut.</translation>
    </message>
    <message>
        <source>%1 proposals are waiting to be accepted or reworded in their exercises.</source>
        <translation>%1 Vorschläge warten in ihren Übungen auf Zustimmung oder einen neuen Wortlaut.</translation>
    </message>
    <message>
        <source>You have not recorded a review together yet.</source>
        <translation>Ihr habt noch keine gemeinsame Überprüfung festgehalten.</translation>
    </message>
    <message>
        <source>You last reviewed them together on %1.</source>
        <translation>Zuletzt habt ihr sie am %1 gemeinsam überprüft.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Review recorded. Your partner sees the date too.</source>
        <translation>Überprüfung festgehalten. Deine Partnerin oder dein Partner sieht das Datum auch.</translation>
    </message>
    <message>
        <source>The review was not recorded: %1</source>
        <translation>Die Überprüfung wurde nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>Agreements are made together, so this list fills once your partner joins and you both accept one.</source>
        <translation>Vereinbarungen trefft ihr gemeinsam. Diese Liste füllt sich, sobald deine Partnerin oder dein Partner dazukommt und ihr beide einer zustimmt.</translation>
    </message>
</context>
<context>
    <name>tw::app::AnswerEditor</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is still here; Trustwork will try again when you type.</source>
        <translation>Nicht gespeichert: %1 Dein Text ist noch da; Trustwork versucht es erneut, sobald du tippst.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Private. Nothing is saved until you write.</source>
        <translation>Privat. Gespeichert wird erst, wenn du schreibst.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Private again. %1 may remember what they read.</source>
        <translation>Wieder privat. %1 erinnert sich vielleicht an das Gelesene.</translation>
    </message>
    <message>
        <source>Sharing did not change: %1</source>
        <translation>Das Teilen hat sich nicht geändert: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Stop sharing this answer</source>
        <translation>Diese Antwort nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share this answer with your partner</source>
        <translation>Diese Antwort mit deiner Partnerin oder deinem Partner teilen</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Shared with %1; your changes are shared when you press Update.</source>
        <translation>Mit %1 geteilt; deine Änderungen werden geteilt, wenn du auf „Aktualisieren“ drückst.</translation>
    </message>
    <message>
        <source>Shared with %1. Changes you make stay with you until you press Update.</source>
        <translation>Mit %1 geteilt. Was du änderst, bleibt bei dir, bis du auf „Aktualisieren“ drückst.</translation>
    </message>
    <message>
        <source>Stop sharing…</source>
        <translation>Nicht mehr teilen …</translation>
    </message>
    <message>
        <source>Share with %1…</source>
        <translation>Mit %1 teilen …</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Share your changes with %1</source>
        <translation>Deine Änderungen mit %1 teilen</translation>
    </message>
    <message>
        <source>Your changes were not shared: %1</source>
        <translation>Deine Änderungen wurden nicht geteilt: %1</translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation>Nicht mehr teilen?</translation>
    </message>
    <message>
        <source>%1 will no longer see this answer in Trustwork. They may remember what they read. Your answer stays here, private to you.</source>
        <translation>%1 sieht diese Antwort in Trustwork nicht mehr, erinnert sich aber vielleicht an das Gelesene. Deine Antwort bleibt hier, privat für dich.</translation>
    </message>
    <message>
        <source>Keep sharing</source>
        <translation>Weiter teilen</translation>
    </message>
    <message>
        <source>Saved. Every answer on this page stays with you.</source>
        <translation>Gespeichert. Jede Antwort auf dieser Seite bleibt bei dir.</translation>
    </message>
    <message>
        <source>You wrote this here earlier, before this page asked its questions this way. It stays with your answer:</source>
        <translation>Das hast du hier früher geschrieben, bevor diese Seite ihre Fragen so gestellt hat. Es bleibt bei deiner Antwort:</translation>
    </message>
</context>
<context>
    <name>tw::app::ChangePassphraseDialog</name>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Jemand kennt vielleicht meine Passphrase</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
        <source>If you think someone has seen or guessed your passphrase, or found your recovery code, choose a new passphrase now.

Trustwork then makes new keys for your private writing. Your old passphrase, your old recovery code and any old copy of the workbook&apos;s files no longer open anything you write from now on. Your entries stay as they are, and you get a new recovery code.

If someone had your passphrase and a copy of the files, they may already have read what was there before today. Keep your new passphrase and code to yourself.</source>
        <translation>Wenn du glaubst, dass jemand deine Passphrase gesehen oder erraten oder deinen Wiederherstellungscode gefunden hat, wähle jetzt eine neue Passphrase.

Trustwork macht dann neue Schlüssel für dein privates Schreiben. Deine alte Passphrase, dein alter Wiederherstellungscode und jede alte Kopie der Dateien des Arbeitsbuchs öffnen nichts mehr, was du ab jetzt schreibst. Deine Einträge bleiben, wie sie sind, und du bekommst einen neuen Wiederherstellungscode.

Wenn jemand deine Passphrase und eine Kopie der Dateien hatte, hat er vielleicht schon gelesen, was vor heute da war. Behalte deine neue Passphrase und deinen Code für dich.</translation>
    </message>
    <message>
        <source>Your entries stay as they are. You get a new recovery code, and the old one stops working.</source>
        <translation>Deine Einträge bleiben, wie sie sind. Du bekommst einen neuen Wiederherstellungscode, und der alte gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Passphrase change problem</source>
        <translation>Problem beim Ändern der Passphrase</translation>
    </message>
    <message>
        <source>Making new keys, please wait</source>
        <translation>Neue Schlüssel werden gemacht, bitte warten</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Neue Passphrase setzen</translation>
    </message>
    <message>
        <source>Your new passphrase is set and your keys are new. This is your new recovery code, shown once: the old one no longer works. Keep it where only you can reach it.</source>
        <translation>Deine neue Passphrase ist gesetzt, und deine Schlüssel sind neu. Das ist dein neuer Wiederherstellungscode, nur jetzt gezeigt: Der alte gilt nicht mehr. Bewahre ihn dort auf, wo nur du hinkommst.</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Das ist nicht deine aktuelle Passphrase. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
</context>
<context>
    <name>tw::app::ChartPanel</name>
    <message>
        <source>%1, as a chart</source>
        <translation>%1 als Diagramm</translation>
    </message>
    <message>
        <source>The table below the chart has the same numbers.</source>
        <translation>Die Tabelle unter dem Diagramm enthält dieselben Zahlen.</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Dieselben Zahlen als Tabelle</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1 als Tabelle</translation>
    </message>
    <message>
        <source>The chart cannot be drawn: a part of Trustwork is missing (%1). The table below has the same numbers.</source>
        <translation>Das Diagramm kann nicht gezeichnet werden: Ein Teil von Trustwork fehlt (%1). Die Tabelle darunter enthält dieselben Zahlen.</translation>
    </message>
</context>
<context>
    <name>tw::app::CheckinEditor</name>
    <message>
        <source>This check-in</source>
        <translation>Dieses Check-in</translation>
    </message>
    <message>
        <source>Save this check-in</source>
        <translation>Dieses Check-in speichern</translation>
    </message>
    <message>
        <source>Check-ins so far, newest first</source>
        <translation>Bisherige Check-ins, neueste zuerst</translation>
    </message>
    <message>
        <source>No check-ins yet. Each one stays private unless you share it.</source>
        <translation>Noch keine Check-ins. Jedes bleibt privat, solange du es nicht teilst.</translation>
    </message>
    <message>
        <source>Check-in saved. It is private unless you share it.</source>
        <translation>Check-in gespeichert. Es bleibt privat, solange du es nicht teilst.</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>einmal pro Woche</translation>
    </message>
    <message>
        <source>A check-in is suggested %1. There is no deadline; answer when you are ready.</source>
        <translation>Ein Check-in wird %1 vorgeschlagen. Es gibt keine Frist; antworte, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Your last check-in was on %1.</source>
        <translation>Dein letztes Check-in war am %1.</translation>
    </message>
    <message>
        <source>Another one may help, whenever you are ready.</source>
        <translation>Ein weiteres kann helfen, wann immer du so weit bist.</translation>
    </message>
    <message>
        <source>The next is suggested from %1.</source>
        <translation>Das nächste wird ab %1 vorgeschlagen.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your answers over time, oldest first (out of 10):</source>
        <translation>Deine Antworten im Verlauf, älteste zuerst (von 10):</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeweils nach %n Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::CommitmentEditor</name>
    <message>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Was ich tun werde</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>No date for this commitment</source>
        <translation>Kein Datum für diese Zusage</translation>
    </message>
    <message>
        <source>By this date</source>
        <translation>Bis zu diesem Datum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel changing this commitment</source>
        <translation>Änderung dieser Zusage abbrechen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>My commitments</source>
        <translation>Meine Zusagen</translation>
    </message>
    <message>
        <source>None yet. Each commitment stays private until you share it.</source>
        <translation>Noch keine. Jede Zusage bleibt privat, bis du sie teilst.</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Geteilt von %1</translation>
    </message>
    <message>
        <source>Draft kept privately until you add it.</source>
        <translation>Entwurf, privat aufbewahrt, bis du ihn hinzufügst.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1 What you typed is still here.</source>
        <translation>Dein Entwurf konnte nicht gespeichert werden: %1 Was du getippt hast, ist noch da.</translation>
    </message>
    <message>
        <source>Only you can see your commitments.</source>
        <translation>Nur du siehst deine Zusagen.</translation>
    </message>
    <message>
        <source>Private: %1 sees a commitment only if you share it.</source>
        <translation>Privat: %1 sieht eine Zusage nur, wenn du sie teilst.</translation>
    </message>
    <message>
        <source>Make a commitment</source>
        <translation>Eine Zusage machen</translation>
    </message>
    <message>
        <source>Add this commitment</source>
        <translation>Diese Zusage hinzufügen</translation>
    </message>
    <message>
        <source>Change this commitment</source>
        <translation>Diese Zusage ändern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save changes to this commitment</source>
        <translation>Änderungen an dieser Zusage speichern</translation>
    </message>
    <message>
        <source>%1 can see this commitment. If they confirmed it, they are asked to confirm the new wording again.</source>
        <translation>%1 kann diese Zusage sehen. Falls %1 sie schon bestätigt hat, wird um eine erneute Bestätigung des neuen Wortlauts gebeten.</translation>
    </message>
    <message>
        <source>Write what you will do first; nothing was saved.</source>
        <translation>Schreib zuerst auf, was du tun wirst; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1 What you wrote is still here.</source>
        <translation>Nicht gespeichert: %1 Was du geschrieben hast, ist noch da.</translation>
    </message>
    <message>
        <source>Commitment added. It is private until you share it.</source>
        <translation>Zusage hinzugefügt. Sie bleibt privat, bis du sie teilst.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>The form could not be emptied in your drafts and may show this text again.</source>
        <translation>Das Formular konnte in deinen Entwürfen nicht geleert werden und zeigt diesen Text vielleicht noch einmal.</translation>
    </message>
    <message>
        <source>Your commitments could not be read: %1</source>
        <translation>Deine Zusagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>Overdue: the date has passed and it is still open</source>
        <translation>Überfällig: Das Datum ist vorbei, und die Zusage ist noch offen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>You confirmed this</source>
        <translation>Du hast das bestätigt</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Mit %1 geteilt</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Commitment: %1</source>
        <translation>Zusage: %1</translation>
    </message>
    <message>
        <source>Mark as kept: %1</source>
        <translation>Als eingehalten markieren: %1</translation>
    </message>
    <message>
        <source>Marked as kept.</source>
        <translation>Als eingehalten markiert.</translation>
    </message>
    <message>
        <source>Mark as missed: %1</source>
        <translation>Als nicht eingehalten markieren: %1</translation>
    </message>
    <message>
        <source>Marked as missed. Naming a miss openly is part of rebuilding trust too.</source>
        <translation>Als nicht eingehalten markiert. Offen zu sagen, dass etwas nicht geklappt hat, gehört auch zum Wiederaufbau von Vertrauen.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>Wieder öffnen: %1</translation>
    </message>
    <message>
        <source>Open again.</source>
        <translation>Wieder offen.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation>Mit %1 teilen</translation>
    </message>
    <message>
        <source>Stop sharing: %1</source>
        <translation>Nicht mehr teilen: %1</translation>
    </message>
    <message>
        <source>Share with your partner: %1</source>
        <translation>Mit deiner Partnerin oder deinem Partner teilen: %1</translation>
    </message>
    <message>
        <source>Private again. %1 may remember what they read.</source>
        <translation>Wieder privat. %1 erinnert sich vielleicht an das Gelesene.</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Mit %1 geteilt.</translation>
    </message>
    <message>
        <source>Confirm it was kept</source>
        <translation>Bestätigen, dass sie eingehalten wurde</translation>
    </message>
    <message>
        <source>Confirm it was missed</source>
        <translation>Bestätigen, dass sie nicht eingehalten wurde</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Nichts geändert: %1</translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation>Nicht mehr teilen?</translation>
    </message>
    <message>
        <source>%1 will no longer see this commitment in Trustwork. They may remember what they read.</source>
        <translation>%1 sieht diese Zusage in Trustwork nicht mehr, erinnert sich aber vielleicht an das Gelesene.</translation>
    </message>
    <message>
        <source>Keep sharing</source>
        <translation>Weiter teilen</translation>
    </message>
</context>
<context>
    <name>tw::app::ConversationEditor</name>
    <message>
        <source>Swap roles</source>
        <translation>Rollen tauschen</translation>
    </message>
    <message>
        <source>Swap speaker and listener</source>
        <translation>Sprechen und Zuhören tauschen</translation>
    </message>
    <message>
        <source>Swap whenever the floor passes to the other person.</source>
        <translation>Tauscht, sobald das Wort an die andere Person geht.</translation>
    </message>
    <message>
        <source>Time left in this turn</source>
        <translation>Verbleibende Zeit in dieser Runde</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Timer zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the turn timer</source>
        <translation>Den Timer dieser Runde zurücksetzen</translation>
    </message>
    <message>
        <source>Timer note</source>
        <translation>Hinweis zum Timer</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Vorherige Runde</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Nächste Runde</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Eine Pause machen</translation>
    </message>
    <message>
        <source>Take a break: opens the pause guide</source>
        <translation>Eine Pause machen: öffnet die Pausen-Anleitung</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Only you can read these unless you share them. A few key words to reflect back, or something to come back to later, are enough.</source>
        <translation>Nur du kannst sie lesen, solange du sie nicht teilst. Ein paar Stichworte zum Zurückspiegeln oder etwas, auf das du später zurückkommen willst, reichen.</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>Meine privaten Notizen</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>This conversation has no turns.</source>
        <translation>Dieses Gespräch hat keine Runden.</translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Es spricht: %1</translation>
    </message>
    <message>
        <source>Listener: %1</source>
        <translation>Es hört zu: %1</translation>
    </message>
    <message>
        <source>Time is up for this turn. Finish your sentence; move on when you are both ready.</source>
        <translation>Die Zeit für diese Runde ist um. Sprich deinen Satz zu Ende; macht weiter, wenn ihr beide so weit seid.</translation>
    </message>
    <message>
        <source>%1:%2 left in this turn</source>
        <translation>Noch %1:%2 in dieser Runde</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Weniger als eine Minute übrig</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Resume timer</source>
        <translation>Timer fortsetzen</translation>
    </message>
    <message>
        <source>Welcome back. Start the timer when you are both ready.</source>
        <translation>Willkommen zurück. Startet den Timer, wenn ihr beide so weit seid.</translation>
    </message>
    <message numerus="yes">
        <source>A break of at least %n minute(s), with a time to come back.</source>
        <translation>
            <numerusform>Eine Pause von mindestens %n Minute, mit einer Zeit zum Zurückkommen.</numerusform>
            <numerusform>Eine Pause von mindestens %n Minuten, mit einer Zeit zum Zurückkommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::CreatePage</name>
    <message>
        <source>Creating your workbook</source>
        <translation>Dein Arbeitsbuch wird angelegt</translation>
    </message>
    <message>
        <source>Making the keys that protect your writing. This takes a few seconds.</source>
        <translation>Die Schlüssel, die dein Geschriebenes schützen, werden erzeugt. Das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your workbook is ready.</source>
        <translation>Dein Arbeitsbuch ist fertig.</translation>
    </message>
</context>
<context>
    <name>tw::app::CurriculumLoader</name>
    <message>
        <source>Some content was left out</source>
        <translation>Einige Inhalte wurden weggelassen</translation>
    </message>
    <message>
        <source>These content packs or translations have problems and were not loaded. Everything else works as usual.

%1</source>
        <translation>Diese Inhaltspakete oder Übersetzungen haben Fehler und wurden nicht geladen. Alles andere funktioniert wie gewohnt.

%1</translation>
    </message>
    <message>
        <source>Trustwork cannot start</source>
        <translation>Trustwork kann nicht starten</translation>
    </message>
</context>
<context>
    <name>tw::app::DeviceListModel</name>
    <message>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <extracomment>A device in the list of devices: %1 is its name.</extracomment>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Gehört</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>tw::app::DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Deine Geräte</translation>
    </message>
    <message>
        <source>Use this workbook on more than one computer. Trustwork writes your changes, encrypted and signed, into a folder that a sync tool such as Syncthing keeps the same on each computer. Your private entries can be read only on your own devices.</source>
        <translation>Nutze dieses Arbeitsbuch auf mehr als einem Computer. Trustwork schreibt deine Änderungen verschlüsselt und signiert in einen Ordner, den ein Sync-Programm wie Syncthing auf jedem Computer gleich hält. Deine privaten Einträge lassen sich nur auf deinen eigenen Geräten lesen.</translation>
    </message>
    <message>
        <source>Sync &amp;folder</source>
        <translation>Sync-&amp;Ordner</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>No folder chosen: this workbook is only on this computer</source>
        <translation>Kein Ordner gewählt: Dieses Arbeitsbuch ist nur auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Den Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>S&amp;top syncing on this computer</source>
        <translation>Auf diesem Computer nicht mehr a&amp;bgleichen</translation>
    </message>
    <message>
        <source>Stop syncing on this computer</source>
        <translation>Auf diesem Computer nicht mehr abgleichen</translation>
    </message>
    <message>
        <source>Trustwork forgets the folder here; nothing in it is deleted.</source>
        <translation>Trustwork vergisst den Ordner hier; darin wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>D&amp;evices of this workbook</source>
        <translation>&amp;Geräte dieses Arbeitsbuchs</translation>
    </message>
    <message>
        <source>Devices of this workbook</source>
        <translation>Geräte dieses Arbeitsbuchs</translation>
    </message>
    <message>
        <source>&amp;Remove this device…</source>
        <translation>Dieses Gerät &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>Das gewählte Gerät entfernen</translation>
    </message>
    <message>
        <source>For a computer you no longer use or have lost: its changes from now on are ignored.</source>
        <translation>Für einen Computer, den du nicht mehr nutzt oder verloren hast: Seine Änderungen werden ab jetzt nicht mehr übernommen.</translation>
    </message>
    <message>
        <source>You can remove your own other devices. Your partner removes theirs on their own devices.</source>
        <translation>Du kannst deine eigenen anderen Geräte entfernen. Die andere Person entfernt ihre auf ihren eigenen Geräten.</translation>
    </message>
    <message>
        <source>Trustwork never goes online: your sync tool carries the encrypted change files. To add a computer, start Trustwork there and choose “This workbook is already on another computer”.</source>
        <translation>Trustwork geht nie online: Dein Sync-Programm trägt die verschlüsselten Änderungsdateien hin und her. Um einen Computer hinzuzufügen, starte dort Trustwork und wähle „Dieses Arbeitsbuch ist schon auf einem anderen Computer“.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a folder to start. An empty folder starts a new sync folder; a folder your other computer already syncs into joins it.</source>
        <translation>Wähle zum Anfangen einen Ordner. Ein leerer Ordner wird ein neuer Sync-Ordner; mit einem Ordner, in den dein anderer Computer schon abgleicht, trittst du diesem bei.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Changes that %1 writes from now on are ignored by all your devices and your partner&apos;s, once this reaches them. What it wrote before stays. To use it again later, join it to the workbook afresh.</source>
        <translation>Änderungen, die %1 ab jetzt schreibt, übernehmen deine Geräte und die der anderen Person nicht mehr, sobald sie davon erfahren. Was es vorher geschrieben hat, bleibt. Um es später wieder zu nutzen, tritt dort dem Arbeitsbuch neu bei.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The device was not removed: %1</source>
        <translation>Das Gerät wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>tw::app::ExerciseView</name>
    <message>
        <source>on your own</source>
        <translation>allein</translation>
    </message>
    <message>
        <source>together</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>alone or together</source>
        <translation>allein oder gemeinsam</translation>
    </message>
    <message>
        <source>This exercise is not translated yet and is shown in English.</source>
        <translation>Diese Übung ist noch nicht übersetzt und wird auf Englisch angezeigt.</translation>
    </message>
    <message>
        <source>I have done this exercise</source>
        <translation>Ich habe diese Übung gemacht</translation>
    </message>
    <message>
        <source>Mark this exercise as done</source>
        <translation>Diese Übung als erledigt markieren</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Verwandt:</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under an exercise&apos;s title: how long it takes and with whom, e.g. &quot;About 20 minutes · on your own&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This check is private to each of you. Open it when you are on your own.</source>
        <translation>Dieser Check gehört jedem von euch allein. Öffne ihn, wenn du für dich bist.</translation>
    </message>
    <message>
        <source>Show a note about individual work on my Home</source>
        <translation>Einen Hinweis zur Arbeit für mich allein auf meiner Übersicht zeigen</translation>
    </message>
    <message>
        <source>Off unless you choose it, so that Home looks like anyone&apos;s if someone makes you open Trustwork.</source>
        <translation>Aus, solange du es nicht wählst: So sieht deine Übersicht aus wie bei allen anderen, falls dich jemand zwingt, Trustwork zu öffnen.</translation>
    </message>
    <message>
        <source>Only you see that this page is done: %1 is not shown a tick here.</source>
        <translation>Nur du siehst, dass diese Seite erledigt ist: %1 sieht hier kein Häkchen.</translation>
    </message>
</context>
<context>
    <name>tw::app::ExportDialog</name>
    <message>
        <source>Export my journal</source>
        <translation>Meine Einträge exportieren</translation>
    </message>
    <message>
        <source>The export holds your own entries, private and shared, and what your partner shared with you, with your progress. Your partner&apos;s private entries are never in it.</source>
        <translation>Der Export enthält deine eigenen Einträge, private und geteilte, das, was deine Partnerin oder dein Partner mit dir geteilt hat, und deinen Fortschritt. Die privaten Einträge der anderen Person sind nie darin.</translation>
    </message>
    <message>
        <source>The exported file is not encrypted. Keep it where only you can open it, and delete it when you no longer need it.</source>
        <translation>Die exportierte Datei ist nicht verschlüsselt. Bewahre sie dort auf, wo nur du sie öffnen kannst, und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>&amp;PDF, to read or print</source>
        <translation>&amp;PDF, zum Lesen oder Drucken</translation>
    </message>
    <message>
        <source>PDF, to read or print</source>
        <translation>PDF, zum Lesen oder Drucken</translation>
    </message>
    <message>
        <source>&amp;JSON, for your own records or another program</source>
        <translation>&amp;JSON, für eigene Unterlagen oder ein anderes Programm</translation>
    </message>
    <message>
        <source>JSON, for your own records or another program</source>
        <translation>JSON, für eigene Unterlagen oder ein anderes Programm</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Choose where to save, then export</source>
        <translation>Speicherort wählen, dann exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Something went wrong inside Trustwork. Your workbook is unchanged.</source>
        <translation>In Trustwork ist etwas schiefgegangen. Dein Arbeitsbuch ist unverändert.</translation>
    </message>
    <message>
        <source>The journal was not exported: %1</source>
        <translation>Die Einträge wurden nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported one page to %1.</source>
        <translation>Eine Seite nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 pages to %2.</source>
        <translation>%1 Seiten nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>tw::app::FieldForm</name>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>0: %1</source>
        <translation>0: %1</translation>
    </message>
    <message>
        <source>10: %1</source>
        <translation>10: %1</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>%1 of 10. 0 means %2; 10 means %3.</source>
        <translation>%1 von 10. 0 bedeutet %2; 10 bedeutet %3.</translation>
    </message>
</context>
<context>
    <name>tw::app::FirstRunWizard</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>This workbook is shared with %1, and this is your own private space in it.

Everything you write starts private: only you can read it, even though you share this computer. %1 cannot read it either, and what %1 wrote privately stays private too. When you choose, you can share an entry with %1, and stop sharing it later. Some exercises ask you both to answer privately first; the answers appear side by side only when both of you have answered.

Next comes your recovery code, then a short private safety check. Only you should see this screen now.</source>
        <translation>Dieses Arbeitsbuch teilst du mit %1, und das hier ist dein eigener privater Bereich darin.

Alles, was du schreibst, ist zuerst privat: Nur du kannst es lesen, auch wenn ihr euch diesen Computer teilt. Auch %1 kann es nicht lesen, und was %1 privat geschrieben hat, bleibt ebenso privat. Wenn du willst, kannst du einen Eintrag mit %1 teilen und das Teilen später beenden. Bei manchen Übungen antwortet ihr beide zuerst privat; die Antworten erscheinen erst nebeneinander, wenn ihr beide geantwortet habt.

Als Nächstes kommen dein Wiederherstellungscode und ein kurzer privater Sicherheitscheck. Nur du solltest diesen Bildschirm jetzt sehen.</translation>
    </message>
    <message>
        <source>Everything you write is private: only you can read it.

Next comes your recovery code, then a short private safety check.</source>
        <translation>Alles, was du schreibst, ist privat: Nur du kannst es lesen.

Als Nächstes kommen dein Wiederherstellungscode und ein kurzer privater Sicherheitscheck.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Only you should see this screen now.</source>
        <translation>Nur du solltest diesen Bildschirm jetzt sehen.</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code lets you choose a new one. It is shown only now. Anyone who has it can open your private entries, so keep it where nobody else can reach it.</source>
        <translation>Falls du deine Passphrase einmal vergisst, kannst du mit diesem Code eine neue wählen. Er wird nur jetzt gezeigt. Wer ihn hat, kann deine privaten Einträge öffnen, also bewahre ihn dort auf, wo niemand sonst hinkommt.</translation>
    </message>
    <message>
        <source>A private check for %1</source>
        <translation>Ein privater Check für %1</translation>
    </message>
    <message>
        <source>Nobody else sees what you answer here.</source>
        <translation>Niemand sonst sieht, was du hier antwortest.</translation>
    </message>
    <message>
        <source>Only you should see this screen now. Your partner is never told what you answer.</source>
        <translation>Nur du solltest diesen Bildschirm jetzt sehen. Die andere Person erfährt nie, was du antwortest.</translation>
    </message>
</context>
<context>
    <name>tw::app::HandOverPage</name>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Dein &amp;Name</translation>
    </message>
    <message>
        <source>I was hurt</source>
        <translation>Ich wurde verletzt</translation>
    </message>
    <message>
        <source>I broke trust</source>
        <translation>Ich habe Vertrauen gebrochen</translation>
    </message>
    <message>
        <source>We have both broken trust</source>
        <translation>Wir haben beide Vertrauen gebrochen</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Deine Rolle</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Deine &amp;Rolle</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Deine &amp;Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Joining problem</source>
        <translation>Problem beim Beitreten</translation>
    </message>
    <message>
        <source>Adding you, please wait</source>
        <translation>Du wirst hinzugefügt, bitte warten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Beitreten abbrechen</translation>
    </message>
    <message>
        <source>&amp;Join the workbook</source>
        <translation>Dem Arbeitsbuch &amp;beitreten</translation>
    </message>
    <message>
        <source>Join the workbook</source>
        <translation>Dem Arbeitsbuch beitreten</translation>
    </message>
    <message>
        <source>Hand the computer to %1</source>
        <translation>Gib den Computer an %1 weiter</translation>
    </message>
    <message>
        <source>%1&apos;s workbook is locked; nothing of theirs is on screen. %2, this is where you join: choose your role and a passphrase that only you know. Your recovery code and your private safety check come the first time you open the workbook.</source>
        <translation>Das Arbeitsbuch von %1 ist gesperrt; nichts davon ist auf dem Bildschirm. %2, hier trittst du bei: Wähle deine Rolle und eine Passphrase, die nur du kennst. Deinen Wiederherstellungscode und deinen privaten Sicherheitscheck bekommst du, wenn du das Arbeitsbuch zum ersten Mal öffnest.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed; please try again.</source>
        <translation>%1 Nichts wurde geändert; bitte versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>tw::app::HelpEditor</name>
    <message>
        <source>Suggested by your therapist</source>
        <translation>Von deiner therapeutischen Begleitung empfohlen</translation>
    </message>
    <message>
        <source>Your own list of local services is hidden while you are both here. Each of you can open it on your own.</source>
        <translation>Deine eigene Liste mit Hilfsangeboten vor Ort ist verborgen, solange ihr beide hier seid. Jede und jeder kann sie allein öffnen.</translation>
    </message>
    <message>
        <source>Kinds of help</source>
        <translation>Arten von Hilfe</translation>
    </message>
</context>
<context>
    <name>tw::app::HomeView</name>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>First, a private safety check</source>
        <translation>Zuerst ein privater Sicherheitscheck</translation>
    </message>
    <message>
        <source>Before any couple exercise, each partner answers a few questions on their own. Your answers are never shown to your partner.</source>
        <translation>Vor jeder Paarübung beantwortet jede Person für sich ein paar Fragen. Deine Antworten werden der anderen Person nie gezeigt.</translation>
    </message>
    <message>
        <source>Start the safety check</source>
        <translation>Sicherheitscheck beginnen</translation>
    </message>
    <message>
        <source>Individual work comes first</source>
        <translation>Zuerst kommt die Arbeit für dich allein</translation>
    </message>
    <message>
        <source>Getting help now</source>
        <translation>Jetzt Hilfe bekommen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>What is next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Recently shared by %1</source>
        <translation>Zuletzt von %1 geteilt</translation>
    </message>
    <message>
        <source>Nothing shared yet. Sharing is always a choice, one entry at a time.</source>
        <translation>Noch nichts geteilt. Teilen ist immer eine Entscheidung, Eintrag für Eintrag.</translation>
    </message>
    <message>
        <source>A gentle check-in</source>
        <translation>Ein sanftes Check-in</translation>
    </message>
    <message>
        <source>How is trust feeling this week? A short check-in takes two minutes.</source>
        <translation>Wie fühlt sich das Vertrauen diese Woche an? Ein kurzes Check-in dauert zwei Minuten.</translation>
    </message>
    <message>
        <source>Open the trust thermometer</source>
        <translation>Vertrauensthermometer öffnen</translation>
    </message>
    <message>
        <source> (in English)</source>
        <extracomment>Appended to a module&apos;s name on Home when it has no translation yet.</extracomment>
        <translation> (auf Englisch)</translation>
    </message>
    <message>
        <source>Not every module is translated yet: those marked &quot;in English&quot; are shown in English until they are.</source>
        <translation>Noch ist nicht jedes Modul übersetzt: Die mit „auf Englisch“ markierten werden bis dahin auf Englisch angezeigt.</translation>
    </message>
    <message>
        <source>From your safety check, couple exercises are not the right tool right now: the exercises for you alone are the place to start. This is private: your partner is not told. Please look at the help page, and talk to someone you trust.</source>
        <translation>Nach deinem Sicherheitscheck sind Paarübungen gerade nicht das richtige Werkzeug: Beginne mit den Übungen für dich allein. Das ist privat, deine Partnerin oder dein Partner erfährt es nicht. Schau dir bitte die Hilfeseite an und sprich mit jemandem, dem du vertraust.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>Shared by %1, last changed %2</source>
        <translation>Von %1 geteilt, zuletzt geändert am %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1 — you have done %2 of %3</source>
        <translation>%1 – du hast %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>%1 — you have done %2 of %3; %4 has done %5</source>
        <translation>%1 – du hast %2 von %3 erledigt; %4 hat %5 erledigt</translation>
    </message>
    <message>
        <source>The four steps</source>
        <translation>Die vier Schritte</translation>
    </message>
    <message>
        <source>Help and support</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
    <message>
        <source>For when you need more than a workbook, and for your own safety check.</source>
        <translation>Für den Fall, dass du mehr brauchst als ein Arbeitsbuch, und für deinen eigenen Sicherheitscheck.</translation>
    </message>
    <message>
        <source>Together: %1 and %2</source>
        <translation>Gemeinsam: %1 und %2</translation>
    </message>
    <message>
        <source>While you are both here, only what you have shared and what you do together shows. Private answers and notes stay hidden, for both of you.</source>
        <translation>Solange ihr beide hier seid, erscheint nur, was ihr geteilt habt und was ihr gemeinsam tut. Private Antworten und Notizen bleiben verborgen, für euch beide.</translation>
    </message>
    <message>
        <source>Waiting for you both</source>
        <translation>Wartet auf euch beide</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) to accept</source>
        <translation>
            <numerusform>%1: %n Punkt zum Zustimmen</numerusform>
            <numerusform>%1: %n Punkte zum Zustimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: you have both answered</source>
        <translation>%1: Ihr habt beide geantwortet</translation>
    </message>
    <message>
        <source>Nothing is waiting for the two of you.</source>
        <translation>Nichts wartet auf euch beide.</translation>
    </message>
    <message>
        <source>Talk together</source>
        <translation>Miteinander reden</translation>
    </message>
    <message>
        <source>End together time</source>
        <translation>Gemeinsame Zeit beenden</translation>
    </message>
</context>
<context>
    <name>tw::app::IntroPage</name>
    <message>
        <source>Welcome to Trustwork</source>
        <translation>Willkommen bei Trustwork</translation>
    </message>
    <message>
        <source>A private workbook for rebuilding trust, at your own pace.</source>
        <translation>Ein privates Arbeitsbuch, um Vertrauen wieder aufzubauen, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Trustwork guides you through four steps, with exercises you do alone and exercises you share. Everything stays on this computer, encrypted. You can pause at any moment.</source>
        <translation>Trustwork begleitet dich durch vier Schritte, mit Übungen für dich allein und Übungen, die ihr teilt. Alles bleibt verschlüsselt auf diesem Computer. Du kannst jederzeit eine Pause machen.</translation>
    </message>
    <message>
        <source>We are two partners using this &amp;together</source>
        <translation>Wir beide nutzen es &amp;gemeinsam</translation>
    </message>
    <message>
        <source>I am starting &amp;on my own (my partner can join later)</source>
        <translation>Ich fange &amp;allein an (die andere Person kann später dazukommen)</translation>
    </message>
    <message>
        <source>Two partners together</source>
        <translation>Zu zweit</translation>
    </message>
    <message>
        <source>On my own</source>
        <translation>Allein</translation>
    </message>
    <message>
        <source>Trustwork is a workbook, not therapy. If you are afraid of your partner, couple exercises are not the right place to start; individual support is.</source>
        <translation>Trustwork ist ein Arbeitsbuch, keine Therapie. Wenn du Angst vor deiner Partnerin oder deinem Partner hast, sind Paarübungen nicht der richtige Anfang; Unterstützung für dich allein ist es.</translation>
    </message>
    <message>
        <source>I am a &amp;therapist: set up a practice to send assignments</source>
        <extracomment>The therapist&apos;s choice: a practice workbook instead of a couple&apos;s (set up in the next step).</extracomment>
        <translation>Ich arbeite &amp;therapeutisch: eine Praxis einrichten, um Aufgaben zu senden</translation>
    </message>
    <message>
        <source>I am a therapist</source>
        <translation>Ich arbeite therapeutisch</translation>
    </message>
    <message>
        <source>This workbook is already on another computer: &amp;join it</source>
        <extracomment>Another computer already syncs this couple&apos;s workbook into a folder; this one joins it.</extracomment>
        <translation>Dieses Arbeitsbuch ist schon auf einem anderen Computer: &amp;beitreten</translation>
    </message>
    <message>
        <source>Join from another computer</source>
        <translation>Von einem anderen Computer beitreten</translation>
    </message>
</context>
<context>
    <name>tw::app::JoinPage</name>
    <message>
        <source>Join a workbook from another computer</source>
        <translation>Einem Arbeitsbuch von einem anderen Computer beitreten</translation>
    </message>
    <message>
        <source>Open here the workbook your other computer already syncs.</source>
        <translation>Öffne hier das Arbeitsbuch, das dein anderer Computer schon abgleicht.</translation>
    </message>
    <message>
        <source>Your other computer writes its changes into a folder that a sync tool such as Syncthing keeps in step. Once that folder is on this computer too, choose it here.</source>
        <translation>Dein anderer Computer schreibt seine Änderungen in einen Ordner, den ein Sync-Programm wie Syncthing abgleicht. Sobald dieser Ordner auch auf diesem Computer ist, wähle ihn hier.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>The folder your sync tool keeps in step</source>
        <translation>Der Ordner, den dein Sync-Programm abgleicht</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Den Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>Sync &amp;folder</source>
        <translation>Sync-&amp;Ordner</translation>
    </message>
    <message>
        <source>Your name in the workbook</source>
        <translation>Dein Name im Arbeitsbuch</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Dein &amp;Name</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Your &amp;passphrase</source>
        <translation>Deine &amp;Passphrase</translation>
    </message>
    <message>
        <source>Joining problem</source>
        <translation>Problem beim Beitreten</translation>
    </message>
    <message>
        <source>Joining, please wait</source>
        <translation>Beitreten, bitte warten</translation>
    </message>
    <message>
        <source>Your name and passphrase are the ones you unlock with on the other computer. Your partner joins with their own, on their own computer.</source>
        <translation>Name und Passphrase sind die, mit denen du auf dem anderen Computer entsperrst. Die andere Person tritt mit ihren eigenen bei, auf ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Not on this computer yet? In Syncthing, share the folder from the other computer and accept it here. Without a sync tool, copy the whole folder here (from a USB stick, say) and choose the copy.</source>
        <translation>Noch nicht auf diesem Computer? Teile den Ordner in Syncthing vom anderen Computer aus und nimm ihn hier an. Ohne Sync-Programm kopiere den ganzen Ordner hierher (etwa von einem USB-Stick) und wähle die Kopie.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>There is no folder %1 on this computer. Choose the folder your sync tool keeps in step.</source>
        <translation>Auf diesem Computer gibt es keinen Ordner %1. Wähle den Ordner, den dein Sync-Programm abgleicht.</translation>
    </message>
    <message>
        <source>That passphrase is not right for %1. Use the passphrase you unlock with on your other computer, and check Caps Lock.</source>
        <translation>Diese Passphrase stimmt nicht für %1. Nimm die Passphrase, mit der du auf deinem anderen Computer entsperrst, und prüfe die Feststelltaste.</translation>
    </message>
    <message>
        <source>Nobody called “%1” is in the workbook in this folder. Type your name exactly as on your other computer (capitals count). If the other computer has never synced, sync there first.</source>
        <translation>In dem Arbeitsbuch in diesem Ordner gibt es niemanden namens „%1“. Schreib deinen Namen genau wie auf deinem anderen Computer (Groß- und Kleinschreibung zählt). Wenn der andere Computer noch nie abgeglichen hat, gleiche dort zuerst ab.</translation>
    </message>
    <message>
        <source>This folder is not a Trustwork sync folder. Choose the folder your other computer syncs into: it holds a file called trustwork-sync.json and a folder called devices.</source>
        <translation>Dieser Ordner ist kein Sync-Ordner von Trustwork. Wähle den Ordner, in den dein anderer Computer abgleicht: Er enthält eine Datei namens trustwork-sync.json und einen Ordner namens devices.</translation>
    </message>
    <message>
        <source>This sync folder was written by a newer version of Trustwork. Install that version on this computer first. Nothing was changed.</source>
        <translation>Dieser Sync-Ordner wurde von einer neueren Version von Trustwork geschrieben. Installiere zuerst diese Version auf diesem Computer. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Some files in the sync folder are damaged or have not fully arrived yet, so Trustwork cannot join yet. Wait until your sync tool has finished, then try again. (%1)</source>
        <translation>Einige Dateien im Sync-Ordner sind beschädigt oder noch nicht ganz angekommen, daher kann Trustwork noch nicht beitreten. Warte, bis dein Sync-Programm fertig ist, und versuch es dann noch einmal. (%1)</translation>
    </message>
    <message>
        <source>%v of %m changes taken in</source>
        <extracomment>Shown in the bar while joining: %v and %m are filled in by the bar (done and in all).</extracomment>
        <translation>%v von %m Änderungen übernommen</translation>
    </message>
</context>
<context>
    <name>tw::app::JoinTogetherDialog</name>
    <message>
        <source>We are both here</source>
        <translation>Wir sind beide hier</translation>
    </message>
    <message>
        <source>%1, join %2</source>
        <translation>%1, komm zu %2 dazu</translation>
    </message>
    <message>
        <source>%1 stays unlocked. While you are both here, Trustwork shows only what you have shared and what you do together: a conversation, your agreements, a reveal. Private answers and notes stay hidden, for both of you. Either of you can end together time at any moment.</source>
        <translation>%1 bleibt entsperrt. Solange ihr beide hier seid, zeigt Trustwork nur, was ihr geteilt habt und was ihr gemeinsam tut: ein Gespräch, eure Vereinbarungen, eine Gegenüberstellung. Private Antworten und Notizen bleiben verborgen, für euch beide. Jede und jeder von euch kann die gemeinsame Zeit jederzeit beenden.</translation>
    </message>
    <message>
        <source>%1&apos;s passphrase</source>
        <translation>Passphrase von %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Dazukommen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>tw::app::LocalServicesCard</name>
    <message>
        <source>My local services</source>
        <translation>Meine Hilfsangebote vor Ort</translation>
    </message>
    <message>
        <source>Write down the services you would turn to, with a number or an address. Only you can see this list.</source>
        <translation>Schreib die Stellen auf, an die du dich wenden würdest, mit Nummer oder Adresse. Nur du siehst diese Liste.</translation>
    </message>
    <message>
        <source>Write down the services you would turn to, with a number or an address. Only you can see this list: %1 cannot open it, and each of you keeps your own.</source>
        <translation>Schreib die Stellen auf, an die du dich wenden würdest, mit Nummer oder Adresse. Nur du siehst diese Liste: %1 kann sie nicht öffnen, und jede und jeder von euch führt eine eigene.</translation>
    </message>
    <message>
        <source>Nothing written down yet. Fill it in on a calm day, so it is there on a hard one.</source>
        <translation>Noch nichts eingetragen. Füll sie an einem ruhigen Tag aus, dann ist sie an einem schweren Tag da.</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ein Angebot hinzufügen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Art der Hilfe</translation>
    </message>
    <message>
        <source>Name of the service</source>
        <translation>Name des Angebots</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>So erreichst du sie</translation>
    </message>
    <message>
        <source>A number, an address, opening hours</source>
        <translation>Eine Nummer, eine Adresse, Öffnungszeiten</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Eine Notiz für dich</translation>
    </message>
    <message>
        <source>&amp;Kind of help</source>
        <translation>&amp;Art der Hilfe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>How to &amp;reach them</source>
        <translation>So &amp;erreichst du sie</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Zu meiner Liste hinzufügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo removing the service</source>
        <translation>Entfernen des Angebots rückgängig machen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Your list could not be read: %1</source>
        <translation>Deine Liste ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Write a name or how to reach them first.</source>
        <translation>Schreib zuerst einen Namen oder wie du sie erreichst.</translation>
    </message>
    <message>
        <source>Added. Only you can see it.</source>
        <translation>Hinzugefügt. Nur du siehst es.</translation>
    </message>
    <message>
        <source>Removed. You can undo this until you leave the page.</source>
        <translation>Entfernt. Du kannst das rückgängig machen, bis du die Seite verlässt.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>tw::app::LogEditor</name>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add to your log</source>
        <translation>Zum Tagebuch hinzufügen</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The log so far, newest first</source>
        <translation>Das Tagebuch bisher, neueste zuerst</translation>
    </message>
    <message>
        <source>Nothing in this log yet. What you add stays private unless you share it.</source>
        <translation>Noch nichts im Tagebuch. Was du hinzufügst, bleibt privat, solange du es nicht teilst.</translation>
    </message>
    <message>
        <source>Added to your log. It is private unless you share it.</source>
        <translation>Zum Tagebuch hinzugefügt. Es bleibt privat, solange du es nicht teilst.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Draft kept privately until you add it.</source>
        <translation>Entwurf, privat aufbewahrt, bis du ihn hinzufügst.</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1 What you typed is still here.</source>
        <translation>Dein Entwurf konnte nicht gespeichert werden: %1 Was du getippt hast, ist noch da.</translation>
    </message>
    <message>
        <source>Only you can see what you add here.</source>
        <translation>Nur du siehst, was du hier hinzufügst.</translation>
    </message>
    <message>
        <source>Private: %1 sees nothing here unless you share it.</source>
        <translation>Privat: %1 sieht hier nichts, solange du es nicht teilst.</translation>
    </message>
    <message>
        <source>Write or choose something first; nothing was added.</source>
        <translation>Schreib oder wähle zuerst etwas; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Not added: %1 What you wrote is still here.</source>
        <translation>Nicht hinzugefügt: %1 Was du geschrieben hast, ist noch da.</translation>
    </message>
    <message>
        <source>The form could not be emptied in your drafts and may show this text again.</source>
        <translation>Das Formular konnte in deinen Entwürfen nicht geleert werden und zeigt diesen Text vielleicht noch einmal.</translation>
    </message>
    <message>
        <source>This list could not be read: %1</source>
        <translation>Diese Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <source>Shared by %1, %2</source>
        <translation>Geteilt von %1, %2</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete the %1 from %2</source>
        <translation>%1 vom %2 löschen</translation>
    </message>
    <message>
        <source>Delete this %1 for good? It cannot be brought back.</source>
        <translation>%1 endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete the %1 from %2 for good</source>
        <translation>%1 vom %2 endgültig löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the %1 from %2</source>
        <translation>%1 vom %2 behalten</translation>
    </message>
    <message>
        <source>Shared with %1.</source>
        <translation>Mit %1 geteilt.</translation>
    </message>
    <message>
        <source>Private again. %1 may remember what they read.</source>
        <translation>Wieder privat. %1 erinnert sich vielleicht an das Gelesene.</translation>
    </message>
    <message>
        <source>Sharing did not change: %1</source>
        <translation>Das Teilen hat sich nicht geändert: %1</translation>
    </message>
    <message>
        <source>Shared with %1</source>
        <translation>Mit %1 geteilt</translation>
    </message>
    <message>
        <source>Private: only you can see it</source>
        <translation>Privat: Nur du siehst es</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation>Mit %1 teilen</translation>
    </message>
    <message>
        <source>Stop sharing this %1</source>
        <translation>%1 nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share this %1 with %2</source>
        <translation>%1 mit %2 teilen</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>While you are both here, only what each of you shared shows.</source>
        <translation>Solange ihr beide hier seid, erscheint nur, was jede und jeder von euch geteilt hat.</translation>
    </message>
    <message>
        <source>Stop sharing?</source>
        <translation>Nicht mehr teilen?</translation>
    </message>
    <message>
        <source>%1 will no longer see this %2 in Trustwork. They may remember what they read.</source>
        <translation>%1 sieht diesen Eintrag (%2) in Trustwork nicht mehr, erinnert sich aber vielleicht an das Gelesene.</translation>
    </message>
    <message>
        <source>Keep sharing</source>
        <translation>Weiter teilen</translation>
    </message>
</context>
<context>
    <name>tw::app::MainWindow</name>
    <message>
        <source>Trustwork</source>
        <translation>Trustwork</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Arbeitsbuch</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Take a break of at least 20 minutes</source>
        <translation>Eine Pause von mindestens 20 Minuten machen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>S&amp;witch partner</source>
        <translation>Person &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner/in &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Let your partner join this workbook</source>
        <translation>Deine Partnerin oder deinen Partner in dieses Arbeitsbuch holen</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Search your entries and what was shared with you (%1)</source>
        <translation>Deine Einträge durchsuchen und das, was mit dir geteilt wurde (%1)</translation>
    </message>
    <message>
        <source>Export my &amp;journal...</source>
        <translation>Meine Einträge &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save your entries and progress as a PDF or JSON file</source>
        <translation>Deine Einträge und deinen Fortschritt als PDF- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Einstellu&amp;ngen</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>Schnell&amp;ausstieg</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <source>&amp;Import assignment…</source>
        <translation>Aufgabe &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Send a report to your therapist…</source>
        <translation>Einen Bericht an deine Therapeutin oder deinen Therapeuten &amp;senden …</translation>
    </message>
    <message>
        <source>&amp;Therapist</source>
        <translation>&amp;Therapie</translation>
    </message>
    <message>
        <source>Import an assignment from your therapist, or send them a report</source>
        <translation>Eine Aufgabe deiner Therapeutin oder deines Therapeuten importieren oder einen Bericht senden</translation>
    </message>
    <message>
        <source>%1, unlock with the passphrase you just chose. Your recovery code and your private safety check come next.</source>
        <translation>%1, entsperre mit der Passphrase, die du gerade gewählt hast. Als Nächstes kommen dein Wiederherstellungscode und dein privater Sicherheitscheck.</translation>
    </message>
    <message>
        <source>We are &amp;both here</source>
        <translation>Wir sind &amp;beide hier</translation>
    </message>
    <message>
        <source>Your partner joins with their own passphrase, for what you do together</source>
        <translation>Deine Partnerin oder dein Partner kommt mit der eigenen Passphrase dazu, für das, was ihr gemeinsam tut</translation>
    </message>
    <message>
        <source>Hide Trustwork at once, lock it and close it (Ctrl+Shift+Q)</source>
        <translation>Trustwork sofort verbergen, sperren und schließen (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <source>End &amp;together time</source>
        <translation>Gemeinsame &amp;Zeit beenden</translation>
    </message>
</context>
<context>
    <name>tw::app::NewPassphraseFields</name>
    <message>
        <source>%1 again</source>
        <translation>%1 noch einmal</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
</context>
<context>
    <name>tw::app::PartnersPage</name>
    <message>
        <source>Who is here</source>
        <translation>Wer ist dabei</translation>
    </message>
    <message>
        <source>A first name or nickname is enough. It is the only thing stored unencrypted.</source>
        <translation>Ein Vorname oder Spitzname reicht. Er ist das Einzige, was unverschlüsselt gespeichert wird.</translation>
    </message>
    <message>
        <source>First partner&apos;s name</source>
        <translation>Name der ersten Person</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Dein Name</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Deine &amp;Rolle</translation>
    </message>
    <message>
        <source>First partner&apos;s role</source>
        <translation>Rolle der ersten Person</translation>
    </message>
    <message>
        <source>Second partner&apos;s name</source>
        <translation>Name der zweiten Person</translation>
    </message>
    <message>
        <source>Your &amp;partner&apos;s name</source>
        <translation>Name der &amp;anderen Person</translation>
    </message>
    <message>
        <source>Their r&amp;ole</source>
        <translation>R&amp;olle der anderen Person</translation>
    </message>
    <message>
        <source>Second partner&apos;s role</source>
        <translation>Rolle der zweiten Person</translation>
    </message>
    <message>
        <source>Roles only change the wording of some prompts. Choose the one that fits best today.</source>
        <translation>Die Rolle ändert nur die Formulierung einiger Fragen. Wähl die, die heute am besten passt.</translation>
    </message>
</context>
<context>
    <name>tw::app::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Nobody, including Trustwork, can open your private entries without this passphrase or your recovery code.</source>
        <translation>Niemand, auch Trustwork nicht, kann deine privaten Einträge ohne diese Passphrase oder deinen Wiederherstellungscode öffnen.</translation>
    </message>
    <message>
        <source>A passphrase for %1</source>
        <translation>Eine Passphrase für %1</translation>
    </message>
    <message>
        <source>This is your partner&apos;s passphrase. Choose one of your own: with the same passphrase, each of you could open the other&apos;s private entries.</source>
        <translation>Das ist die Passphrase der anderen Person. Wähle eine eigene: Mit derselben Passphrase könnte jede von euch die privaten Einträge der anderen öffnen.</translation>
    </message>
    <message>
        <source>Only %1 should see this screen now. %2, please look away.</source>
        <translation>Nur %1 sollte diesen Bildschirm jetzt sehen. %2, bitte schau weg.</translation>
    </message>
    <message>
        <source>Choose a passphrase that only you know.</source>
        <translation>Wähle eine Passphrase, die nur du kennst.</translation>
    </message>
</context>
<context>
    <name>tw::app::PathModel</name>
    <message>
        <source>on your own</source>
        <translation>allein</translation>
    </message>
    <message>
        <source>together</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>alone or together</source>
        <translation>allein oder gemeinsam</translation>
    </message>
    <message>
        <source>%1  (%2 of %3)</source>
        <translation>%1  (%2 von %3)</translation>
    </message>
    <message>
        <source>%1, %2 of %3 done</source>
        <translation>%1, %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>(%1 ✓)</source>
        <translation>(%1 ✓)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>overdue, was due %1</source>
        <translation>überfällig, war fällig am %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <extracomment>Path rows of exercises a therapist assigned; %1 is the title, %2 the due day.</extracomment>
        <translation>Aufgegeben: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <source>Due %2: %1</source>
        <translation>Fällig am %2: %1</translation>
    </message>
    <message>
        <source>%1  (%2 of %3, in English)</source>
        <extracomment>A path row of a module that has no translation yet; %1 is its English title.</extracomment>
        <translation>%1  (%2 von %3, auf Englisch)</translation>
    </message>
    <message>
        <source>%1, %2 of %3 done, not translated yet and shown in English</source>
        <translation>%1, %2 von %3 erledigt, noch nicht übersetzt und auf Englisch angezeigt</translation>
    </message>
    <message>
        <source>This module is not translated yet and is shown in English.</source>
        <translation>Dieses Modul ist noch nicht übersetzt und wird auf Englisch angezeigt.</translation>
    </message>
    <message>
        <source>%1 shared</source>
        <extracomment>A path row whose exercise holds an answer the partner shared; %1 is the partner&apos;s name.</extracomment>
        <translation>%1 hat geteilt</translation>
    </message>
    <message>
        <source>%1 shared an answer</source>
        <translation>%1 hat eine Antwort geteilt</translation>
    </message>
</context>
<context>
    <name>tw::app::PauseDialog</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Taking a break is a skill, not a failure.</source>
        <translation>Eine Pause zu machen ist eine Fähigkeit, kein Versagen.</translation>
    </message>
    <message>
        <source>Time to come back</source>
        <translation>Zeit zum Zurückkommen</translation>
    </message>
    <message>
        <source>We come back at</source>
        <translation>Wir kommen zurück um</translation>
    </message>
    <message>
        <source>Time left in the break</source>
        <translation>Verbleibende Zeit der Pause</translation>
    </message>
    <message>
        <source>I am ready to come back</source>
        <translation>Ich bin bereit zurückzukommen</translation>
    </message>
    <message>
        <source>End the pause</source>
        <translation>Pause beenden</translation>
    </message>
    <message>
        <source>It is time to come back, when you feel ready.</source>
        <translation>Es ist Zeit zurückzukommen, wenn du dich bereit fühlst.</translation>
    </message>
    <message numerus="yes">
        <source>When your heart races or your thoughts speed up, your body is on alarm. It needs at least %n minute(s) to settle, whatever you decide in the meantime.

- Tell your partner when you will come back, so the pause is not a door closing.
- Breathe out slowly, longer than you breathe in, ten times.
- Feel your feet on the floor; name five things you can see.
- Do something calm with your hands: a walk, washing up, a warm drink.
- Try not to rehearse the argument. If thoughts come back, notice them and return to your breath.</source>
        <translation>
            <numerusform>Wenn dein Herz rast oder deine Gedanken sich überschlagen, ist dein Körper in Alarmbereitschaft. Er braucht mindestens %n Minute, um sich zu beruhigen, was auch immer du in der Zwischenzeit entscheidest.

- Sag der anderen Person, wann du zurückkommst, damit die Pause keine zugeschlagene Tür ist.
- Atme langsam aus, länger als du einatmest, zehnmal.
- Spür deine Füße auf dem Boden; nenne fünf Dinge, die du siehst.
- Beschäftige deine Hände mit etwas Ruhigem: ein Spaziergang, Abwaschen, ein warmes Getränk.
- Versuch, den Streit nicht im Kopf durchzuspielen. Wenn Gedanken zurückkommen, bemerk sie und kehr zu deinem Atem zurück.</numerusform>
            <numerusform>Wenn dein Herz rast oder deine Gedanken sich überschlagen, ist dein Körper in Alarmbereitschaft. Er braucht mindestens %n Minuten, um sich zu beruhigen, was auch immer du in der Zwischenzeit entscheidest.

- Sag der anderen Person, wann du zurückkommst, damit die Pause keine zugeschlagene Tür ist.
- Atme langsam aus, länger als du einatmest, zehnmal.
- Spür deine Füße auf dem Boden; nenne fünf Dinge, die du siehst.
- Beschäftige deine Hände mit etwas Ruhigem: ein Spaziergang, Abwaschen, ein warmes Getränk.
- Versuch, den Streit nicht im Kopf durchzuspielen. Wenn Gedanken zurückkommen, bemerk sie und kehr zu deinem Atem zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) until you come back.</source>
        <translation>
            <numerusform>Noch %n Minute, bis du zurückkommst.</numerusform>
            <numerusform>Noch %n Minuten, bis du zurückkommst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::PrivacyPage</name>
    <message>
        <source>Private and shared</source>
        <translation>Privat und geteilt</translation>
    </message>
    <message>
        <source>Everything you write starts private: only you can read it, even though you share this computer.

When you choose, you can share an entry with your partner, and stop sharing it later. Some exercises ask you both to answer privately first; the answers appear side by side only when both of you have answered.

Next, each of you answers a short private safety check, one at a time, before any couple exercise. Your partner never sees your answers.

Press Pause whenever you need a break, and Quick exit (Ctrl+Shift+Q) to hide and lock at once.</source>
        <translation>Alles, was du schreibst, ist zuerst privat: Nur du kannst es lesen, auch wenn ihr diesen Computer teilt.

Wenn du willst, kannst du einen Eintrag mit der anderen Person teilen und das Teilen später wieder beenden. Bei manchen Übungen antwortet ihr beide zuerst privat; die Antworten erscheinen erst nebeneinander, wenn ihr beide geantwortet habt.

Als Nächstes beantwortet jede Person für sich einen kurzen privaten Sicherheitscheck, eine nach der anderen, vor jeder Paarübung. Die andere Person sieht deine Antworten nie.

Drück auf Pause, wann immer du eine Pause brauchst, und auf Schnellausstieg (Strg+Umschalt+Q), um alles sofort auszublenden und zu sperren.</translation>
    </message>
    <message>
        <source>Everything you write is private: only you can read it. If your partner joins later, they get a passphrase of their own and cannot read what you wrote privately; you choose, entry by entry, what to share with them.

Next comes a short private safety check. Nobody else sees your answers.

Press Pause whenever you need a break, and Quick exit (Ctrl+Shift+Q) to hide and lock at once.</source>
        <translation>Alles, was du schreibst, ist privat: Nur du kannst es lesen. Wenn die andere Person später dazukommt, bekommt sie eine eigene Passphrase und kann nicht lesen, was du privat geschrieben hast; du entscheidest Eintrag für Eintrag, was du mit ihr teilst.

Als Nächstes kommt ein kurzer privater Sicherheitscheck. Niemand sonst sieht deine Antworten.

Drücke Pause, wann immer du eine Unterbrechung brauchst, und Schnellausstieg (Strg+Umschalt+Q), um alles sofort zu verbergen und zu sperren.</translation>
    </message>
</context>
<context>
    <name>tw::app::ProgressView</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Trust comes back through small actions repeated over weeks. This is a record to look at together, not a score: there is nothing to win, and no pace is the right one.</source>
        <translation>Vertrauen kommt durch kleine Handlungen zurück, die sich über Wochen wiederholen. Das hier ist ein Überblick, den ihr gemeinsam anschauen könnt, keine Bewertung: Es gibt nichts zu gewinnen, und kein Tempo ist das richtige.</translation>
    </message>
    <message>
        <source>Progress sections</source>
        <translation>Bereiche des Fortschritts</translation>
    </message>
    <message>
        <source>Trust over weeks</source>
        <translation>Vertrauen über Wochen</translation>
    </message>
    <message>
        <source>Consistency record</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>For each week: how many small promises were due and how many were kept. Weeks with nothing due are fine, and a missed promise is part of an honest record, not a verdict.</source>
        <translation>Für jede Woche: wie viele kleine Zusagen fällig waren und wie viele eingehalten wurden. Wochen ohne fällige Zusagen sind in Ordnung, und eine nicht eingehaltene Zusage gehört zu einem ehrlichen Überblick, sie ist kein Urteil.</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Steps of the path</source>
        <translation>Schritte des Wegs</translation>
    </message>
    <message>
        <source>How many exercises of each step are marked done. For your partner this counts only exercises they marked done: never what they wrote, or when.</source>
        <translation>Wie viele Übungen jedes Schritts als erledigt markiert sind. Bei der anderen Person zählen nur Übungen, die sie als erledigt markiert hat: nie, was sie geschrieben hat oder wann.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Only you can see this page. Your partner never sees your trigger patterns, not even as numbers.</source>
        <translation>Nur du siehst diese Seite. Die andere Person sieht deine Auslöser-Muster nie, nicht einmal als Zahlen.</translation>
    </message>
    <message>
        <source>Triggers by weekday</source>
        <translation>Auslöser nach Wochentag</translation>
    </message>
    <message>
        <source>Which days your logged triggers came on. Knowing a hard day is coming helps you plan for it.</source>
        <translation>An welchen Tagen deine erfassten Auslöser kamen. Wer weiß, dass ein schwerer Tag kommt, kann sich darauf einstellen.</translation>
    </message>
    <message>
        <source>Triggers by time of day</source>
        <translation>Auslöser nach Tageszeit</translation>
    </message>
    <message>
        <source>Which part of the day your logged triggers came in.</source>
        <translation>Zu welcher Tageszeit deine erfassten Auslöser kamen.</translation>
    </message>
    <message>
        <source>My trigger patterns</source>
        <translation>Meine Auslöser-Muster</translation>
    </message>
    <message>
        <source>No check-ins yet. Each week you answer the trust thermometer, a point appears here, so you can see how trust moves over time rather than from one hard day.</source>
        <translation>Noch keine Check-ins. Jede Woche, in der du das Vertrauensthermometer ausfüllst, erscheint hier ein Punkt. So siehst du, wie sich Vertrauen über die Zeit bewegt, statt nur an einem schweren Tag.</translation>
    </message>
    <message>
        <source>%1&apos;s check-ins appear here only if they choose to share them.</source>
        <translation>Die Check-ins von %1 erscheinen hier nur, wenn %1 sie teilen möchte.</translation>
    </message>
    <message>
        <source>No commitments with a due day yet. Once you make small promises with a day to keep them, each week shows how many were due and how many were kept.</source>
        <translation>Noch keine Zusagen mit einem Fälligkeitstag. Sobald du kleine Zusagen mit einem Tag zum Einhalten machst, zeigt jede Woche, wie viele fällig waren und wie viele eingehalten wurden.</translation>
    </message>
    <message>
        <source>%1&apos;s commitments count here only when they share them.</source>
        <translation>Die Zusagen von %1 zählen hier nur, wenn %1 sie teilt.</translation>
    </message>
    <message>
        <source>The four steps appear here as you work through them.</source>
        <translation>Die vier Schritte erscheinen hier, sobald du sie durcharbeitest.</translation>
    </message>
    <message>
        <source>No triggers logged yet. When you use a trigger log, this shows which days and times of day they tend to come, so you can plan for them.</source>
        <translation>Noch keine Auslöser erfasst. Wenn du ein Auslöser-Tagebuch führst, zeigt dies, an welchen Tagen und zu welchen Tageszeiten sie meist kommen, damit du dich darauf einstellen kannst.</translation>
    </message>
    <message>
        <source>One trigger logged, intensity %1 of 10.</source>
        <translation>Ein Auslöser erfasst, Stärke %1 von 10.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>The average of each week&apos;s trust thermometer check-ins (0-10). Your own check-ins are always here; your partner&apos;s appear only if they share them, and then the dashed line shows the distance between you.</source>
        <translation>Der Durchschnitt der Check-ins mit dem Vertrauensthermometer in jeder Woche (0–10). Deine eigenen Check-ins sind immer hier; die der anderen Person erscheinen nur, wenn sie sie teilt, und dann zeigt die gestrichelte Linie den Abstand zwischen euch.</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) logged; on average, their intensity is %1 of 10.</source>
        <translation>
            <numerusform>%n Auslöser festgehalten, Stärke %1 von 10.</numerusform>
            <numerusform>%n Auslöser festgehalten; im Schnitt ist ihre Stärke %1 von 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::ReadyPage</name>
    <message>
        <source>Your workbook is ready</source>
        <translation>Euer Arbeitsbuch ist bereit</translation>
    </message>
    <message>
        <source>Who would like to start? The workbook opens for them now; the other can use Switch partner later.</source>
        <translation>Wer möchte anfangen? Das Arbeitsbuch öffnet sich jetzt für diese Person; die andere kann später „Person wechseln“ nutzen.</translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation>%1 fängt an</translation>
    </message>
</context>
<context>
    <name>tw::app::RecoveryCodePanel</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>In Datei &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Save my recovery code to a file</source>
        <translation>Meinen Wiederherstellungscode in einer Datei speichern</translation>
    </message>
    <message>
        <source>Print my recovery code</source>
        <translation>Meinen Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>Saving the code</source>
        <translation>Speichern des Codes</translation>
    </message>
    <message>
        <source>&amp;I have stored my recovery code where only I can reach it</source>
        <translation>&amp;Ich habe meinen Wiederherstellungscode dort aufbewahrt, wo nur ich hinkomme</translation>
    </message>
    <message>
        <source>Recovery code stored</source>
        <translation>Wiederherstellungscode aufbewahrt</translation>
    </message>
    <message>
        <source>Trustwork recovery code for %1. Keep it private: with it, anyone can open %1&apos;s private entries.</source>
        <translation>Trustwork-Wiederherstellungscode für %1. Halte ihn privat: Wer ihn hat, kann die privaten Einträge von %1 öffnen.</translation>
    </message>
    <message>
        <source>Save my recovery code</source>
        <translation>Meinen Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved. Keep the file where only you can reach it, or print it and delete the file.</source>
        <translation>Gespeichert. Bewahre die Datei dort auf, wo nur du hinkommst, oder drucke sie aus und lösche die Datei.</translation>
    </message>
    <message>
        <source>The code could not be saved there. Choose another place, or print it.</source>
        <translation>Der Code konnte dort nicht gespeichert werden. Wähle einen anderen Ort oder drucke ihn aus.</translation>
    </message>
    <message>
        <source>Printing is not available: a part of Trustwork is missing (%1). Save the code to a file instead, or write it down by hand.</source>
        <translation>Drucken ist nicht möglich: Ein Teil von Trustwork fehlt (%1). Speichere den Code stattdessen in einer Datei oder schreibe ihn von Hand ab.</translation>
    </message>
</context>
<context>
    <name>tw::app::RecoveryDialog</name>
    <message>
        <source>Use a recovery code</source>
        <translation>Einen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>%1, type the recovery code you kept when the workbook was set up, then choose a new passphrase. Nothing you wrote is lost.</source>
        <translation>%1, gib den Wiederherstellungscode ein, den du beim Einrichten des Arbeitsbuchs aufbewahrt hast, und wähle dann eine neue Passphrase. Nichts, was du geschrieben hast, geht verloren.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Wiederherstellungs&amp;code</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Recovery problem</source>
        <translation>Problem bei der Wiederherstellung</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Neue Passphrase setzen</translation>
    </message>
    <message>
        <source>Your new passphrase is set, and the code you used no longer works. This is your new recovery code, shown once: keep it somewhere private.</source>
        <translation>Deine neue Passphrase ist gesetzt, und der verwendete Code funktioniert nicht mehr. Das ist dein neuer Wiederherstellungscode, nur dieses eine Mal angezeigt: Bewahre ihn an einem privaten Ort auf.</translation>
    </message>
</context>
<context>
    <name>tw::app::RestoreDialog</name>
    <message>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>backup made by hand</source>
        <translation>von Hand gemachte Sicherung</translation>
    </message>
    <message>
        <source>copy made before a restore</source>
        <translation>Kopie vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>copy made before an update</source>
        <translation>Kopie vor einem Update</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A backup replaces the whole workbook, for both of you, with the copy made at that time. Anything written since is not in it; the current files are kept as a copy first. Your partner is told who restored which backup when they next open Trustwork.</source>
        <translation>Eine Sicherung ersetzt das ganze Arbeitsbuch, für euch beide, durch die Kopie von damals. Was seitdem geschrieben wurde, ist nicht darin; die jetzigen Dateien werden vorher als Kopie aufbewahrt. Die andere Person erfährt beim nächsten Öffnen von Trustwork, wer welche Sicherung wiederhergestellt hat.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>Also show the copies Trustwork made &amp;before a restore or an update</source>
        <translation>Auch die Kopien zeigen, die Trustwork &amp;vor einer Wiederherstellung oder einem Update gemacht hat</translation>
    </message>
    <message>
        <source>Show copies made before a restore or an update</source>
        <translation>Kopien vor einer Wiederherstellung oder einem Update zeigen</translation>
    </message>
    <message>
        <source>These copies are not signed by either of you, so nothing shows who made them.</source>
        <translation>Diese Kopien sind von keinem von euch signiert, daher zeigt nichts, wer sie gemacht hat.</translation>
    </message>
    <message>
        <source>Who is restoring</source>
        <translation>Wer stellt wieder her</translation>
    </message>
    <message>
        <source>&amp;I am</source>
        <translation>&amp;Ich bin</translation>
    </message>
    <message>
        <source>Passphrase as it was when the backup was made</source>
        <translation>Passphrase, wie sie war, als die Sicherung gemacht wurde</translation>
    </message>
    <message>
        <source>My &amp;passphrase at the time</source>
        <translation>Meine &amp;Passphrase von damals</translation>
    </message>
    <message>
        <source>Restore problem</source>
        <translation>Problem beim Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring, please wait</source>
        <translation>Wird wiederhergestellt, bitte warten</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>by one of you</source>
        <translation>von einem von euch</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <extracomment>A backup in the list: &quot;2 Dec 2026 at 09:12 - daily backup, by Alex&quot;.</extracomment>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The workbook goes back to %1, for both of you. Anything written since is not in that backup.</source>
        <translation>Das Arbeitsbuch geht für euch beide auf den Stand vom %1 zurück. Was seitdem geschrieben wurde, ist nicht in dieser Sicherung.</translation>
    </message>
</context>
<context>
    <name>tw::app::RevealEditor</name>
    <message>
        <source>Your answer is saved privately as you write. When it says what you mean, choose “My answer is ready”. If your partner joins this workbook later and answers too, you will see your answers side by side.</source>
        <translation>Deine Antwort wird beim Schreiben privat gespeichert. Wenn sie sagt, was du meinst, wähle „Meine Antwort ist fertig“. Wenn deine Partnerin oder dein Partner später in dieses Arbeitsbuch einsteigt und auch antwortet, seht ihr eure Antworten nebeneinander.</translation>
    </message>
    <message>
        <source>Your answer is saved privately as you write; %1 cannot read it. When you choose “My answer is ready”, %1 can see that you have answered, but not what, until %1’s answer is ready too. Then you each see both answers, side by side. There is no share button here: that is the sharing.</source>
        <translation>Deine Antwort wird beim Schreiben privat gespeichert; %1 kann sie nicht lesen. Wenn du „Meine Antwort ist fertig“ wählst, sieht %1, dass du geantwortet hast, aber nicht was, bis auch die Antwort von %1 fertig ist. Dann seht ihr beide beide Antworten nebeneinander. Hier gibt es keinen Teilen-Knopf: Das ist das Teilen.</translation>
    </message>
    <message>
        <source>My answer is ready</source>
        <translation>Meine Antwort ist fertig</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Where this exercise stands</source>
        <translation>Wo diese Übung steht</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is still here; Trustwork will try again when you type.</source>
        <translation>Nicht gespeichert: %1 Dein Text ist noch da; Trustwork versucht es erneut, sobald du tippst.</translation>
    </message>
    <message>
        <source>Your answer could not be read: %1</source>
        <translation>Deine Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Draft saved. Only you can read it until you choose “My answer is ready”.</source>
        <translation>Entwurf gespeichert. Nur du kannst ihn lesen, bis du „Meine Antwort ist fertig“ wählst.</translation>
    </message>
    <message>
        <source>Nothing saved yet.</source>
        <translation>Noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Write something first; an empty answer cannot be shown.</source>
        <translation>Schreib zuerst etwas; eine leere Antwort kann nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Nicht gespeichert: %1 Dein Text ist noch da.</translation>
    </message>
    <message>
        <source>Could not check your partner&apos;s answer: %1</source>
        <translation>Die Antwort der anderen Person konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Nobody else answers until your partner joins this workbook.</source>
        <translation>Niemand sonst antwortet, bis deine Partnerin oder dein Partner in dieses Arbeitsbuch einsteigt.</translation>
    </message>
    <message>
        <source>%1 has answered; their answer appears once yours is ready too.</source>
        <translation>%1 hat geantwortet; die Antwort erscheint, sobald deine auch fertig ist.</translation>
    </message>
    <message>
        <source>%1 has not answered yet. Your answer stays private until they have.</source>
        <translation>%1 hat noch nicht geantwortet. Deine Antwort bleibt privat, bis das geschehen ist.</translation>
    </message>
    <message>
        <source>%1 has not answered yet.</source>
        <translation>%1 hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>%1&apos;s answer</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Nichts geschrieben.</translation>
    </message>
    <message>
        <source>While you are both here, answers show only once you have both given yours. To write or change yours, end together time and open this exercise on your own.</source>
        <translation>Solange ihr beide hier seid, erscheinen Antworten erst, wenn ihr beide eure gegeben habt. Um deine zu schreiben oder zu ändern, beende die gemeinsame Zeit und öffne diese Übung allein.</translation>
    </message>
    <message>
        <source>You have both answered. Here are your answers side by side, as you each gave them. If you change yours now, %1 sees the change too, marked as edited after the reveal.</source>
        <translation>Ihr habt beide geantwortet. Hier stehen eure Antworten nebeneinander, so wie ihr sie gegeben habt. Wenn du deine jetzt änderst, sieht %1 die Änderung auch, gekennzeichnet als nach der Gegenüberstellung geändert.</translation>
    </message>
    <message>
        <source>You have both answered. %1&apos;s answer appears here once %1 has opened Trustwork again, or when you are both here.</source>
        <translation>Ihr habt beide geantwortet. Die Antwort von %1 erscheint hier, sobald %1 Trustwork wieder geöffnet hat oder wenn ihr beide hier seid.</translation>
    </message>
    <message>
        <source>Changed after seeing yours</source>
        <translation>Geändert, nachdem deine zu sehen war</translation>
    </message>
    <message>
        <source>%1 changed their answer after yours could be read.</source>
        <translation>%1 hat die eigene Antwort geändert, nachdem deine lesbar war.</translation>
    </message>
    <message>
        <source>Edited after the reveal:</source>
        <translation>Nach der Gegenüberstellung geändert:</translation>
    </message>
    <message>
        <source>%1, edited after the reveal</source>
        <translation>%1, nach der Gegenüberstellung geändert</translation>
    </message>
</context>
<context>
    <name>tw::app::RewriteEditor</name>
    <message>
        <source>How to rewrite</source>
        <translation>So formulierst du um</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Du bist dran</translation>
    </message>
    <message>
        <source>Write it as it would come out on a bad day; nobody else reads it. Then find a gentler way to say the same thing.</source>
        <translation>Schreib es so auf, wie es an einem schlechten Tag herauskäme; niemand sonst liest es. Dann such eine sanftere Art, dasselbe zu sagen.</translation>
    </message>
    <message>
        <source>Write it as it would come out on a bad day; nobody else reads it unless you share it. Then find a gentler way to say the same thing.</source>
        <translation>Schreib es so auf, wie es an einem schlechten Tag herauskäme; niemand sonst liest es, solange du es nicht teilst. Dann such eine sanftere Art, dasselbe zu sagen.</translation>
    </message>
    <message>
        <source>What I might say when hurt</source>
        <translation>Was ich sagen könnte, wenn ich verletzt bin</translation>
    </message>
    <message>
        <source>The sentence as it would come out</source>
        <translation>Der Satz, wie er herauskäme</translation>
    </message>
    <message>
        <source>A gentler way to say it</source>
        <translation>Eine sanftere Art, es zu sagen</translation>
    </message>
    <message>
        <source>I feel … about … and I would like …</source>
        <translation>Ich fühle mich …, wenn …, und ich wünsche mir …</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Instead of: “%1”</source>
        <translation>Statt: „%1“</translation>
    </message>
    <message>
        <source>Try: “%1”</source>
        <translation>Versuch: „%1“</translation>
    </message>
</context>
<context>
    <name>tw::app::SafetyCheckEditor</name>
    <message>
        <source>Not saved yet. Nothing is kept until you choose “Save my answers privately”.</source>
        <translation>Noch nicht gespeichert. Nichts wird aufbewahrt, bis du „Meine Antworten privat speichern“ wählst.</translation>
    </message>
    <message>
        <source>Only you can read these answers. Your partner never sees them and is not told whether you ticked anything, or nothing at all.</source>
        <translation>Nur du kannst diese Antworten lesen. Die andere Person sieht sie nie und erfährt auch nicht, ob du etwas angekreuzt hast oder gar nichts.</translation>
    </message>
    <message>
        <source>Save my answers privately</source>
        <translation>Meine Antworten privat speichern</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Saved privately on %1. You can change your answers whenever things change.</source>
        <translation>Am %1 privat gespeichert. Du kannst deine Antworten jederzeit ändern, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>Not answered yet. Nothing is kept until you choose to save.</source>
        <translation>Noch nicht beantwortet. Nichts wird aufbewahrt, bis du speicherst.</translation>
    </message>
    <message>
        <source>Your earlier answers could not be read: %1</source>
        <translation>Deine früheren Antworten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>What your answers mean</source>
        <translation>Was deine Antworten bedeuten</translation>
    </message>
    <message>
        <source>Thank you for answering honestly. When there is fear, threats, control or harm in a relationship, couple exercises are not the right tool for now. Your safety comes first.</source>
        <translation>Danke, dass du ehrlich geantwortet hast. Wenn es in einer Beziehung Angst, Drohungen, Kontrolle oder Gewalt gibt, sind Paarübungen im Moment nicht das richtige Werkzeug. Deine Sicherheit geht vor.</translation>
    </message>
    <message>
        <source>Your partner has not been told about this check or your answers, and will not be.</source>
        <translation>Die andere Person hat von diesem Check und deinen Antworten nichts erfahren und wird auch nichts erfahren.</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Saved privately.</source>
        <translation>Privat gespeichert.</translation>
    </message>
    <message>
        <source>Saved privately. Thank you. You can come back to this check whenever things change.</source>
        <translation>Privat gespeichert. Danke. Du kannst jederzeit zu diesem Check zurückkommen, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your ticks are still here; please try again.</source>
        <translation>Nicht gespeichert: %1 Deine Häkchen sind noch da; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Home and the path look the same as before, so nobody can tell from them. Start with the exercises you do on your own; couple exercises can wait.</source>
        <translation>Übersicht und Weg sehen aus wie vorher, niemand kann daran etwas erkennen. Beginne mit den Übungen für dich allein; Paarübungen können warten.</translation>
    </message>
</context>
<context>
    <name>tw::app::SafetyCheckPanel</name>
    <message>
        <source>Your answers are saved privately when you press Next.</source>
        <translation>Deine Antworten werden privat gespeichert, wenn du auf Weiter drückst.</translation>
    </message>
</context>
<context>
    <name>tw::app::SafetyPage</name>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>A private check for %1</source>
        <translation>Ein privater Check für %1</translation>
    </message>
    <message>
        <source>Nobody else sees what you answer here.</source>
        <translation>Niemand sonst sieht, was du hier antwortest.</translation>
    </message>
    <message>
        <source>Only %1 should see this screen now. %2, please look away: you are never told what %1 answers.</source>
        <translation>Nur %1 sollte diesen Bildschirm jetzt sehen. %2, bitte schau weg: Du erfährst nie, was %1 antwortet.</translation>
    </message>
</context>
<context>
    <name>tw::app::ScaleEditor</name>
    <message>
        <source>Move each slider with the arrow keys or the mouse. Only the items you rate are saved.</source>
        <translation>Bewege jeden Schieberegler mit den Pfeiltasten oder der Maus. Gespeichert werden nur die Punkte, die du bewertest.</translation>
    </message>
    <message>
        <source>0: %1</source>
        <translation>0: %1</translation>
    </message>
    <message>
        <source>10: %1</source>
        <translation>10: %1</translation>
    </message>
    <message>
        <source>0 means %1; 10 means %2.</source>
        <translation>0 bedeutet %1; 10 bedeutet %2.</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Not rated yet. %1</source>
        <translation>Noch nicht bewertet. %1</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Rated %1 of 10. %2</source>
        <translation>Bewertet mit %1 von 10. %2</translation>
    </message>
</context>
<context>
    <name>tw::app::SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Searches your own entries, private or shared, and what your partner shared with you. It happens in memory on this computer; nothing is stored.</source>
        <translation>Durchsucht deine eigenen Einträge, private und geteilte, und das, was die andere Person mit dir geteilt hat. Die Suche läuft im Arbeitsspeicher dieses Computers; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Gesuchte Wörter</translation>
    </message>
    <message>
        <source>Search your workbook</source>
        <translation>Dein Arbeitsbuch durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search results; press Enter to open one</source>
        <translation>Suchergebnisse; mit Eingabe eines öffnen</translation>
    </message>
    <message>
        <source>Type a word or two. Every word has to appear in an entry for it to be found.</source>
        <translation>Gib ein oder zwei Wörter ein. Jedes Wort muss in einem Eintrag vorkommen, damit er gefunden wird.</translation>
    </message>
    <message>
        <source>Nothing found. Your partner&apos;s private entries are never searched.</source>
        <translation>Nichts gefunden. Die privaten Einträge der anderen Person werden nie durchsucht.</translation>
    </message>
    <message>
        <source>One entry found.</source>
        <translation>Ein Eintrag gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries found; add a word to narrow it down.</source>
        <translation>
            <numerusform>%n Eintrag gefunden (der neueste); ein weiteres Wort grenzt die Suche ein.</numerusform>
            <numerusform>Die neuesten %n gefundenen Einträge; ein weiteres Wort grenzt die Suche ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n Eintrag gefunden.</numerusform>
            <numerusform>%n Einträge gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::SearchResultsModel</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared by you</source>
        <translation>Von dir geteilt</translation>
    </message>
    <message>
        <source>Shared by %1</source>
        <translation>Geteilt von %1</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Private or shared</source>
        <translation>Privat oder geteilt</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
</context>
<context>
    <name>tw::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Sperren nach Inaktivität von</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications for reminders</source>
        <translation>&amp;Desktop-Benachrichtigungen für Erinnerungen</translation>
    </message>
    <message>
        <source>Desktop notifications for reminders</source>
        <translation>Desktop-Benachrichtigungen für Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders always show on Home. A desktop notification says only that a reminder is waiting, but anyone near the screen can see it.</source>
        <translation>Erinnerungen erscheinen immer auf der Übersicht. Eine Desktop-Benachrichtigung sagt nur, dass eine Erinnerung wartet, aber jede Person in der Nähe des Bildschirms kann sie sehen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sprac&amp;he</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Trustwork starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Trustwork.</translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation>Nur für %1</translation>
    </message>
    <message>
        <source>Only for the partner who unlocks</source>
        <translation>Nur für die Person, die entsperrt</translation>
    </message>
    <message>
        <source>Kept in your private space: your partner can neither see nor change these.</source>
        <translation>In deinem privaten Bereich gespeichert: Die andere Person kann sie weder sehen noch ändern.</translation>
    </message>
    <message>
        <source>Unlock to change the settings that are only yours.</source>
        <translation>Entsperre, um die Einstellungen zu ändern, die nur dir gehören.</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>Meine Passphrase &amp;ändern …</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
        <source>Someone may &amp;know my passphrase…</source>
        <translation>Jemand &amp;kennt vielleicht meine Passphrase …</translation>
    </message>
    <message>
        <source>Someone may know my passphrase</source>
        <translation>Jemand kennt vielleicht meine Passphrase</translation>
    </message>
    <message>
        <source>Choose a new passphrase and get new keys, so the old passphrase and recovery code open nothing you write from now on.</source>
        <translation>Wähle eine neue Passphrase und bekomm neue Schlüssel, damit die alte Passphrase und der alte Wiederherstellungscode nichts mehr öffnen, was du ab jetzt schreibst.</translation>
    </message>
    <message>
        <source>How Trustwork looks on this computer</source>
        <translation>Wie Trustwork auf diesem Computer aussieht</translation>
    </message>
    <message>
        <source>De&amp;vices and sync folder…</source>
        <translation>Geräte und S&amp;ync-Ordner …</translation>
    </message>
    <message>
        <source>Devices and sync folder</source>
        <translation>Geräte und Sync-Ordner</translation>
    </message>
    <message>
        <source>Use this workbook on more than one computer, through a folder a sync tool keeps in step.</source>
        <translation>Dieses Arbeitsbuch auf mehr als einem Computer nutzen, über einen Ordner, den ein Sync-Programm abgleicht.</translation>
    </message>
</context>
<context>
    <name>tw::app::SetupCodePage</name>
    <message>
        <source>If you ever forget your passphrase, this code lets you choose a new one. It is shown only now and only to you. Anyone who has it can open your private entries, so keep it where nobody else can reach it: print it or write it down and keep it somewhere private.</source>
        <translation>Falls du deine Passphrase einmal vergisst, kannst du mit diesem Code eine neue wählen. Er wird nur jetzt und nur dir gezeigt. Wer ihn hat, kann deine privaten Einträge öffnen, also bewahre ihn dort auf, wo niemand sonst hinkommt: Drucke ihn aus oder schreib ihn auf und leg ihn an einen privaten Ort.</translation>
    </message>
    <message>
        <source>%1&apos;s recovery code</source>
        <translation>Wiederherstellungscode von %1</translation>
    </message>
    <message>
        <source>Only %1 should see this screen now. %2, please look away.</source>
        <translation>Nur %1 sollte diesen Bildschirm jetzt sehen. %2, bitte schau weg.</translation>
    </message>
    <message>
        <source>Keep it where only you can reach it.</source>
        <translation>Bewahre ihn dort auf, wo nur du hinkommst.</translation>
    </message>
</context>
<context>
    <name>tw::app::SetupWizard</name>
    <message>
        <source>Set up Trustwork</source>
        <translation>Trustwork einrichten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>tw::app::SharePreviewDialog</name>
    <message>
        <source>Update what %1 sees</source>
        <translation>Aktualisieren, was %1 sieht</translation>
    </message>
    <message>
        <source>Share with %1</source>
        <translation>Mit %1 teilen</translation>
    </message>
    <message>
        <source>%1 will see your changes</source>
        <translation>%1 wird deine Änderungen sehen</translation>
    </message>
    <message>
        <source>This is what %1 will see</source>
        <translation>Das wird %1 sehen</translation>
    </message>
    <message>
        <source>Read it through once. From now on %1 sees this version instead of the one you shared before.</source>
        <translation>Lies es einmal durch. Ab jetzt sieht %1 diese Fassung statt der, die du vorher geteilt hast.</translation>
    </message>
    <message>
        <source>Read it through once. %1 sees exactly this, with your name and the day you wrote it. You can stop sharing later, but %1 may remember what they read.</source>
        <translation>Lies es einmal durch. %1 sieht genau das, mit deinem Namen und dem Tag, an dem du es geschrieben hast. Du kannst das Teilen später beenden, aber %1 erinnert sich vielleicht an das Gelesene.</translation>
    </message>
    <message>
        <source>What %1 will read</source>
        <translation>Was %1 lesen wird</translation>
    </message>
    <message>
        <source>Never shared</source>
        <translation>Wird nie geteilt</translation>
    </message>
    <message>
        <source>Your answers to these stay with you: this exercise keeps them for you alone.</source>
        <translation>Deine Antworten darauf bleiben bei dir: Diese Übung bewahrt sie nur für dich auf.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>tw::app::SharedAnswerCard</name>
    <message>
        <source>Nothing written.</source>
        <translation>Nichts geschrieben.</translation>
    </message>
    <message>
        <source>Shared by %1, written %2, changed %3</source>
        <translation>Von %1 geteilt, geschrieben am %2, geändert am %3</translation>
    </message>
    <message>
        <source>Shared by %1, written %2</source>
        <translation>Von %1 geteilt, geschrieben am %2</translation>
    </message>
</context>
<context>
    <name>tw::app::StepJourney</name>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>A step&apos;s progress on Home, e.g. &quot;You: 3 of 8&quot; or &quot;Sam: 2 of 8&quot;.</extracomment>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>The four steps</source>
        <translation>Die vier Schritte</translation>
    </message>
    <message>
        <source>%1 · You are here</source>
        <translation>%1 · Hier bist du</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: you have done %3 of %n exercise(s)</source>
        <translation>
            <numerusform>%1, %2: du hast %3 von %n Übung erledigt</numerusform>
            <numerusform>%1, %2: du hast %3 von %n Übungen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 has done %2</source>
        <translation>; %1 hat %2 erledigt</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Noch einmal ansehen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open %1: %2</source>
        <translation>%1 öffnen: %2</translation>
    </message>
</context>
<context>
    <name>tw::app::SyncController</name>
    <message>
        <source>Choose a folder first.</source>
        <translation>Wähle zuerst einen Ordner.</translation>
    </message>
    <message>
        <source>This folder holds the workbook itself. A sync tool would copy the live workbook and its journal apart, which can lose writing. Choose a folder of its own, outside %1.</source>
        <translation>Dieser Ordner enthält das Arbeitsbuch selbst. Ein Sync-Programm würde das offene Arbeitsbuch und sein Journal getrennt kopieren, und dabei kann Geschriebenes verloren gehen. Wähle einen eigenen Ordner außerhalb von %1.</translation>
    </message>
    <message>
        <source>This folder is inside the workbook&apos;s own folder. Choose a folder of its own, outside %1.</source>
        <translation>Dieser Ordner liegt im Ordner des Arbeitsbuchs. Wähle einen eigenen Ordner außerhalb von %1.</translation>
    </message>
    <message>
        <source>The workbook&apos;s own folder %1 is inside a folder that a sync tool manages. A sync tool copies a live workbook and its journal apart, which can lose writing. Move the workbook&apos;s folder out of it; Trustwork then syncs through a folder of its own.</source>
        <translation>Der Ordner des Arbeitsbuchs, %1, liegt in einem Ordner, den ein Sync-Programm verwaltet. Ein Sync-Programm kopiert ein offenes Arbeitsbuch und sein Journal getrennt, und dabei kann Geschriebenes verloren gehen. Verschiebe den Ordner des Arbeitsbuchs dort heraus; Trustwork gleicht dann über einen eigenen Ordner ab.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the sync.</source>
        <translation>Ein unerwarteter Fehler hat den Abgleich angehalten.</translation>
    </message>
</context>
<context>
    <name>tw::app::SyncStatusLine</name>
    <message>
        <source>Sync status</source>
        <translation>Stand des Abgleichs</translation>
    </message>
    <message>
        <source>Sync needs your attention</source>
        <translation>Der Abgleich braucht deine Aufmerksamkeit</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Geräte …</translation>
    </message>
    <message>
        <source>Devices and sync folder</source>
        <translation>Geräte und Sync-Ordner</translation>
    </message>
    <message>
        <source>The sync folder, Sync now, and the devices of this workbook</source>
        <translation>Der Sync-Ordner, Jetzt abgleichen und die Geräte dieses Arbeitsbuchs</translation>
    </message>
</context>
<context>
    <name>tw::app::TogetherAnswerView</name>
    <message>
        <source>While you are both here, only what you have shared shows. Private answers stay hidden.</source>
        <translation>Solange ihr beide hier seid, erscheint nur, was ihr geteilt habt. Private Antworten bleiben verborgen.</translation>
    </message>
    <message>
        <source>Nothing has been shared here yet. Each of you can share your answer later, on your own.</source>
        <translation>Hier wurde noch nichts geteilt. Jede und jeder von euch kann die eigene Antwort später allein teilen.</translation>
    </message>
</context>
<context>
    <name>tw::app::TogetherMode</name>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase stimmt nicht. Prüfe die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Could not open your side of the workbook: %1</source>
        <translation>Deine Seite des Arbeitsbuchs ließ sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>tw::app::UnlockNoticeBar</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>&quot;1 Dec 2026 at 22:14&quot;: %1 is the day, %2 the time.</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Last time you were here: %1.</source>
        <translation>Zuletzt warst du hier: %1.</translation>
    </message>
    <message>
        <source>1 of your entries was changed or removed outside Trustwork on or after %1. Trustwork has put back your own version.</source>
        <translation>1 deiner Einträge wurde am %1 oder danach außerhalb von Trustwork geändert oder entfernt. Trustwork hat deine eigene Fassung zurückgeholt.</translation>
    </message>
    <message>
        <source>%1 of your entries were changed or removed outside Trustwork on or after %2. Trustwork has put back your own versions.</source>
        <translation>%1 deiner Einträge wurden am %2 oder danach außerhalb von Trustwork geändert oder entfernt. Trustwork hat deine eigenen Fassungen zurückgeholt.</translation>
    </message>
    <message>
        <source>1 of your entries was changed or removed outside Trustwork. Trustwork has put back your own version.</source>
        <translation>1 deiner Einträge wurde außerhalb von Trustwork geändert oder entfernt. Trustwork hat deine eigene Fassung zurückgeholt.</translation>
    </message>
    <message>
        <source>%1 of your entries were changed or removed outside Trustwork. Trustwork has put back your own versions.</source>
        <translation>%1 deiner Einträge wurden außerhalb von Trustwork geändert oder entfernt. Trustwork hat deine eigenen Fassungen zurückgeholt.</translation>
    </message>
    <message>
        <source>Your private entries were replaced by an older copy outside Trustwork, so some of what you wrote recently is missing. If you have a newer backup, you can restore it from the unlock screen.</source>
        <translation>Deine privaten Einträge wurden außerhalb von Trustwork durch eine ältere Kopie ersetzt, deshalb fehlt manches, was du zuletzt geschrieben hast. Wenn du eine neuere Sicherung hast, kannst du sie auf dem Entsperr-Bildschirm wiederherstellen.</translation>
    </message>
    <message>
        <source>The shared part of this workbook was replaced by an older copy outside Trustwork. Shared entries written since then may be missing.</source>
        <translation>Der gemeinsame Teil dieses Arbeitsbuchs wurde außerhalb von Trustwork durch eine ältere Kopie ersetzt. Geteilte Einträge, die seitdem geschrieben wurden, fehlen vielleicht.</translation>
    </message>
    <message>
        <source>1 entry in %1&apos;s name was not written by %1 in Trustwork, so it is not shown.</source>
        <translation>1 Eintrag im Namen von %1 wurde nicht von %1 in Trustwork geschrieben und wird deshalb nicht gezeigt.</translation>
    </message>
    <message>
        <source>%1 entries in %2&apos;s name were not written by %2 in Trustwork, so they are not shown.</source>
        <translation>%1 Einträge im Namen von %2 wurden nicht von %2 in Trustwork geschrieben und werden deshalb nicht gezeigt.</translation>
    </message>
    <message>
        <source>%1&apos;s key in this workbook is not the one Trustwork knew, so %1&apos;s entries are not shown for now. Ask %1 to open Trustwork; if this stays, restore a backup.</source>
        <translation>Der Schlüssel von %1 in diesem Arbeitsbuch ist nicht der, den Trustwork kannte, deshalb werden die Einträge von %1 vorerst nicht gezeigt. Bitte %1, Trustwork zu öffnen; wenn es so bleibt, stellt eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 restored the backup from %2, on %3. Anything written after that backup was made is not in it.</source>
        <translation>%1 hat am %3 die Sicherung vom %2 wiederhergestellt. Was nach dieser Sicherung geschrieben wurde, ist nicht darin.</translation>
    </message>
    <message>
        <source>Since you were last here</source>
        <translation>Seit du zuletzt hier warst</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close these notes</source>
        <translation>Diese Hinweise schließen</translation>
    </message>
    <message>
        <source>A content pack “%1” was added. Use it?</source>
        <translation>Ein Inhaltspaket „%1“ wurde hinzugefügt. Möchtest du es nutzen?</translation>
    </message>
    <message>
        <source>A content pack “%1” by %2 was added. Use it?</source>
        <translation>Ein Inhaltspaket „%1“ von %2 wurde hinzugefügt. Möchtest du es nutzen?</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Use the pack %1</source>
        <translation>Das Paket %1 nutzen</translation>
    </message>
    <message>
        <source>Do not use it</source>
        <translation>Nicht nutzen</translation>
    </message>
    <message>
        <source>Do not use the pack %1</source>
        <translation>Das Paket %1 nicht nutzen</translation>
    </message>
    <message>
        <source>“%1” is now in your path.</source>
        <translation>„%1“ ist jetzt in deinem Weg.</translation>
    </message>
    <message>
        <source>“%1” is not used. If it changes, Trustwork asks again.</source>
        <translation>„%1“ wird nicht genutzt. Wenn es sich ändert, fragt Trustwork noch einmal.</translation>
    </message>
</context>
<context>
    <name>tw::app::UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Who is using Trustwork now?</source>
        <translation>Wer nutzt Trustwork gerade?</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation>Wird entsperrt, bitte warten</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>I &amp;forgot my passphrase</source>
        <translation>Passphrase &amp;vergessen</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use a recovery code</source>
        <translation>Passphrase vergessen: einen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Your partner cannot read your private entries, even on this computer.</source>
        <translation>Die andere Person kann deine privaten Einträge nicht lesen, auch nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Ich bin %1</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase stimmt nicht. Prüfe die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The workbook file is damaged, so it cannot be opened. Your latest backup can replace it; the damaged file is kept as a backup too.</source>
        <translation>Die Arbeitsbuch-Datei ist beschädigt und kann nicht geöffnet werden. Deine letzte Sicherung kann sie ersetzen; die beschädigte Datei wird ebenfalls als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>This workbook was saved by a newer version of Trustwork. Install that version to open it. Nothing was changed.</source>
        <translation>Dieses Arbeitsbuch wurde mit einer neueren Version von Trustwork gespeichert. Installiere diese Version, um es zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Eine Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore a backup after this problem</source>
        <translation>Nach diesem Problem eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Eine Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock to go on.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Entsperre, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>tw::app::Workspace</name>
    <message>
        <source>&amp;Home</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>F&amp;ortschritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>The path: modules and exercises</source>
        <translation>Der Weg: Module und Übungen</translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::AssignmentBuilder</name>
    <message>
        <source>New assignment</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Paar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Use template</source>
        <translation>Vorlage &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the chosen template</source>
        <translation>Die gewählte Vorlage verwenden</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Vor&amp;lage</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Modules and exercises to assign</source>
        <translation>Module und Übungen zum Aufgeben</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 (pack %2)</source>
        <extracomment>A module from the therapist&apos;s own content pack; %2 is the pack&apos;s id.</extracomment>
        <translation>%1 (Paket %2)</translation>
    </message>
    <message>
        <source>Choose an exercise to give it a due date and a note.</source>
        <translation>Wähle eine Übung, um ihr ein Fälligkeitsdatum und eine Notiz zu geben.</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Note for this exercise</source>
        <translation>Notiz zu dieser Übung</translation>
    </message>
    <message>
        <source>N&amp;ote for this exercise</source>
        <translation>N&amp;otiz zu dieser Übung</translation>
    </message>
    <message>
        <source>Note for the whole assignment</source>
        <translation>Notiz zur ganzen Aufgabe</translation>
    </message>
    <message>
        <source>Note for the &amp;whole assignment</source>
        <translation>Notiz zur &amp;ganzen Aufgabe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save assignment…</source>
        <translation>Aufgabe &amp;speichern …</translation>
    </message>
    <message>
        <source>Save assignment</source>
        <translation>Aufgabe speichern</translation>
    </message>
    <message>
        <source>Keep as te&amp;mplate…</source>
        <translation>Als Vorla&amp;ge behalten …</translation>
    </message>
    <message>
        <source>Keep as template</source>
        <translation>Als Vorlage behalten</translation>
    </message>
    <message>
        <source>Due date and note for &quot;%1&quot;</source>
        <translation>Fälligkeitsdatum und Notiz für „%1“</translation>
    </message>
    <message>
        <source>Add a client first: an assignment is for one client.</source>
        <translation>Füge zuerst ein Paar hinzu: Eine Aufgabe gilt für ein Paar.</translation>
    </message>
    <message>
        <source>Tick at least one exercise to assign.</source>
        <translation>Kreuze mindestens eine Übung zum Aufgeben an.</translation>
    </message>
    <message>
        <source>A template needs a name and at least one ticked exercise.</source>
        <translation>Eine Vorlage braucht einen Namen und mindestens eine angekreuzte Übung.</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Save the assignment</source>
        <translation>Die Aufgabe speichern</translation>
    </message>
    <message>
        <source>Trustwork assignments (*.twassign)</source>
        <translation>Trustwork-Aufgaben (*.twassign)</translation>
    </message>
    <message>
        <source>Assignment saved</source>
        <translation>Aufgabe gespeichert</translation>
    </message>
    <message>
        <source>The assignment is signed and saved. Send the file to the couple any way you like; they check your fingerprint the first time they import one.</source>
        <translation>Die Aufgabe ist signiert und gespeichert. Schick die Datei dem Paar auf einem Weg deiner Wahl; beim ersten Import prüft es deinen Fingerabdruck.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Anyone who has the file can read it; your signature shows it comes from you. Keep notes free of anything private.</source>
        <translation>Wer die Datei hat, kann sie lesen; deine Signatur zeigt, dass sie von dir kommt. Schreib nichts Privates in die Notizen.</translation>
    </message>
    <message>
        <source>“%1” is due on %2, which has already passed. Choose a later day, or no due date.</source>
        <translation>„%1“ ist am %2 fällig, und dieser Tag ist schon vorbei. Wähle einen späteren Tag oder kein Fälligkeitsdatum.</translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::ClientPanel</name>
    <message>
        <source>Client details</source>
        <translation>Details zum Paar</translation>
    </message>
    <message>
        <source>Assigned exercise</source>
        <translation>Aufgegebene Übung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done, per partner</source>
        <translation>Erledigt, je Person</translation>
    </message>
    <message>
        <source>Assignments with completion per partner</source>
        <translation>Aufgaben mit Erledigung je Person</translation>
    </message>
    <message>
        <source>Partner and check-in</source>
        <translation>Person und Check-in</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Latest week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Check-in trends</source>
        <translation>Check-in-Verläufe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Geteilt oder privat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Entries by date</source>
        <translation>Einträge nach Datum</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Imported reports</source>
        <translation>Importierte Berichte</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>Check-in &amp;trends</source>
        <translation>Check-in-&amp;Verläufe</translation>
    </message>
    <message>
        <source>&amp;Entries by date</source>
        <translation>&amp;Einträge nach Datum</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>No client chosen</source>
        <translation>Kein Paar gewählt</translation>
    </message>
    <message>
        <source>Add a client, or choose one on the left.</source>
        <translation>Füge ein Paar hinzu oder wähle links eines aus.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: not done</source>
        <translation>%1: nicht erledigt</translation>
    </message>
    <message>
        <source>no report yet</source>
        <translation>noch kein Bericht</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>Partner, check-in exercise and the field of it, e.g. &quot;Alex, Trust thermometer: trust&quot;.</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>private, chosen by them</source>
        <translation>privat, von der Person selbst ausgewählt</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>Erledigung</translation>
    </message>
    <message>
        <source>check-in trends</source>
        <translation>Check-in-Verläufe</translation>
    </message>
    <message>
        <source>shared entries</source>
        <translation>geteilte Einträge</translation>
    </message>
    <message>
        <source>own private entries</source>
        <translation>eigene private Einträge</translation>
    </message>
    <message>
        <source>Text of the chosen entry</source>
        <translation>Text des gewählten Eintrags</translation>
    </message>
    <message>
        <source>%1, %2. Completion is what each partner&apos;s latest report says.</source>
        <extracomment>%1 is &quot;3 assignments sent&quot;, %2 is &quot;2 reports imported&quot;.</extracomment>
        <translation>%1, %2. Erledigt ist, was der neueste Bericht der jeweiligen Person sagt.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) sent</source>
        <translation>
            <numerusform>%n Aufgabe verschickt</numerusform>
            <numerusform>%n Aufgaben verschickt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n Bericht importiert</numerusform>
            <numerusform>%n Berichte importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signs with the key %2 (first report %3).</source>
        <translation>%1 signiert mit dem Schlüssel %2 (erster Bericht %3).</translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::CoupleTherapist</name>
    <message>
        <source>Confirm your therapist</source>
        <translation>Deine Therapeutin oder deinen Therapeuten bestätigen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Nothing was imported: the fingerprint was not confirmed.</source>
        <translation>Es wurde nichts importiert: Der Fingerabdruck wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>This assignment was imported before; nothing changed.</source>
        <translation>Diese Aufgabe wurde schon importiert; es hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n assigned item(s) from %1. Both of you see them on Home and in the path.</source>
        <translation>
            <numerusform>%n aufgegebene Übung von %1 importiert. Ihr seht sie beide auf der Übersicht und im Weg.</numerusform>
            <numerusform>%n aufgegebene Übungen von %1 importiert. Ihr seht sie beide auf der Übersicht und im Weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>It came with the content pack &quot;%1&quot;; its exercises appear the next time Trustwork starts.</source>
        <translation>Sie kam mit dem Inhaltspaket „%1“; seine Übungen erscheinen beim nächsten Start von Trustwork.</translation>
    </message>
    <message>
        <source>Import an assignment</source>
        <translation>Eine Aufgabe importieren</translation>
    </message>
    <message>
        <source>Trustwork assignments (*.twassign);;All files (*)</source>
        <translation>Trustwork-Aufgaben (*.twassign);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Assignment imported</source>
        <translation>Aufgabe importiert</translation>
    </message>
    <message>
        <source>Assignment not imported</source>
        <translation>Aufgabe nicht importiert</translation>
    </message>
    <message>
        <source>No therapist yet</source>
        <translation>Noch keine Therapeutin und kein Therapeut</translation>
    </message>
    <message>
        <source>A report goes to the therapist whose assignment you imported. Import an assignment first.</source>
        <translation>Ein Bericht geht an die Person, deren Aufgabe du importiert hast. Importiere zuerst eine Aufgabe.</translation>
    </message>
    <message>
        <source>%1 added this assignment on %2. You decide for yourself whether you trust it.</source>
        <translation>%1 hat diese Aufgabe am %2 hinzugefügt. Ob du ihr vertraust, entscheidest du selbst.</translation>
    </message>
    <message>
        <source>This assignment from %1 was made for another client of the practice (&quot;%2&quot;), not for the two of you. Accept it only if your therapist says it is really yours (after a restore, for example).</source>
        <translation>Diese Aufgabe von %1 wurde für eine andere Klientin oder einen anderen Klienten der Praxis erstellt („%2“), nicht für euch beide. Nimm sie nur an, wenn deine Therapeutin oder dein Therapeut sagt, dass sie wirklich für euch ist (zum Beispiel nach einer Wiederherstellung).</translation>
    </message>
    <message>
        <source>This is the first assignment from %1 for you.

Its fingerprint is:

%2

Does it match the fingerprint your therapist gave you in person or by phone? Accept it only if every group matches. Later assignments must then come from the same key.</source>
        <translation>Das ist die erste Aufgabe von %1 für dich.

Ihr Fingerabdruck ist:

%2

Stimmt er mit dem Fingerabdruck überein, den du persönlich oder am Telefon bekommen hast? Nimm sie nur an, wenn jede Gruppe übereinstimmt. Spätere Aufgaben müssen dann vom selben Schlüssel kommen.</translation>
    </message>
    <message>
        <source>It matches: &amp;accept</source>
        <translation>Er stimmt überein: &amp;annehmen</translation>
    </message>
    <message>
        <source>Assignment not confirmed</source>
        <translation>Aufgabe nicht bestätigt</translation>
    </message>
    <message>
        <source>You confirmed this assignment for yourself; it was in the workbook already.</source>
        <translation>Du hast diese Aufgabe für dich bestätigt; sie war schon im Arbeitsbuch.</translation>
    </message>
    <message>
        <source>Nothing was imported: it was made for another client.</source>
        <translation>Nichts wurde importiert: Die Aufgabe ist für eine andere Klientin oder einen anderen Klienten gemacht.</translation>
    </message>
    <message>
        <source>This assignment says it is from %1, but it is signed by a different key than the one you confirmed.

The key you confirmed (%3):
%2

This assignment&apos;s key:
%4

Trust the new key only if your therapist told you, in person or by phone, that they changed it and read you this new fingerprint. Otherwise, cancel: someone else may have made it.</source>
        <translation>Diese Aufgabe gibt an, von %1 zu sein, ist aber mit einem anderen Schlüssel signiert als dem, den du bestätigt hast.

Der bestätigte Schlüssel (%3):
%2

Der Schlüssel dieser Aufgabe:
%4

Vertraue dem neuen Schlüssel nur, wenn deine Therapeutin oder dein Therapeut dir persönlich oder am Telefon gesagt hat, dass der Schlüssel gewechselt wurde, und dir diesen neuen Fingerabdruck vorgelesen hat. Sonst brich ab: Jemand anderes könnte sie erstellt haben.</translation>
    </message>
    <message>
        <source>&amp;Accept the new key</source>
        <translation>Den neuen Schlüssel &amp;annehmen</translation>
    </message>
    <message>
        <source>It is ours: &amp;accept</source>
        <translation>Sie ist für uns: &amp;annehmen</translation>
    </message>
    <message>
        <source>%1 changed keys on %2, and the key you confirmed signed the change: it comes from the same practice.

The key you confirmed:
%3
The new key:
%4

Accept it if your therapist told you they changed keys. Until then, your reports go to the key you confirmed.</source>
        <translation>%1 hat am %2 den Schlüssel gewechselt, und der bestätigte Schlüssel hat den Wechsel signiert: Er kommt aus derselben Praxis.

Der bestätigte Schlüssel:
%3
Der neue Schlüssel:
%4

Nimm ihn an, wenn deine Therapeutin oder dein Therapeut dir vom Wechsel erzählt hat. Bis dahin gehen deine Berichte an den bestätigten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::PracticeSetupDialog</name>
    <message>
        <source>Set up your practice</source>
        <translation>Deine Praxis einrichten</translation>
    </message>
    <message>
        <source>A practice workbook for a therapist</source>
        <translation>Ein Praxis-Arbeitsbuch für Therapeutinnen und Therapeuten</translation>
    </message>
    <message>
        <source>Your practice holds your signing identity, your clients, the assignments you send and the reports couples send you. It is encrypted like a couple&apos;s workbook and kept apart from any workbook of your own.</source>
        <translation>Deine Praxis enthält deine Signatur-Identität, deine Paare, die Aufgaben, die du sendest, und die Berichte, die Paare dir schicken. Sie ist verschlüsselt wie das Arbeitsbuch eines Paares und getrennt von jedem eigenen Arbeitsbuch.</translation>
    </message>
    <message>
        <source>Your name as clients know you</source>
        <translation>Dein Name, wie Paare dich kennen</translation>
    </message>
    <message>
        <source>Your &amp;name as clients know you</source>
        <translation>Dein &amp;Name, wie Paare dich kennen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Practice passphrase</source>
        <translation>Passphrase der Praxis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Create practice</source>
        <translation>Praxis &amp;anlegen</translation>
    </message>
    <message>
        <source>Create practice</source>
        <translation>Praxis anlegen</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Dein Fingerabdruck</translation>
    </message>
    <message>
        <source>Read it to each couple in person or by phone. When they import your first assignment, Trustwork shows them the same groups to compare.</source>
        <translation>Lies ihn jedem Paar persönlich oder am Telefon vor. Wenn es deine erste Aufgabe importiert, zeigt Trustwork dieselben Gruppen zum Vergleichen.</translation>
    </message>
    <message>
        <source>Your recovery code, shown once</source>
        <translation>Dein Wiederherstellungscode, nur dieses eine Mal angezeigt</translation>
    </message>
    <message>
        <source>It sets a new passphrase if you forget yours. Keep it somewhere private.</source>
        <translation>Damit setzt du eine neue Passphrase, wenn du deine vergisst. Bewahre ihn an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;I have stored the recovery code safely</source>
        <translation>&amp;Ich habe den Wiederherstellungscode sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Recovery code stored</source>
        <translation>Wiederherstellungscode aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Open my practice</source>
        <translation>Meine Praxis ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open my practice</source>
        <translation>Meine Praxis öffnen</translation>
    </message>
    <message>
        <source>Protecting your practice with your passphrase. This takes a few seconds.</source>
        <translation>Deine Praxis wird mit deiner Passphrase geschützt. Das dauert einige Sekunden.</translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::PracticeView</name>
    <message>
        <source>Your practice</source>
        <translation>Deine Praxis</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Give this fingerprint to each couple in person or by phone: it lets them know your assignments really come from you.</source>
        <translation>Gib diesen Fingerabdruck jedem Paar persönlich oder am Telefon: Daran erkennt es, dass deine Aufgaben wirklich von dir kommen.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Add &amp;client…</source>
        <translation>&amp;Paar hinzufügen …</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Neue Aufgabe …</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Import report…</source>
        <translation>Bericht &amp;importieren …</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <source>Cannot show the client</source>
        <translation>Das Paar kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>A client needs a label, such as initials or a case number.</source>
        <translation>Ein Paar braucht eine Bezeichnung, etwa Initialen oder eine Fallnummer.</translation>
    </message>
    <message>
        <source>Added the client %1.</source>
        <translation>Paar %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Ein Paar hinzufügen</translation>
    </message>
    <message>
        <source>A label for the couple, meaningful only to you (initials or a case number):</source>
        <translation>Eine Bezeichnung für das Paar, die nur dir etwas sagt (Initialen oder eine Fallnummer):</translation>
    </message>
    <message>
        <source>Client not added</source>
        <translation>Paar nicht hinzugefügt</translation>
    </message>
    <message>
        <source>This report was imported before; nothing changed.</source>
        <translation>Dieser Bericht wurde schon importiert; es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Imported the report from %1 (client %2), written %3.</source>
        <translation>Bericht von %1 (Paar %2) importiert, geschrieben am %3.</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>Einen Bericht importieren</translation>
    </message>
    <message>
        <source>Trustwork reports (*.twreport);;All files (*)</source>
        <translation>Trustwork-Berichte (*.twreport);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation>Bericht importiert</translation>
    </message>
    <message>
        <source>Report not imported</source>
        <translation>Bericht nicht importiert</translation>
    </message>
    <message>
        <source>Choose exercises, due dates and notes for a client, and save a signed file</source>
        <translation>Übungen, Fälligkeitsdaten und Notizen für ein Paar wählen und als signierte Datei speichern</translation>
    </message>
    <message>
        <source>Open a report a partner sent you</source>
        <translation>Einen Bericht öffnen, den dir eine Person geschickt hat</translation>
    </message>
    <message>
        <source>Change the practice&apos;s &amp;key…</source>
        <translation>&amp;Schlüssel der Praxis wechseln…</translation>
    </message>
    <message>
        <source>Change the practice&apos;s key</source>
        <translation>Schlüssel der Praxis wechseln</translation>
    </message>
    <message>
        <source>Only if this key may have been seen by someone else: couples then confirm the new one</source>
        <translation>Nur wenn jemand anderes diesen Schlüssel gesehen haben könnte: Paare bestätigen dann den neuen</translation>
    </message>
    <message>
        <source>You changed the key on %1. Each partner confirms the new fingerprint once, on their next assignment; reports sealed to an earlier key still open here.</source>
        <translation>Du hast den Schlüssel am %1 gewechselt. Jede Person im Paar bestätigt den neuen Fingerabdruck einmal, bei ihrer nächsten Aufgabe; Berichte, die an einen früheren Schlüssel versiegelt sind, lassen sich hier weiter öffnen.</translation>
    </message>
    <message>
        <source>The practice has a new key. Its fingerprint is:

%1

Your next assignments carry the change, signed by the old key. Tell each couple in a session and read them the new fingerprint: each partner confirms it once.</source>
        <translation>Die Praxis hat einen neuen Schlüssel. Sein Fingerabdruck ist:

%1

Deine nächsten Aufgaben tragen den Wechsel, signiert mit dem alten Schlüssel. Sag es jedem Paar in einer Sitzung und lies ihnen den neuen Fingerabdruck vor: Jede Person bestätigt ihn einmal.</translation>
    </message>
    <message>
        <source>Change the key only if this computer or a backup of the practice may have been in someone else&apos;s hands. Moving to a new computer does not need it: copy the practice folder instead.

After the change, each partner confirms the new fingerprint once. Reports already on their way still open here.</source>
        <translation>Wechsle den Schlüssel nur, wenn dieser Computer oder eine Sicherung der Praxis in fremden Händen gewesen sein könnte. Für einen neuen Computer ist das nicht nötig: Kopiere stattdessen den Ordner der Praxis.

Nach dem Wechsel bestätigt jede Person im Paar den neuen Fingerabdruck einmal. Berichte, die schon unterwegs sind, lassen sich hier weiter öffnen.</translation>
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation>Schlüssel &amp;wechseln</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation>Der Schlüssel wurde nicht gewechselt</translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::PracticeWindow</name>
    <message>
        <source>Practice</source>
        <extracomment>Window title; the application name is added after it.</extracomment>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>Schnell&amp;ausstieg</translation>
    </message>
    <message>
        <source>Hide Trustwork and lock it at once (Ctrl+Shift+Q)</source>
        <translation>Trustwork sofort ausblenden und sperren (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <source>Your clients&apos; reports, and what proves your assignments come from you, are encrypted; without your passphrase or recovery code nobody can read or use them.</source>
        <translation>Die Berichte deiner Klientinnen und Klienten und das, was belegt, dass deine Aufgaben von dir stammen, sind verschlüsselt; ohne deine Passphrase oder deinen Wiederherstellungscode kann niemand sie lesen oder nutzen.</translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::ReportConsentDialog</name>
    <message>
        <source>Send a report to your therapist</source>
        <translation>Einen Bericht an deine Therapeutin oder deinen Therapeuten senden</translation>
    </message>
    <message>
        <source>What goes in your report to %1</source>
        <translation>Was in deinen Bericht an %1 kommt</translation>
    </message>
    <message>
        <source>Which assigned exercises I have done, with their due dates</source>
        <translation>Welche aufgegebenen Übungen ich erledigt habe, mit ihren Fälligkeitsdaten</translation>
    </message>
    <message>
        <source>Always included: the report is about the assignment.</source>
        <translation>Immer enthalten: Der Bericht handelt von der Aufgabe.</translation>
    </message>
    <message>
        <source>My &amp;check-in trends</source>
        <translation>Meine &amp;Check-in-Verläufe</translation>
    </message>
    <message>
        <source>The weekly average of each number in your own check-ins; no notes you wrote in them.</source>
        <translation>Der Wochendurchschnitt jeder Zahl aus deinen eigenen Check-ins; keine Notizen, die du darin geschrieben hast.</translation>
    </message>
    <message>
        <source>The full text of the entries you shared with your partner. Your partner&apos;s shared entries go in their own report, if they choose.</source>
        <translation>Der volle Text der Einträge, die du mit deiner Partnerin oder deinem Partner geteilt hast. Deren geteilte Einträge kommen in einen eigenen Bericht, wenn die Person das möchte.</translation>
    </message>
    <message>
        <source>Never included: your partner&apos;s private entries, your safety check, and anything about when or how long you used Trustwork.</source>
        <translation>Nie enthalten: die privaten Einträge der anderen Person, dein Sicherheitscheck und alles darüber, wann oder wie lange du Trustwork genutzt hast.</translation>
    </message>
    <message>
        <source>The report will hold</source>
        <translation>Der Bericht wird enthalten</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>Report error</source>
        <translation>Fehler beim Bericht</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Assigned exercises: %1, of which you have done %2</source>
        <translation>Aufgegebene Übungen: %1, davon hast du %2 erledigt</translation>
    </message>
    <message>
        <source>Check-in trends: not included</source>
        <translation>Check-in-Verläufe: nicht enthalten</translation>
    </message>
    <message>
        <source>Your shared entries: %1</source>
        <translation>Deine geteilten Einträge: %1</translation>
    </message>
    <message>
        <source>Your shared entries: not included</source>
        <translation>Deine geteilten Einträge: nicht enthalten</translation>
    </message>
    <message>
        <source>Your private entries: %1</source>
        <translation>Deine privaten Einträge: %1</translation>
    </message>
    <message>
        <source>Your private entries: not included</source>
        <translation>Deine privaten Einträge: nicht enthalten</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>Trustwork reports (*.twreport)</source>
        <translation>Trustwork-Berichte (*.twreport)</translation>
    </message>
    <message>
        <source>My shared &amp;entries</source>
        <translation>Meine geteilten &amp;Einträge</translation>
    </message>
    <message>
        <source>This report is yours alone: it holds only what you tick below, and it is signed by you, so your therapist can tell it came from you. It is encrypted so that only %1 can open it, with the key whose fingerprint you confirmed: %2. Not even you can read the file back.</source>
        <translation>Dieser Bericht gehört nur dir: Er enthält nur, was du unten ankreuzt, und ist von dir signiert, damit deine Therapeutin oder dein Therapeut erkennt, dass er von dir kommt. Er ist so verschlüsselt, dass nur %1 ihn öffnen kann, mit dem Schlüssel, dessen Fingerabdruck du bestätigt hast: %2. Nicht einmal du kannst die Datei wieder lesen.</translation>
    </message>
    <message>
        <source>Some of my &amp;private entries</source>
        <translation>Einige meiner &amp;privaten Einträge</translation>
    </message>
    <message>
        <source>Only the private entries you tick one by one in the list below; your partner cannot read them. Tick one only if you want your therapist to read it.</source>
        <translation>Nur die privaten Einträge, die du unten einzeln ankreuzt; dein Partner kann sie nicht lesen. Kreuze einen nur an, wenn deine Therapeutin oder dein Therapeut ihn lesen soll.</translation>
    </message>
    <message>
        <source>Entries that can go in the report</source>
        <translation>Einträge, die in den Bericht können</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Exactly the texts that will be sent</source>
        <translation>Genau die Texte, die gesendet werden</translation>
    </message>
    <message>
        <source>Shared, %1:</source>
        <translation>Geteilt, %1:</translation>
    </message>
    <message>
        <source>Private, %1:</source>
        <translation>Privat, %1:</translation>
    </message>
    <message>
        <source>No entries: only what is ticked above.</source>
        <translation>Keine Einträge: nur, was oben angekreuzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Check-in trends: %n week(s)</source>
        <translation>
            <numerusform>Check-in-Verläufe: %n Woche</numerusform>
            <numerusform>Check-in-Verläufe: %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint, to compare with your therapist: %1</source>
        <translation>Der Fingerabdruck deines Signatur-Schlüssels, zum Vergleichen mit deiner Therapeutin oder deinem Therapeuten: %1</translation>
    </message>
</context>
</TS>
