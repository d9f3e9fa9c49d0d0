// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPages.h"

#include "AppContext.h"
#include "PassphraseStrength.h"
#include "SetupWizard.h"
#include "exercises/EditorFactory.h"
#include "tw/base/Error.h"
#include "tw/crypto/KeySlotFile.h"
#include "tw/workbook/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw::app {
namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QComboBox* roleBox(QWidget* parent, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->addItem(QCoreApplication::translate("SetupPages", "I was hurt"), QStringLiteral("hurt"));
    box->addItem(QCoreApplication::translate("SetupPages", "I broke trust"), QStringLiteral("involved"));
    box->addItem(QCoreApplication::translate("SetupPages", "We have both broken trust"), QStringLiteral("mutual"));
    box->setAccessibleName(accessibleName);
    return box;
}

crypto::SecretBytes secretFrom(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    crypto::SecretBytes secret(
        reinterpret_cast<const std::uint8_t*>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    utf8.fill('\0');
    return secret;
}

} // namespace

IntroPage::IntroPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Welcome to Trustwork"));
    setSubTitle(tr("A private workbook for rebuilding trust, at your own pace."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(paragraph(tr("Trustwork guides you through four steps, with exercises you do alone and "
                                   "exercises you share. Everything stays on this computer, encrypted. You can "
                                   "pause at any moment."),
        this));
    auto* couple = new QRadioButton(tr("We are two partners using this &together"), this);
    auto* solo = new QRadioButton(tr("I am starting &on my own (my partner can join later)"), this);
    //: The therapist's choice: a practice workbook instead of a couple's (set up in the next step).
    auto* therapist = new QRadioButton(tr("I am a &therapist: set up a practice to send assignments"), this);
    couple->setAccessibleName(tr("Two partners together"));
    solo->setAccessibleName(tr("On my own"));
    therapist->setAccessibleName(tr("I am a therapist"));
    couple->setChecked(true);
    layout->addSpacing(12);
    layout->addWidget(couple);
    layout->addWidget(solo);
    layout->addWidget(therapist);
    layout->addStretch();
    layout->addWidget(paragraph(tr("Trustwork is a workbook, not therapy. If you are afraid of your partner, "
                                   "couple exercises are not the right place to start; individual support is."),
        this));
    registerField(QStringLiteral("couple"), couple);
    registerField(QStringLiteral("therapist"), therapist);
    // The therapist's choice ends this wizard (Finish) and opens the practice set-up instead.
    connect(therapist, &QRadioButton::toggled, this, &QWizardPage::setFinalPage);
}

PartnersPage::PartnersPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Who is here"));
    setSubTitle(tr("A first name or nickname is enough. It is the only thing stored unencrypted."));
    auto* layout = new QVBoxLayout(this);
    auto* first = new QFormLayout();
    m_name1 = new QLineEdit(this);
    m_name1->setAccessibleName(tr("First partner's name"));
    m_name1->setMaxLength(40);
    first->addRow(tr("&Your name"), m_name1);
    first->addRow(tr("Your &role"), roleBox(this, tr("First partner's role")));
    layout->addLayout(first);
    m_second = new QWidget(this);
    auto* second = new QFormLayout(m_second);
    second->setContentsMargins(0, 12, 0, 0);
    m_name2 = new QLineEdit(m_second);
    m_name2->setAccessibleName(tr("Second partner's name"));
    m_name2->setMaxLength(40);
    second->addRow(tr("Your &partner's name"), m_name2);
    second->addRow(tr("Their r&ole"), roleBox(m_second, tr("Second partner's role")));
    layout->addWidget(m_second);
    layout->addStretch();
    layout->addWidget(paragraph(tr("Roles only change the wording of some prompts. Choose the one that fits "
                                   "best today."),
        this));
    registerField(QStringLiteral("name1*"), m_name1);
    registerField(QStringLiteral("name2"), m_name2);
    registerField(QStringLiteral("role1"), first->itemAt(1, QFormLayout::FieldRole)->widget(), "currentData");
    registerField(QStringLiteral("role2"), second->itemAt(1, QFormLayout::FieldRole)->widget(), "currentData");
    connect(m_name2, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_name1, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void PartnersPage::initializePage()
{
    m_second->setVisible(field(QStringLiteral("couple")).toBool());
}

bool PartnersPage::isComplete() const
{
    const QString one = m_name1->text().trimmed();
    if (one.isEmpty()) {
        return false;
    }
    if (!field(QStringLiteral("couple")).toBool()) {
        return true;
    }
    const QString two = m_name2->text().trimmed();
    return !two.isEmpty() && two != one;
}

PassphrasePage::PassphrasePage(int partner, QWidget* parent)
    : QWizardPage(parent)
    , m_partner(partner)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Passphrase"));
    m_again = new QLineEdit(this);
    m_again->setEchoMode(QLineEdit::Password);
    m_again->setAccessibleName(tr("Passphrase again"));
    form->addRow(tr("&Passphrase"), m_first);
    form->addRow(tr("&Again"), m_again);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Passphrase strength"));
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(paragraph(tr("Nobody, including Trustwork, can open your private entries without this "
                                   "passphrase or your recovery code."),
        this));
    registerField(QStringLiteral("pass%1").arg(partner), m_first);
    auto update = [this] {
        const Strength strength = estimateStrength(m_first->text());
        QString text = strengthHint(strength);
        if (!m_again->text().isEmpty() && m_again->text() != m_first->text()) {
            text += QLatin1Char(' ') + tr("The two passphrases differ.");
        }
        m_hint->setText(text);
        emit completeChanged();
    };
    connect(m_first, &QLineEdit::textChanged, this, update);
    connect(m_again, &QLineEdit::textChanged, this, update);
}

void PassphrasePage::initializePage()
{
    const QString name = field(QStringLiteral("name%1").arg(m_partner)).toString().trimmed();
    setTitle(tr("A passphrase for %1").arg(name));
    setSubTitle(m_partner == 2 ? tr("%1, please type yours while your partner looks away.").arg(name)
                               : tr("Only %1 should see this screen now.").arg(name));
    m_hint->setText(strengthHint(Strength::TooShort));
}

bool PassphrasePage::isComplete() const
{
    return m_first->text().size() >= kMinPassphraseLength && m_first->text() == m_again->text();
}

void PassphrasePage::cleanupPage()
{
    m_first->clear();
    m_again->clear();
}

CreatePage::CreatePage(SetupWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Creating your workbook"));
    auto* layout = new QVBoxLayout(this);
    m_status = paragraph(tr("Making the keys that protect your writing. This takes a few seconds."), this);
    m_status->setAccessibleName(tr("Progress"));
    layout->addWidget(m_status);
    layout->addStretch();
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        if (error.isEmpty()) {
            m_done = true;
            m_status->setText(tr("Your workbook is ready."));
            emit completeChanged();
            m_wizard.next();
        } else {
            m_status->setText(error);
        }
    });
}

