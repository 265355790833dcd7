#include "pacta/presentation/common/problem.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <mutex>
#include <typeinfo>

#include "pacta/domain/ports/store.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/platform/paths.h"
#include "pacta/platform/private_files.h"
#include "pacta/presentation/session/access.h"
#include "pacta/presentation/session/database_opening.h"

namespace pacta::presentation {
namespace {

namespace d = pacta::domain;
using locale::tr;

constexpr std::uintmax_t log_limit = 1024 * 1024;

std::mutex& log_mutex() {
    static std::mutex m;
    return m;
}

std::filesystem::path& chosen_log() {
    static std::filesystem::path path;
    return path;
}

std::string utc_now() {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

// One line per fault: line breaks in the detail would split it.
std::string one_line(std::string text) {
    for (auto& c : text) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

Problem fault(const std::string& where, const std::string& detail) {
    log_fault(where, detail);
    Problem p;
    p.kind = Problem::Kind::fault;
    p.detail = detail;
    p.message = tr("Pacta could not finish this because the database or a file failed; nothing was left half "
                   "done. Try again; if it happens again, tell whoever looks after Pacta in your office: the "
                   "details are in Pacta's error log.");
    return p;
}

}  // namespace

Problem problem_of(const std::exception& e) {
    Problem p;
    if (const auto* denied = dynamic_cast<const AccessDenied*>(&e)) {
        p.kind = Problem::Kind::refused;
        p.message = denied->what();
        p.roles_needed = denied->needed();
    } else if (const auto* invalid = dynamic_cast<const InvalidInput*>(&e)) {
        p.findings = invalid->findings();
        p.message = invalid->what();
        for (const auto& f : p.findings) p.message += "\n" + locale::describe(f);
    } else if (dynamic_cast<const ServiceError*>(&e) != nullptr) {
        p.message = e.what();
    } else if (const auto* rule = dynamic_cast<const d::RuleError*>(&e)) {
        p.findings = {rule->finding()};
        p.message = locale::describe(rule->finding());
    } else if (const auto* store = dynamic_cast<const d::StoreUnavailable*>(&e)) {
        log_fault("store", store->what());
        p.kind = Problem::Kind::fault;
        p.detail = store->what();
        p.message = describe(*store);
    } else {
        return fault(typeid(e).name(), e.what());
    }
    return p;
}

Problem current_problem() {
    try {
        throw;
    } catch (const std::exception& e) {
        return problem_of(e);
    } catch (...) {
        return fault("unknown", "an exception that is not a std::exception");
    }
}

void set_fault_log(const std::filesystem::path& file) {
    const std::lock_guard lock(log_mutex());
    chosen_log() = file;
}

std::filesystem::path fault_log() {
    const std::lock_guard lock(log_mutex());
    return chosen_log().empty() ? platform::user_data_dir() / "pacta-errores.log" : chosen_log();
}

void log_fault(const std::string& where, const std::string& detail) {
    try {
        const auto file = fault_log();
        const std::lock_guard lock(log_mutex());
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (std::filesystem::file_size(file, ec) > log_limit && !ec) {
            std::filesystem::rename(file, file.string() + ".1", ec);
        }
        (void)platform::create_private_file(file);
        std::ofstream out(file, std::ios::app);
        out << utc_now() << '\t' << one_line(where) << '\t' << one_line(detail) << '\n';
    } catch (...) {
        // The log is a help, not a duty: a full disk must not turn a fault into a crash.
    }
}

}  // namespace pacta::presentation
