// SPDX-FileCopyrightText: 2026 Trustwork developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tw/content/Loader.h"

#include <QObject>

class QWidget;

#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace tw::app {

/** @brief Holds a load back until it is released; whoever needs the result releases it first. */
class LoadGate {
public:
    void release();
    void wait();

private:
    std::mutex m_mutex;
    std::condition_variable m_opened;
    bool m_open = false;
};

/**
 * @brief A curriculum that is either loaded or still loading: what the first windows hold.
 *
 * The unlock screen and the wizard's first pages do not need the curriculum, and loading it (the
 * schema pass above all) was the largest piece of work before the first window could be shown.
 * Implicitly made from a loaded curriculum, so tests and the practice pass one as before.
 */
class CurriculumSource {
public:
    // NOLINTNEXTLINE(google-explicit-constructor): a loaded curriculum is always a valid source.
    CurriculumSource(const content::Curriculum& loaded);
    explicit CurriculumSource(
        std::shared_future<content::LoadResult> loading, std::shared_ptr<LoadGate> gate = nullptr);

    /**
     * @brief The curriculum, waiting for the load if it is still running. After a failed load it is
     * empty: main() has told the user and is quitting, so nothing is built from it.
     */
    [[nodiscard]] const content::Curriculum& get() const;

private:
    const content::Curriculum* m_loaded = nullptr;
    std::shared_future<content::LoadResult> m_loading;
    std::shared_ptr<LoadGate> m_gate;
};

/** @brief Runs one curriculum load on a worker thread and says on the GUI thread when it is done. */
class CurriculumLoader : public QObject {
    Q_OBJECT
public:
    using Load = std::function<content::LoadResult()>;

    /** @brief When the worker begins: at once, or when released (by release() or by anyone waiting). */
    enum class Start { Now, WhenReleased };

    /** @brief Runs @p load on a worker; `finished` is queued to this object's thread afterwards. */
    explicit CurriculumLoader(Load load, Start start = Start::Now, QObject* parent = nullptr);
    /** @brief Waits for the worker: the load must not outlive what it reads and logs to. */
    ~CurriculumLoader() override;

    [[nodiscard]] CurriculumSource source() const { return CurriculumSource(m_result, m_gate); }
    /** @brief Waits for the load and gives its result; rethrows the tw::Error it failed with. */
    [[nodiscard]] const content::LoadResult& result() const;
    /** @brief Lets a held-back load begin; does nothing the second time. */
    void release();
    /**
     * @brief Waits for the load, then tells the user, over @p parent, of packs and translations left
     * out or why the curriculum could not load. False when Trustwork cannot go on.
     */
    bool report(QWidget* parent) const;

signals:
    void finished();

private:
    std::shared_future<content::LoadResult> m_result;
    std::shared_ptr<LoadGate> m_gate = std::make_shared<LoadGate>();
    std::thread m_worker;
};

} // namespace tw::app