void CreatePage::initializePage()
{
    setCommitPage(true);
    std::vector<workbook::NewPartner> partners;
    const int count = m_wizard.isCouple() ? 2 : 1;
    m_wizard.codes.clear();
    for (int i = 1; i <= count; ++i) {
        workbook::NewPartner p;
        p.name = field(QStringLiteral("name%1").arg(i)).toString().trimmed().toStdString();
        m_wizard.codes.push_back({p.name, crypto::makeRecoveryCode()});
        p.recoveryCode = m_wizard.codes.back().code.clone();
        p.role = workbook::roleFromName(field(QStringLiteral("role%1").arg(i)).toString().toStdString())
                     .value_or(workbook::Role::Mutual);
        p.passphrase = secretFrom(field(QStringLiteral("pass%1").arg(i)).toString());
        partners.push_back(std::move(p));
    }
    auto shared = std::make_shared<std::vector<workbook::NewPartner>>(std::move(partners));
    const std::string dir = m_wizard.context().dataDir().toStdString();
    const workbook::Options options = m_wizard.context().options();
    auto* sessions = &m_wizard.sessions;
    m_watcher.setFuture(QtConcurrent::run([shared, dir, options, sessions]() -> QString {
        try {
            std::vector<std::pair<std::string, crypto::SecretBytes>> logins;
            for (const auto& p : *shared) {
                logins.emplace_back(p.name, p.passphrase.clone());
            }
            workbook::Workbook::create(dir, std::move(*shared), options);
            // Each partner's own session, so their safety check is sealed under their own key.
            for (const auto& [name, passphrase] : logins) {
                sessions->push_back(workbook::Workbook::unlock(dir, name, passphrase, options));
            }
            return {};
        } catch (const Error& e) {
            return QString::fromStdString(e.what());
        }
    }));
}

bool CreatePage::isComplete() const
{
    return m_done;
}

CodesPage::CodesPage(SetupWizard& wizard)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Your recovery codes"));
    setSubTitle(tr("Shown once. Each code can set a new passphrase if one is forgotten."));
    auto* layout = new QVBoxLayout(this);
    m_codes = new QLabel(this);
    m_codes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_codes->setFont(mono);
    m_codes->setAccessibleName(tr("Recovery codes"));
    layout->addWidget(m_codes);
    auto* buttons = new QHBoxLayout();
    auto* save = new QPushButton(tr("&Save to a file…"), this);
    auto* printButton = new QPushButton(tr("&Print…"), this);
    save->setAccessibleName(tr("Save recovery codes to a file"));
    printButton->setAccessibleName(tr("Print recovery codes"));
    buttons->addWidget(save);
    buttons->addWidget(printButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(paragraph(tr("Keep each code somewhere private, such as a printed copy in a drawer that "
                                   "only its owner uses. Anyone with a code can open that partner's private "
                                   "entries."),
        this));
    auto* stored = new QCheckBox(tr("&I have stored the recovery code(s) safely"), this);
    stored->setAccessibleName(tr("Recovery codes stored"));
    layout->addStretch();
    layout->addWidget(stored);
    registerField(QStringLiteral("codesStored*"), stored);
    connect(save, &QPushButton::clicked, this, &CodesPage::saveToFile);
    connect(printButton, &QPushButton::clicked, this, &CodesPage::print);
}

