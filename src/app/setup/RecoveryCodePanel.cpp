// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryCodePanel.h"

#include "modules/Modules.h"
#include "print/PrintApi.h"
#include "secrets/Secrets.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace tw::app {
namespace {

RecoveryCodePanel::PathChooser& chooserSlot()
{
    static RecoveryCodePanel::PathChooser chooser;
    return chooser;
}

RecoveryCodePanel::PrintSetup& printSlot()
{
    static RecoveryCodePanel::PrintSetup setup;
    return setup;
}

} // namespace

RecoveryCodePanel::RecoveryCodePanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    // Not selectable on purpose: a selectable label copies its text into a text document that
    // wipe() could not reach, and a code on the clipboard outlives the window.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Recovery code"));
    m_label->setFocusPolicy(Qt::TabFocus);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.5);
    m_label->setFont(mono);
    layout->addWidget(m_label);
    auto* buttons = new QHBoxLayout();
    auto* save = new QPushButton(tr("&Save to a file…"), this);
    auto* printButton = new QPushButton(tr("&Print…"), this);
    save->setAccessibleName(tr("Save my recovery code to a file"));
    printButton->setAccessibleName(tr("Print my recovery code"));
    buttons->addWidget(save);
    buttons->addWidget(printButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Saving the code"));
    m_result->hide();
    layout->addWidget(m_result);
    m_stored = new QCheckBox(tr("&I have stored my recovery code where only I can reach it"), this);
    m_stored->setAccessibleName(tr("Recovery code stored"));
    layout->addWidget(m_stored);
    connect(save, &QPushButton::clicked, this, &RecoveryCodePanel::chooseAndSave);
    connect(printButton, &QPushButton::clicked, this, &RecoveryCodePanel::print);
    connect(m_stored, &QCheckBox::toggled, this, &RecoveryCodePanel::storedChanged);
}

RecoveryCodePanel::~RecoveryCodePanel()
{
    wipe();
}

void RecoveryCodePanel::setPathChooser(PathChooser chooser)
{
    chooserSlot() = std::move(chooser);
}

void RecoveryCodePanel::setPrintSetup(PrintSetup setup)
{
    printSlot() = std::move(setup);
}

void RecoveryCodePanel::showCode(const QString& partnerName, const crypto::SecretBytes& code)
{
    wipe();
    m_name = partnerName;
    m_code = code.clone();
    m_shown = textFromSecret(m_code);
    // The label shares m_shown's block, so wiping m_shown later wipes what the label holds.
    m_label->setText(m_shown);
    m_stored->setChecked(false);
    m_result->hide();
}

void RecoveryCodePanel::wipe()
{
    wipeString(m_shown);
    m_label->clear();
    m_code.wipe();
}

bool RecoveryCodePanel::stored() const
{
    return m_stored->isChecked();
}

QString RecoveryCodePanel::shownText() const
{
    return m_label->text();
}

QString RecoveryCodePanel::fileHeading() const
{
    return tr("Trustwork recovery code for %1. Keep it private: with it, anyone can open %1's private entries.")
        .arg(m_name);
}

void RecoveryCodePanel::chooseAndSave()
{
    const QString suggested = QStringLiteral("trustwork-recovery-code.txt");
    // The user chooses where the code goes; Trustwork keeps no record of the path.
    const auto ask = [this](const QString& name) {
        return QFileDialog::getSaveFileName(this, tr("Save my recovery code"), name, tr("Text files (*.txt)"), nullptr,
            QFileDialog::DontUseNativeDialog);
    };
    const QString path = chooserSlot() ? chooserSlot()(this, suggested) : ask(suggested);
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

bool RecoveryCodePanel::saveTo(const QString& path)
{
    if (m_code.empty()) {
        return false;
    }
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    // Owner-only before a byte is written: the temporary file is renamed over the target at commit.
    ok = ok && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (ok) {
        QByteArray bytes = fileHeading().toUtf8() + "\n\n";
        bytes.append(m_code.view().data(), static_cast<qsizetype>(m_code.size()));
        bytes.append('\n');
        ok = file.write(bytes) == bytes.size();
        wipeBytes(bytes);
    }
    ok = ok && file.commit();
    m_result->setText(ok ? tr("Saved. Keep the file where only you can reach it, or print it and delete the file.")
                         : tr("The code could not be saved there. Choose another place, or print it."));
    m_result->show();
    return ok;
}

void RecoveryCodePanel::print()
{
    if (m_code.empty()) {
        return;
    }
    const auto* printing = modules::print();
    if (!printing) {
        const QString text = tr("Printing is not available: a part of Trustwork is missing (%1). Save the code to a "
                                "file instead, or write it down by hand.");
        m_result->setText(text.arg(QString::fromLatin1(print::kFile)));
        m_result->show();
        return;
    }
    // The page shares the shown text's wiped block (QString is shared, not copied).
    printing->printPage({fileHeading(), m_shown, m_label->font()}, printSlot(), this);
}

} // namespace tw::app
