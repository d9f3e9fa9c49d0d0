// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurriculumLoader.h"

#include "tw/base/Error.h"

#include <QMessageBox>
#include <QMetaObject>

namespace tw::app {

void LoadGate::release()
{
    {
        const std::lock_guard lock(m_mutex);
        m_open = true;
    }
    m_opened.notify_all();
}

void LoadGate::wait()
{
    std::unique_lock lock(m_mutex);
    m_opened.wait(lock, [this] { return m_open; });
}

CurriculumSource::CurriculumSource(const content::Curriculum& loaded)
    : m_loaded(&loaded)
{
}

CurriculumSource::CurriculumSource(std::shared_future<content::LoadResult> loading, std::shared_ptr<LoadGate> gate)
    : m_loading(std::move(loading))
    , m_gate(std::move(gate))
{
}

const content::Curriculum& CurriculumSource::get() const
{
    if (m_loaded) {
        return *m_loaded;
    }
    if (m_gate) {
        m_gate->release(); // waiting for a load that has not begun would wait for ever
    }
    try {
        return m_loading.get().curriculum;
    } catch (...) {
        // The failure itself reaches the user through CurriculumLoader::result() in main().
        static const content::Curriculum empty;
        return empty;
    }
}

CurriculumLoader::CurriculumLoader(Load load, Start start, QObject* parent)
    : QObject(parent)
{
    if (start == Start::Now) {
        m_gate->release();
    }
    std::promise<content::LoadResult> promise;
    m_result = promise.get_future().share();
    m_worker = std::thread([this, gate = m_gate, load = std::move(load), promise = std::move(promise)]() mutable {
        gate->wait();
        try {
            promise.set_value(load());
        } catch (...) {
            promise.set_exception(std::current_exception());
        }
        // Queued, so the GUI thread hears of it between events, never inside a half-built window.
        QMetaObject::invokeMethod(this, &CurriculumLoader::finished, Qt::QueuedConnection);
    });
}

CurriculumLoader::~CurriculumLoader()
{
    m_gate->release(); // a load never released still ends, so the worker can be joined
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

const content::LoadResult& CurriculumLoader::result() const
{
    m_gate->release();
    return m_result.get();
}

void CurriculumLoader::release()
{
    m_gate->release();
}

bool CurriculumLoader::report(QWidget* parent) const
{
    try {
        const auto& problems = result().problems;
        if (!problems.empty()) {
            QString text;
            for (const auto& problem : problems) {
                text += QString::fromStdString(content::formatProblem(problem)) + QLatin1Char('\n');
            }
            QMessageBox::warning(parent, tr("Some content was left out"),
                tr("These content packs or translations have problems and were not loaded. "
                   "Everything else works as usual.\n\n%1")
                    .arg(text));
        }
        return true;
    } catch (const Error& e) {
        QMessageBox::critical(parent, tr("Trustwork cannot start"), QString::fromStdString(e.what()));
        return false;
    }
}

} // namespace tw::app
