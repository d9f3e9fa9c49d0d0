<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Exercise</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <source>%1
(of %n)</source>
        <extracomment>A step in the steps chart: its name, then how many exercises it has.</extracomment>
        <translation>
            <numerusform>%1
(of %n)</numerusform>
            <numerusform>%1
(of %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n older commitments also passed their day without being marked.</source>
        <comment>Home, after the newest overdue commitments; always two or more</comment>
        <translation>
            <numerusform>%n older commitment also passed its day without being marked.</numerusform>
            <numerusform>%n older commitments also passed their day without being marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n entries were changed on two of your devices at once; both versions of each are kept.</source>
        <translation>
            <numerusform>%n entry was changed on two of your devices at once; both versions are kept.</numerusform>
            <numerusform>%n entries were changed on two of your devices at once; both versions of each are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n changes from %1</source>
        <translation>
            <numerusform>waiting for %n change from %1</numerusform>
            <numerusform>waiting for %n changes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change files from %1 are damaged or incomplete, so nothing in them was used. If your sync tool is still copying them, this clears by itself.</source>
        <translation>
            <numerusform>%n change file from %1 is damaged or incomplete, so nothing in it was used. If your sync tool is still copying it, this clears by itself.</numerusform>
            <numerusform>%n change files from %1 are damaged or incomplete, so nothing in them was used. If your sync tool is still copying them, this clears by itself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::AgreementEditor</name>
    <message numerus="yes">
        <source>Review together every %n day(s).</source>
        <translation>
            <numerusform>Review together every %n day.</numerusform>
            <numerusform>Review together every %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier wording(s)</source>
        <translation>
            <numerusform>%n earlier wording</numerusform>
            <numerusform>%n earlier wordings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::CheckinEditor</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::ConversationEditor</name>
    <message numerus="yes">
        <source>A break of at least %n minute(s), with a time to come back.</source>
        <translation>
            <numerusform>A break of at least %n minute, with a time to come back.</numerusform>
            <numerusform>A break of at least %n minutes, with a time to come back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::HomeView</name>
    <message numerus="yes">
        <source>%1: %n item(s) to accept</source>
        <translation>
            <numerusform>%1: %n item to accept</numerusform>
            <numerusform>%1: %n items to accept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::PauseDialog</name>
    <message numerus="yes">
        <source>When your heart races or your thoughts speed up, your body is on alarm. It needs at least %n minute(s) to settle, whatever you decide in the meantime.

- Tell your partner when you will come back, so the pause is not a door closing.
- Breathe out slowly, longer than you breathe in, ten times.
- Feel your feet on the floor; name five things you can see.
- Do something calm with your hands: a walk, washing up, a warm drink.
- Try not to rehearse the argument. If thoughts come back, notice them and return to your breath.</source>
        <translation>
            <numerusform>When your heart races or your thoughts speed up, your body is on alarm. It needs at least %n minute to settle, whatever you decide in the meantime.

- Tell your partner when you will come back, so the pause is not a door closing.
- Breathe out slowly, longer than you breathe in, ten times.
- Feel your feet on the floor; name five things you can see.
- Do something calm with your hands: a walk, washing up, a warm drink.
- Try not to rehearse the argument. If thoughts come back, notice them and return to your breath.</numerusform>
            <numerusform>When your heart races or your thoughts speed up, your body is on alarm. It needs at least %n minutes to settle, whatever you decide in the meantime.

- Tell your partner when you will come back, so the pause is not a door closing.
- Breathe out slowly, longer than you breathe in, ten times.
- Feel your feet on the floor; name five things you can see.
- Do something calm with your hands: a walk, washing up, a warm drink.
- Try not to rehearse the argument. If thoughts come back, notice them and return to your breath.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) until you come back.</source>
        <translation>
            <numerusform>%n minute until you come back.</numerusform>
            <numerusform>%n minutes until you come back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::ProgressView</name>
    <message numerus="yes">
        <source>%n trigger(s) logged; on average, their intensity is %1 of 10.</source>
        <translation>
            <numerusform>%n trigger logged; on average, their intensity is %1 of 10.</numerusform>
            <numerusform>%n triggers logged; on average, their intensity is %1 of 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::SearchPage</name>
    <message numerus="yes">
        <source>The newest %n entries found; add a word to narrow it down.</source>
        <translation>
            <numerusform>The newest %n entry found; add a word to narrow it down.</numerusform>
            <numerusform>The newest %n entries found; add a word to narrow it down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n entry found.</numerusform>
            <numerusform>%n entries found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::StepJourney</name>
    <message numerus="yes">
        <source>%1, %2: you have done %3 of %n exercise(s)</source>
        <translation>
            <numerusform>%1, %2: you have done %3 of %n exercise</numerusform>
            <numerusform>%1, %2: you have done %3 of %n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::ClientPanel</name>
    <message numerus="yes">
        <source>%n assignment(s) sent</source>
        <translation>
            <numerusform>%n assignment sent</numerusform>
            <numerusform>%n assignments sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::CoupleTherapist</name>
    <message numerus="yes">
        <source>Imported %n assigned item(s) from %1. Both of you see them on Home and in the path.</source>
        <translation>
            <numerusform>Imported %n assigned item from %1. Both of you see them on Home and in the path.</numerusform>
            <numerusform>Imported %n assigned items from %1. Both of you see them on Home and in the path.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::app::therapist::ReportConsentDialog</name>
    <message numerus="yes">
        <source>Check-in trends: %n week(s)</source>
        <translation>
            <numerusform>Check-in trends: %n week</numerusform>
            <numerusform>Check-in trends: %n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