void CodesPage::initializePage()
{
    QString text;
    for (const auto& code : m_wizard.codes) {
        text += QString::fromStdString(code.partnerName) + QStringLiteral(":  ")
            + QString::fromUtf8(code.code.view().data(), static_cast<qsizetype>(code.code.size())) + QLatin1Char('\n');
    }
    m_codes->setText(text.trimmed());
}

void CodesPage::saveToFile()
{
    // The user chooses where the codes go; Trustwork keeps no record of the path.
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save recovery codes"), QStringLiteral("trustwork-recovery-codes.txt"),
            tr("Text files (*.txt)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(tr("Trustwork recovery codes. Keep private.").toUtf8() + '\n' + m_codes->text().toUtf8() + '\n');
        file.commit();
    }
}

void CodesPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QPainter painter(&printer);
    painter.setFont(m_codes->font());
    painter.drawText(printer.pageLayout().paintRectPixels(printer.resolution()), Qt::AlignLeft | Qt::AlignTop,
        tr("Trustwork recovery codes. Keep private.") + QStringLiteral("\n\n") + m_codes->text());
}

SafetyPage::SafetyPage(SetupWizard& wizard, int partnerIndex)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_index(partnerIndex)
{
    auto* layout = new QVBoxLayout(this);
    m_box = new QVBoxLayout();
    layout->addLayout(m_box, 1);
    layout->addWidget(
        paragraph(tr("You can skip this now; Trustwork asks again when you first open your workbook."), this));
}

SafetyPage::~SafetyPage() = default;

void SafetyPage::initializePage()
{
    cleanupPage();
    const auto* exercise = m_wizard.curriculum().findExercise("start.safety-check");
    if (!exercise || static_cast<std::size_t>(m_index) >= m_wizard.sessions.size()) {
        setTitle(tr("Safety"));
        return;
    }
    auto& session = *m_wizard.sessions[static_cast<std::size_t>(m_index)];
    const QString name = QString::fromStdString(session.me().name);
    setTitle(tr("A private check for %1").arg(name));
    setSubTitle(m_wizard.isCouple() ? tr("Only %1 should see this screen now. Your partner is never told what you "
                                         "answer.")
                                          .arg(name)
                                    : tr("Nobody else sees what you answer here."));
    m_context = std::make_unique<EditorContext>(EditorContext{session, m_wizard.curriculum()});
    auto* editor = createEditor(*exercise, *m_context, this);
    connect(editor, &ExerciseEditor::openExercise, this, [this](const QString& id) {
        const auto* help = m_wizard.curriculum().findExercise(id.toStdString());
        if (!help || !m_context) {
            return;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(QString::fromStdString(help->title));
        auto* layout = new QVBoxLayout(&dialog);
        auto* scroll = new QScrollArea(&dialog);
        scroll->setWidgetResizable(true);
        scroll->setWidget(createEditor(*help, *m_context, scroll));
        layout->addWidget(scroll);
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(close);
        dialog.resize(640, 560);
        dialog.exec();
    });
    // The concern panel can be long; a scroll area keeps every line of it readable.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 8, 0);
    const QString intro = m_context->text(exercise->intro);
    innerLayout->addWidget(paragraph(intro.section(QStringLiteral("\n\n"), 0, 0), inner));
    editor->setParent(inner);
    innerLayout->addWidget(editor);
    innerLayout->addStretch();
    scroll->setWidget(inner);
    m_box->addWidget(scroll);
    connect(editor, &ExerciseEditor::answered, scroll, [scroll] {
        // Bring the message after a concern into view.
        scroll->ensureVisible(0, scroll->widget()->height());
    });
}

void SafetyPage::cleanupPage()
{
    while (auto* item = m_box->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_context.reset();
}

PrivacyPage::PrivacyPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Private and shared"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(paragraph(
        tr("Everything you write starts private: only you can read it, even though you share this computer.\n\n"
           "When you choose, you can share an entry with your partner, and stop sharing it later. Some exercises "
           "ask you both to answer privately first; the answers appear side by side only when both of you have "
           "answered.\n\n"
           "Next, each of you answers a short private safety check, one at a time, before any couple exercise. "
           "Your partner never sees your answers.\n\n"
           "Press Pause whenever you need a break, and Quick exit (Ctrl+Shift+Q) to hide and lock at once."),
        this));
    layout->addStretch();
}

} // namespace tw::app
